/**
 * Moderators and owners grow the catalog: scoped add, edit, remove, restore, import and export of
 * roles, decided by one permission check, every attempt kept in an audit trail; and the suggestions
 * queue. No platform types: callers describe the person as an {@link dev.careeradvisor.admin.Editor}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "catalog")
package dev.careeradvisor.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
