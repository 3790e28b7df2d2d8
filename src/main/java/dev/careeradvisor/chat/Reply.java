package dev.careeradvisor.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot answers: cards, or an error that says what was wrong and offers what to do instead
 * as actions. {@code data} is the value the cards were built from (a comparison, a role), for
 * renderers that print data rather than cards.
 */
public record Reply(List<Card> cards, @Nullable Problem problem, @Nullable String error, List<Action> suggestions,
        @Nullable Object data) {

    public Reply {
        cards = List.copyOf(cards);
        suggestions = List.copyOf(suggestions);
        if ((problem == null) != (error == null)) {
            throw new IllegalArgumentException("an error reply names its problem and its message");
        }
    }

    /** What kind of error a reply reports, for platforms and exit codes that tell them apart. */
    public enum Problem {
        /** A role name fits several roles or none. */
        UNRESOLVED,
        /** The command was used wrong (no names, the same role twice, an unknown command). */
        USAGE,
        /** The sender may not do this; the message says who may. */
        FORBIDDEN,
        /** A role did not pass validation; the message lists each field and rule. */
        INVALID,
        /** Someone else changed the role first; nothing was saved. */
        CONFLICT,
        /** The sender is over a rate limit. */
        RATE_LIMITED,
        /** Something broke on the bot's side. */
        FAILED
    }

    public static Reply of(Card card, @Nullable Object data) {
        return new Reply(List.of(card), null, null, List.of(), data);
    }

    public static Reply error(Problem problem, String message, List<Action> suggestions) {
        return new Reply(List.of(), problem, message, suggestions, null);
    }

    public static Reply error(Problem problem, String message) {
        return error(problem, message, List.of());
    }

    public boolean isError() {
        return error != null;
    }
}
