package dev.careeradvisor.catalog;

/**
 * One broken rule in one role document: where it came from (a file or a command), the field and
 * the rule, worded so that the reader knows what to change.
 */
public record RoleViolation(String source, String field, String rule) {

    @Override
    public String toString() {
        return source + ": " + field + ": " + rule;
    }
}
