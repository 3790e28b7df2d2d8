package dev.careeradvisor.chat;

import dev.careeradvisor.TestDatabase;

class H2StoresTest extends StoresContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
