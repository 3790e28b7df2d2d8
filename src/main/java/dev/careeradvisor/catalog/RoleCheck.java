package dev.careeradvisor.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the validator made of one role document: the role, or every rule it broke. */
public record RoleCheck(@Nullable Role role, List<RoleViolation> violations) {

    public RoleCheck {
        violations = List.copyOf(violations);
        if ((role == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a check holds either a role or violations");
        }
    }

    static RoleCheck valid(Role role) {
        return new RoleCheck(role, List.of());
    }

    static RoleCheck invalid(List<RoleViolation> violations) {
        return new RoleCheck(null, violations);
    }

    public boolean isValid() {
        return role != null;
    }
}
