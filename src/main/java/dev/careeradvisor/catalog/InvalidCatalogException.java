package dev.careeradvisor.catalog;

import java.util.List;

/** Start-up stops with this when a bundled role file breaks a rule; it carries every violation. */
class InvalidCatalogException extends RuntimeException {

    private final String location;
    private final List<RoleViolation> violations;

    InvalidCatalogException(String location, List<RoleViolation> violations) {
        super(violations.size() + " problem(s) in the role catalog at " + location + ": " + violations);
        this.location = location;
        this.violations = List.copyOf(violations);
    }

    String location() {
        return location;
    }

    List<RoleViolation> violations() {
        return violations;
    }
}
