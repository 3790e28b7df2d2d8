package dev.careeradvisor.admin;

import java.util.List;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleViolation;
import org.jspecify.annotations.Nullable;

/**
 * How an admin request ended, in words for the person who made it, with the role as it now stands
 * and the version a following edit must name.
 */
public record AdminResult(Status status, String message, List<RoleViolation> violations, @Nullable Role role, long version) {

    public AdminResult {
        violations = List.copyOf(violations);
    }

    /** The outcome, for callers that answer each differently. */
    public enum Status {
        APPLIED, REFUSED, INVALID, CONFLICT, NOT_FOUND
    }

    public boolean applied() {
        return status == Status.APPLIED;
    }

    static AdminResult applied(String message, @Nullable Role role, long version) {
        return new AdminResult(Status.APPLIED, message, List.of(), role, version);
    }

    static AdminResult failed(Status status, String message) {
        return new AdminResult(status, message, List.of(), null, 0);
    }

    static AdminResult invalid(String message, List<RoleViolation> violations) {
        return new AdminResult(Status.INVALID, message, violations, null, 0);
    }
}
