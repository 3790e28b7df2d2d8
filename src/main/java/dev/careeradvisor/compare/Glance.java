package dev.careeradvisor.compare;

import java.util.List;
import java.util.function.Function;

import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/** The "At a glance" rows: every field of both roles, side by side, as the seed pages format it. */
public final class Glance {

    private final MessageSourceAccessor messages;

    public Glance(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    /** The rows for two roles; also used for one role's card by passing the same role twice. */
    public List<GlanceRow> rows(Role a, Role b) {
        return List.of(
                row("category", a, b, Role::category),
                row("salary", a, b, r -> Figures.salaryRange(r.salary())),
                row("demand", a, b, r -> Figures.demand(r.demand())),
                row("aiReplacementRisk", a, b, r -> Figures.percent(r.aiReplacementRisk())),
                row("learningCurveMonths", a, b, r -> months(r.learningCurveMonths())),
                row("difficulty", a, b, r -> r.difficulty().label()),
                row("entryBarrier", a, b, r -> r.entryBarrier().label()),
                row("remoteFriendly", a, b, r -> yesNo(r.remoteFriendly())),
                row("requiresCoding", a, b, r -> yesNo(r.requiresCoding())));
    }

    public String months(int months) {
        return messages.getMessage("figure.months", new Object[] {months});
    }

    public String yesNo(boolean yes) {
        return messages.getMessage(yes ? "figure.yes" : "figure.no");
    }

    private GlanceRow row(String field, Role a, Role b, Function<Role, String> figure) {
        return new GlanceRow(field, messages.getMessage("glance." + field), figure.apply(a), figure.apply(b));
    }
}
