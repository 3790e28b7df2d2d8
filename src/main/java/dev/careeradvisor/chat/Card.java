package dev.careeradvisor.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reply's content as data: what to show, never how. A run of inline fields is meant to stand side
 * by side (columns); the footer names the data's sources and dates.
 */
public record Card(String title, @Nullable String description, Colour colour, List<Field> fields, String footer,
        List<Action> actions) {

    public Card {
        fields = List.copyOf(fields);
        actions = List.copyOf(actions);
    }

    /** One titled block of the card. */
    public record Field(String name, String value, boolean inline) {
    }

    /** A hint for platforms that colour their cards. */
    public enum Colour {
        COMPARISON, ROLE, CATALOG, HELP, ERROR,
        /** A question the reader answers by typing (a guided dialogue): platforms that can ask for a reply do. */
        QUESTION
    }
}
