package dev.careeradvisor.compare;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Moving from one role to the other: how many of the target's skills the mover brings (each
 * target skill counted once, if it is shared with or related to any skill they have) and what is
 * left to learn.
 */
public record Transition(int bring, int of, int shared, int related, List<String> toLearn, Level level, String text) {

    public Transition {
        toLearn = List.copyOf(toLearn);
    }

    /** How hard the move is, from the share of the target's skills brought along. */
    public enum Level {
        EASY, MODERATE, CHALLENGING;

        static Level of(int bring, int of) {
            double share = of == 0 ? 0 : (double) bring / of;
            return share >= 0.5 ? EASY : share >= 0.25 ? MODERATE : CHALLENGING;
        }

        @JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
