package dev.careeradvisor.compare;

import dev.careeradvisor.catalog.Role;

/** Thrown when a role is compared with itself, which would only be a card of ties. */
public class SameRoleException extends IllegalArgumentException {

    private final transient Role role;

    public SameRoleException(Role role) {
        super("Cannot compare " + role.name() + " with itself");
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
