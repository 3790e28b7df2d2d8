package dev.careeradvisor.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A role as the database holds it: the checked role, the version an edit must name, and
 * whether it was removed (a removed role keeps its history and can be restored).
 *
 * @param bundledHash for an override or retirement of a bundled role: the hash of the bundled file
 *                    it was made against
 */
public record StoredRole(Scope scope, Role role, long version, boolean removed, @Nullable String bundledHash) {
}
