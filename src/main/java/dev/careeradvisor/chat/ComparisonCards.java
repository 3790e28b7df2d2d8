package dev.careeradvisor.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.compare.Comparison;
import dev.careeradvisor.compare.GlanceRow;
import dev.careeradvisor.compare.RelatedSkill;
import org.springframework.context.support.MessageSourceAccessor;

/** Builds the comparison card, once per request, from the comparison alone. */
final class ComparisonCards {

    static final int MAX_OPTIONS = 25;

    private final MessageSourceAccessor messages;

    ComparisonCards(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    Card card(Comparison c, List<Role> others) {
        Role a = c.a();
        Role b = c.b();
        String none = messages.getMessage("card.none");
        List<Card.Field> fields = new ArrayList<>();
        fields.add(new Card.Field(messages.getMessage("card.glance"), column(c.glance(), GlanceRow::label), true));
        fields.add(new Card.Field(a.name(), column(c.glance(), GlanceRow::a), true));
        fields.add(new Card.Field(b.name(), column(c.glance(), GlanceRow::b), true));
        fields.addAll(skillFields(c, none));
        fields.add(new Card.Field(messages.getMessage("card.transition"),
                c.transition().aToB().text() + "\n" + c.transition().bToA().text(), false));
        fields.add(new Card.Field(msg("card.chooseIf", a.name()), CardText.lines(c.chooseIf().a(), "• ", none), false));
        fields.add(new Card.Field(msg("card.chooseIf", b.name()), CardText.lines(c.chooseIf().b(), "• ", none), false));
        fields.add(new Card.Field(messages.getMessage("card.verdict"), c.verdicts().stream()
                .map(v -> messages.getMessage("card.verdict." + v.criterion().key()) + ": " + v.text())
                .collect(Collectors.joining("\n")), false));
        String footer = msg("card.sources", CardText.sources(Stream.concat(a.sources().stream(), b.sources().stream()).toList()));
        return new Card(msg("card.compare.title", a.name(), b.name()), null, Card.Colour.COMPARISON, fields, footer,
                actions(a, b, others));
    }

    /** The full skills breakdown, with how strongly each related pair matched. */
    Card skills(Comparison c) {
        String none = messages.getMessage("card.none");
        List<Card.Field> fields = new ArrayList<>(skillFields(c, none));
        String scores = c.skills().related().stream()
                .map(r -> String.format(java.util.Locale.ROOT, "%.2f  %s ~ %s", r.score(), r.a(), r.b()))
                .collect(Collectors.joining("\n"));
        fields.add(new Card.Field(messages.getMessage("card.skills.scores"), scores.isEmpty() ? none : scores, false));
        fields.add(new Card.Field(messages.getMessage("card.transition"),
                c.transition().aToB().text() + "\n" + c.transition().bToA().text(), false));
        return new Card(msg("card.skills.title", c.a().name(), c.b().name()), null, Card.Colour.COMPARISON, fields,
                msg("card.sources", CardText.sources(Stream.concat(c.a().sources().stream(), c.b().sources().stream()).toList())),
                List.of(new Action.Button(messages.getMessage("action.back"), CommandCall.of("compare", c.a().slug(), c.b().slug()))));
    }

    private List<Card.Field> skillFields(Comparison c, String none) {
        List<String> related = c.skills().related().stream().map(ComparisonCards::related).toList();
        return List.of(
                new Card.Field(msg("card.skills.shared", c.skills().shared().size()), CardText.lines(c.skills().shared(), "= ", none), false),
                new Card.Field(msg("card.skills.related", c.skills().related().size()), CardText.lines(related, "~ ", none), false),
                new Card.Field(msg("card.skills.only", c.a().name(), c.skills().onlyA().size()), CardText.lines(c.skills().onlyA(), "- ", none), false),
                new Card.Field(msg("card.skills.only", c.b().name(), c.skills().onlyB().size()), CardText.lines(c.skills().onlyB(), "- ", none), false));
    }

    private static String related(RelatedSkill skill) {
        return skill.a() + "\n  ≈ " + skill.b();
    }

    private List<Action> actions(Role a, Role b, List<Role> others) {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.Button(messages.getMessage("action.swap"), CommandCall.of("compare", b.slug(), a.slug())));
        actions.add(new Action.Button(messages.getMessage("action.skills"), CommandCall.of("skills", a.slug(), b.slug())));
        List<Action.Option> options = others.stream().limit(MAX_OPTIONS)
                .map(other -> new Action.Option(other.name(), CommandCall.of("compare", a.slug(), other.slug())))
                .toList();
        if (!options.isEmpty()) {
            actions.add(new Action.Choice(msg("action.compareWith", a.name()), options));
        }
        return actions;
    }

    private static String column(List<GlanceRow> rows, java.util.function.Function<GlanceRow, String> cell) {
        return rows.stream().map(cell).collect(Collectors.joining("\n"));
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args);
    }
}
