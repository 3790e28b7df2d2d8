package dev.careeradvisor.telegram;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.chat.Card;
import dev.careeradvisor.chat.Reply;

/**
 * A card as Telegram HTML that reads well on a phone: the glance table as "label: A · B" lines,
 * other fields as bold titles over their text. Everything from the data is escaped, and a message
 * never passes 4096 characters: the longest field loses lines (with "… and N more") until it fits.
 */
final class TelegramHtml {

    static final int LIMIT = 4096;

    private TelegramHtml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The text of a reply: its cards, or its error. */
    static String of(Reply reply) {
        if (reply.isError()) {
            return cut("⚠️ " + escape(reply.error()));
        }
        StringBuilder text = new StringBuilder();
        for (Card card : reply.cards()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(card(card));
        }
        return cut(text.toString());
    }

    /** Blocks of one card: each a title (may be empty) and its lines, still unescaped. */
    private record Block(String title, List<String> lines) {
    }

    static String card(Card card) {
        List<Block> blocks = blocks(card);
        String text = assemble(card, blocks);
        while (text.length() > LIMIT && shorten(blocks)) {
            text = assemble(card, blocks);
        }
        return text;
    }

    private static List<Block> blocks(Card card) {
        List<Block> blocks = new ArrayList<>();
        for (List<Card.Field> run : card.runs()) {
            Card.Field field = run.get(0);
            blocks.add(field.inline() ? table(run) : new Block(field.name(), new ArrayList<>(field.value().lines().toList())));
        }
        return blocks;
    }

    /** A run of inline fields: the first is the label column, each row "label: a · b". */
    private static Block table(List<Card.Field> columns) {
        List<List<String>> cells = columns.stream().map(f -> f.value().lines().toList()).toList();
        List<String> lines = new ArrayList<>();
        if (columns.size() > 2) {
            lines.add(String.join(" · ", columns.subList(1, columns.size()).stream().map(Card.Field::name).toList()));
        }
        int rows = cells.stream().mapToInt(List::size).max().orElse(0);
        for (int row = 0; row < rows; row++) {
            List<String> values = new ArrayList<>();
            for (int c = 1; c < cells.size(); c++) {
                values.add(row < cells.get(c).size() ? cells.get(c).get(row) : "");
            }
            String label = row < cells.get(0).size() ? cells.get(0).get(row) : "";
            lines.add(cells.size() == 1 ? label : label + ": " + String.join(" · ", values));
        }
        return new Block(columns.size() > 2 ? "" : columns.get(0).name(), lines);
    }

    private static String assemble(Card card, List<Block> blocks) {
        StringBuilder text = new StringBuilder("<b>").append(escape(card.title())).append("</b>");
        if (card.description() != null) {
            text.append("\n<i>").append(escape(card.description())).append("</i>");
        }
        for (Block block : blocks) {
            text.append("\n\n");
            if (!block.title().isEmpty()) {
                text.append("<b>").append(escape(block.title())).append("</b>\n");
            }
            text.append(escape(String.join("\n", block.lines())));
        }
        if (!card.footer().isEmpty()) {
            text.append("\n\n<i>").append(escape(card.footer())).append("</i>");
        }
        return text.toString();
    }

    /** Takes one line from the longest block, noting how many were left out; false when nothing is left to take. */
    private static boolean shorten(List<Block> blocks) {
        Block longest = null;
        for (Block block : blocks) {
            if (block.lines().size() > 1 && (longest == null || length(block) > length(longest))) {
                longest = block;
            }
        }
        if (longest == null) {
            for (Block block : blocks) {
                String line = block.lines().isEmpty() ? "" : block.lines().get(0);
                if (line.length() > 100) {
                    block.lines().set(0, line.substring(0, line.length() - 100) + "…");
                    return true;
                }
            }
            return false;
        }
        List<String> lines = longest.lines();
        String last = lines.get(lines.size() - 1);
        int hidden = 1;
        if (last.startsWith("… and ")) {
            hidden = Integer.parseInt(last.replaceAll("\\D+", "")) + 1;
            lines.remove(lines.size() - 1);
        }
        lines.remove(lines.size() - 1);
        lines.add("… and " + hidden + " more");
        return true;
    }

    private static int length(Block block) {
        return block.lines().stream().mapToInt(String::length).sum();
    }

    /** A last guard for texts without blocks (an error): cut at the limit without splitting an entity. */
    private static String cut(String html) {
        if (html.length() <= LIMIT) {
            return html;
        }
        String cut = html.substring(0, LIMIT - 1);
        int amp = cut.lastIndexOf('&');
        if (amp > cut.lastIndexOf(';')) {
            cut = cut.substring(0, amp);
        }
        int tag = cut.lastIndexOf('<');
        if (tag > cut.lastIndexOf('>')) {
            cut = cut.substring(0, tag);
        }
        return cut + "…";
    }
}
