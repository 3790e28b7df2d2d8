package dev.careeradvisor.admin;

import dev.careeradvisor.TestDatabase;

/** The same contract on PostgreSQL; skipped where none is configured, required in CI. */
class PostgresAdminTest extends AdminContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
