package dev.careeradvisor.console;

import java.util.List;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.Source;
import dev.careeradvisor.compare.Comparison;
import dev.careeradvisor.compare.Glance;
import dev.careeradvisor.compare.GlanceRow;
import dev.careeradvisor.compare.RelatedSkill;
import dev.careeradvisor.compare.Transition;
import dev.careeradvisor.compare.Verdict;
import org.springframework.context.support.MessageSourceAccessor;

/** Plain-text cards for a terminal: a comparison or one role, readable without colour or markup. */
final class TextCards {

    private final MessageSourceAccessor messages;
    private final Glance glance;

    TextCards(MessageSourceAccessor messages, Glance glance) {
        this.messages = messages;
        this.glance = glance;
    }

    String comparison(Comparison c) {
        Role a = c.a();
        Role b = c.b();
        StringBuilder out = new StringBuilder();
        heading(out, messages.getMessage("card.compare.title", new Object[] {a.name(), b.name()}));
        int labelWidth = c.glance().stream().mapToInt(r -> r.label().length()).max().orElse(0) + 2;
        int aWidth = Math.max(columns(a.name()), c.glance().stream().mapToInt(r -> columns(r.a())).max().orElse(0)) + 2;
        out.append(pad(messages.getMessage("card.glance"), labelWidth)).append(pad(a.name(), aWidth)).append(b.name()).append('\n');
        for (GlanceRow row : c.glance()) {
            out.append(pad(row.label(), labelWidth)).append(pad(row.a(), aWidth)).append(row.b()).append('\n');
        }
        section(out, messages.getMessage("card.skills.shared", new Object[] {c.skills().shared().size()}));
        bullets(out, c.skills().shared(), "  = ");
        section(out, messages.getMessage("card.skills.related", new Object[] {c.skills().related().size()}));
        for (RelatedSkill related : c.skills().related()) {
            out.append("  ~ ").append(related.a()).append('\n').append("    ").append(related.b()).append('\n');
        }
        section(out, messages.getMessage("card.skills.only", new Object[] {a.name(), c.skills().onlyA().size()}));
        bullets(out, c.skills().onlyA(), "  - ");
        section(out, messages.getMessage("card.skills.only", new Object[] {b.name(), c.skills().onlyB().size()}));
        bullets(out, c.skills().onlyB(), "  - ");
        section(out, messages.getMessage("card.transition"));
        for (Transition transition : List.of(c.transition().aToB(), c.transition().bToA())) {
            out.append("  ").append(transition.text()).append('\n');
        }
        chooseIf(out, a, c.chooseIf().a());
        chooseIf(out, b, c.chooseIf().b());
        section(out, messages.getMessage("card.verdict"));
        for (Verdict verdict : c.verdicts()) {
            out.append("  ").append(messages.getMessage("card.verdict." + verdict.criterion().key())).append(": ")
                    .append(verdict.text()).append('\n');
        }
        footer(out, a.sources(), b.sources());
        return out.toString();
    }

    String role(Role role) {
        StringBuilder out = new StringBuilder();
        heading(out, role.name());
        if (role.summary() != null) {
            out.append(role.summary()).append("\n\n");
        }
        List<GlanceRow> rows = glance.rows(role, role);
        int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0) + 2;
        for (GlanceRow row : rows) {
            out.append(pad(row.label(), labelWidth)).append(row.a()).append('\n');
        }
        if (!role.aliases().isEmpty()) {
            out.append(pad(messages.getMessage("card.role.aliases"), labelWidth)).append(String.join(", ", role.aliases())).append('\n');
        }
        section(out, messages.getMessage("card.role.skills", new Object[] {role.skills().size()}));
        bullets(out, role.skills(), "  - ");
        footer(out, role.sources(), List.of());
        return out.toString();
    }

    private void chooseIf(StringBuilder out, Role role, List<String> lines) {
        section(out, messages.getMessage("card.chooseIf", new Object[] {role.name()}));
        bullets(out, lines, "  • ");
    }

    private void footer(StringBuilder out, List<Source> first, List<Source> second) {
        out.append('\n').append(messages.getMessage("card.sources")).append('\n');
        java.util.stream.Stream.concat(first.stream(), second.stream()).distinct().forEach(s -> out.append("  ")
                .append(messages.getMessage("card.source", new Object[] {s.title(), s.retrieved().toString()})).append('\n'));
    }

    private void bullets(StringBuilder out, List<String> lines, String bullet) {
        if (lines.isEmpty()) {
            out.append("  ").append(messages.getMessage("card.none")).append('\n');
        }
        lines.forEach(line -> out.append(bullet).append(line).append('\n'));
    }

    private static void heading(StringBuilder out, String title) {
        out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    }

    private static void section(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }

    /** Pads to a width in terminal columns, where the ✅ and ❌ marks take two. */
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - columns(text)));
    }

    static int columns(String text) {
        return text.codePoints().map(c -> c >= 0x2600 && c <= 0x27BF || c >= 0x1F000 ? 2 : 1).sum();
    }
}
