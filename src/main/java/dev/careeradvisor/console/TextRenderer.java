package dev.careeradvisor.console;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Card;
import dev.careeradvisor.chat.Reply;

/**
 * Plain text of a reply for a terminal: a run of inline fields becomes columns, every other field a
 * titled block, and the actions numbered choices that the user can type.
 */
final class TextRenderer {

    private static final int GAP = 2;

    /** The text of a reply; {@code actions} receives its actions in the order they are numbered. */
    String render(Reply reply, List<Object> actions) {
        StringBuilder out = new StringBuilder();
        if (reply.isError()) {
            out.append("! ").append(reply.error()).append('\n');
            numbered(out, reply.suggestions(), actions);
            return out.toString();
        }
        for (Card card : reply.cards()) {
            card(out, card);
            numbered(out, card.actions(), actions);
        }
        return out.toString();
    }

    /** The cards alone, without their actions, for output that nobody can answer (a one-shot command). */
    String cards(List<Card> cards) {
        StringBuilder out = new StringBuilder();
        cards.forEach(card -> card(out, card));
        return out.toString();
    }

    /** The options of a choice, numbered in their turn. */
    String options(Action.Choice choice, List<Object> actions) {
        StringBuilder out = new StringBuilder(choice.label()).append('\n');
        for (Action.Option option : choice.options()) {
            actions.add(option);
            out.append("  [").append(actions.size()).append("] ").append(option.label()).append('\n');
        }
        return out.toString();
    }

    private static void card(StringBuilder out, Card card) {
        out.append(card.title()).append('\n').append("=".repeat(columns(card.title()))).append('\n');
        if (card.description() != null) {
            out.append(card.description()).append('\n');
        }
        for (List<Card.Field> run : card.runs()) {
            out.append('\n');
            Card.Field field = run.get(0);
            if (field.inline()) {
                table(out, run);
            } else {
                out.append(field.name()).append('\n');
                field.value().lines().forEach(line -> out.append("  ").append(line).append('\n'));
            }
        }
        out.append('\n').append(card.footer()).append('\n');
    }

    /** Inline fields side by side: the names as a header row, each value's lines down its column. */
    private static void table(StringBuilder out, List<Card.Field> columns) {
        List<List<String>> cells = new ArrayList<>();
        int rows = 0;
        for (Card.Field field : columns) {
            List<String> column = new ArrayList<>();
            column.add(field.name());
            column.addAll(field.value().lines().toList());
            cells.add(column);
            rows = Math.max(rows, column.size());
        }
        int[] widths = cells.stream().mapToInt(c -> c.stream().mapToInt(TextRenderer::columns).max().orElse(0) + GAP).toArray();
        for (int row = 0; row < rows; row++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String cell = row < cells.get(c).size() ? cells.get(c).get(row) : "";
                line.append(cell);
                if (c < cells.size() - 1) {
                    line.append(" ".repeat(widths[c] - columns(cell)));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static void numbered(StringBuilder out, List<Action> actions, List<Object> numbered) {
        if (actions.isEmpty()) {
            return;
        }
        out.append('\n');
        for (Action action : actions) {
            numbered.add(action);
            String label = action instanceof Action.Choice ? action.label() + " (" + ((Action.Choice) action).options().size() + ")" : action.label();
            out.append("  [").append(numbered.size()).append("] ").append(label).append('\n');
        }
    }

    /** The width of a text in terminal columns, where emoji such as ✅ and ❌ take two. */
    static int columns(String text) {
        return text.codePoints().map(c -> c >= 0x2600 && c <= 0x27BF || c >= 0x1F000 ? 2 : 1).sum();
    }
}
