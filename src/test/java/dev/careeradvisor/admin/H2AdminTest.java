package dev.careeradvisor.admin;

import dev.careeradvisor.TestDatabase;

class H2AdminTest extends AdminContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
