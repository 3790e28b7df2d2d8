package dev.careeradvisor.admin;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.StoredRole;
import org.jspecify.annotations.Nullable;

/**
 * What a slug means in a scope right now: its stored row, if any, and, in the global scope, the
 * bundled role the row overrides or retires.
 */
record CurrentRole(@Nullable StoredRole row, @Nullable Role bundled) {

    /** The role as the scope shows it, or null when there is none or it was removed. */
    @Nullable
    Role live() {
        if (row != null) {
            return row.removed() ? null : row.role();
        }
        return bundled;
    }

    /** The version an edit of it must be based on; a bundled role nobody changed yet is version 0. */
    long version() {
        return row == null ? 0 : row.version();
    }

    boolean removed() {
        return row != null && row.removed();
    }

    boolean exists() {
        return row != null || bundled != null;
    }
}
