package dev.careeradvisor.catalog;

/** Published after a role of a scope was added, changed, removed or restored; caches listen. */
public record RoleChanged(Scope scope, String slug) {
}
