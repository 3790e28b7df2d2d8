package dev.careeradvisor.chat;

import dev.careeradvisor.TestDatabase;

/** The same contract on PostgreSQL; skipped where none is configured, required in CI. */
class PostgresStoresTest extends StoresContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
