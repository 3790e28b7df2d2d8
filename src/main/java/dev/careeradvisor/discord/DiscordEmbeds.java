package dev.careeradvisor.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.careeradvisor.chat.Card;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Cards as Discord embeds that always keep to Discord's limits (title 256, field name 256, field
 * value 1024, footer 2048, 25 fields, 6000 characters in all). The glance table becomes one inline
 * column per role, each row "label: value"; every text from the data is escaped, so a role named
 * {@code [x](http://x)} shows as text. A field too long loses lines, ending "… and N more".
 */
final class DiscordEmbeds {

    static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
    static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
    static final int FIELDS = 25;
    static final int TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~|`>\\[\\]()<#])");

    private DiscordEmbeds() {
    }

    /** Markdown and mention syntax in data shown as the characters themselves. */
    static String escape(String text) {
        return MARKDOWN.matcher(text).replaceAll("\\\\$1");
    }

    /** The cards of one message, sharing its 6000 characters. */
    static List<MessageEmbed> of(List<Card> cards) {
        List<Card> shown = cards.subList(0, Math.min(cards.size(), 10));
        int budget = shown.isEmpty() ? TOTAL : TOTAL / shown.size();
        return shown.stream().map(card -> of(card, budget)).toList();
    }

    static MessageEmbed of(Card card) {
        return of(card, TOTAL);
    }

    /** One embed field being fitted: its lines, and how many were taken off its end to fit. */
    private static final class Block {
        final String name;
        final List<String> lines;
        final boolean inline;
        private int dropped;

        Block(String name, List<String> lines, boolean inline) {
            this.name = name;
            this.lines = lines;
            this.inline = inline;
        }

        String value() {
            return dropped == 0 ? String.join("\n", lines) : String.join("\n", lines) + "\n… and " + dropped + " more";
        }

        /** Takes the last line off, or halves the only one; false when too little is left to shorten. */
        boolean shorten() {
            if (lines.size() > 1) {
                lines.remove(lines.size() - 1);
                dropped++;
                return true;
            }
            if (lines.isEmpty() || lines.get(0).length() <= 40) {
                return false;
            }
            lines.set(0, cut(lines.get(0), lines.get(0).length() / 2));
            return true;
        }
    }

    private static MessageEmbed of(Card card, int budget) {
        String title = cut(escape(card.title()), TITLE);
        String footer = cut(card.footer(), FOOTER);
        String description = card.description() == null ? null : cut(escape(card.description()), 1000);
        List<Block> blocks = blocks(card);
        if (blocks.size() > FIELDS) {
            blocks = new ArrayList<>(blocks.subList(0, FIELDS));
        }
        blocks.forEach(block -> fit(block, FIELD_VALUE));
        int fixed = title.length() + footer.length() + (description == null ? 0 : description.length());
        while (fixed + size(blocks) > budget && shortenLongest(blocks)) {
            // each pass takes a line off the longest field
        }
        EmbedBuilder embed = new EmbedBuilder().setTitle(title).setColor(colour(card.colour())).setFooter(footer.isEmpty() ? null : footer);
        if (description != null && !description.isEmpty()) {
            embed.setDescription(description);
        }
        for (Block block : blocks) {
            embed.addField(block.name, block.value().isEmpty() ? "\u200b" : block.value(), block.inline);
        }
        return embed.build();
    }

    private static List<Block> blocks(Card card) {
        List<Block> blocks = new ArrayList<>();
        for (List<Card.Field> run : card.runs()) {
            Card.Field field = run.get(0);
            if (field.inline()) {
                blocks.addAll(columns(run));
            } else {
                blocks.add(new Block(name(field.name()), new ArrayList<>(field.value().lines().map(DiscordEmbeds::escape).toList()), false));
            }
        }
        return blocks;
    }

    /** A run of inline fields whose first is the label column: one column per role, "label: value" rows. */
    private static List<Block> columns(List<Card.Field> run) {
        if (run.size() < 3) {
            return run.stream().map(f -> new Block(name(f.name()), new ArrayList<>(f.value().lines().map(DiscordEmbeds::escape).toList()), true)).toList();
        }
        List<String> labels = run.get(0).value().lines().toList();
        List<Block> columns = new ArrayList<>();
        for (Card.Field column : run.subList(1, run.size())) {
            List<String> cells = column.value().lines().toList();
            List<String> lines = new ArrayList<>();
            for (int row = 0; row < cells.size(); row++) {
                String label = row < labels.size() ? "**" + escape(labels.get(row)) + "**: " : "";
                lines.add(label + escape(cells.get(row)));
            }
            columns.add(new Block(name(column.name()), lines, true));
        }
        return columns;
    }

    private static String name(String name) {
        String escaped = cut(escape(name), FIELD_NAME);
        return escaped.isBlank() ? "\u200b" : escaped;
    }

    /** Takes lines off the end until the field fits, the last line saying how many went. */
    private static void fit(Block block, int limit) {
        block.lines.replaceAll(line -> cut(line, limit - 20));
        while (block.value().length() > limit && block.lines.size() > 1) {
            block.shorten();
        }
    }

    /** Shortens the longest field; false when no field can be shortened. */
    private static boolean shortenLongest(List<Block> blocks) {
        return blocks.stream().sorted(java.util.Comparator.comparingInt((Block b) -> b.value().length()).reversed())
                .anyMatch(Block::shorten);
    }

    private static int size(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> b.name.length() + Math.max(1, b.value().length())).sum();
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private static int colour(Card.Colour colour) {
        return switch (colour) {
            case COMPARISON -> 0x5865F2;
            case ROLE -> 0x57F287;
            case CATALOG -> 0xFEE75C;
            case HELP -> 0x99AAB5;
            case ERROR -> 0xED4245;
            case QUESTION -> 0xEB459E;
        };
    }
}
