package dev.careeradvisor.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one criterion: a winner's slug, or a tie, or neither when the roles cannot be
 * compared on it (salaries in different currencies); {@code text} says which in words.
 *
 * @param decidedBy what settled it when the criterion itself was equal ({@code learningCurve})
 */
public record Verdict(
        Criterion criterion,
        @Nullable String winner,
        boolean tie,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String decidedBy,
        String text) {

    static final String LEARNING_CURVE = "learningCurve";

    public boolean won(String slug) {
        return slug.equals(winner);
    }
}
