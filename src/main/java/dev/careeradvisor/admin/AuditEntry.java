package dev.careeradvisor.admin;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One line of a role's history: who tried what, when, and how it ended, with the role before and after. */
public record AuditEntry(long id, String scope, String slug, String action, Outcome outcome, String actorPlatform,
        String actorId, @Nullable String actorName, @Nullable String detail, @Nullable String before, @Nullable String after,
        OffsetDateTime at) {

    /** How an attempt ended. */
    public enum Outcome {
        APPLIED, REFUSED, CONFLICT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
