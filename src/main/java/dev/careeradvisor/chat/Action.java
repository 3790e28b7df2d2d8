package dev.careeradvisor.chat;

import java.util.List;

/**
 * Something the reader of a card can do next. A platform turns a button into its own button and a
 * choice into a menu, and sends the command back when it is picked.
 */
public sealed interface Action {

    String label();

    /** One press, one command. */
    record Button(String label, CommandCall call) implements Action {
    }

    /** A menu of options, each its own command. */
    record Choice(String label, List<Option> options) implements Action {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /** One entry of a {@link Choice}. */
    record Option(String label, CommandCall call) {
    }
}
