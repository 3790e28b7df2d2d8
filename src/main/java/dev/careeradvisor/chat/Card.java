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

    /**
     * The fields as they are laid out: each run of inline fields together (columns side by side),
     * every other field alone, in card order.
     */
    public List<List<Field>> runs() {
        List<List<Field>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            int end = i + 1;
            while (fields.get(i).inline() && end < fields.size() && fields.get(end).inline()) {
                end++;
            }
            runs.add(fields.subList(i, end));
            i = end - 1;
        }
        return runs;
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
