package dev.careeradvisor.compare;

import java.math.BigDecimal;
import java.util.List;

import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/** The four verdicts. Equal figures are a tie; nothing is given to the first-named role. */
final class Verdicts {

    private final MessageSourceAccessor messages;

    Verdicts(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    List<Verdict> of(Role a, Role b) {
        return List.of(salaryCeiling(a, b), entryBarrier(a, b), demand(a, b), aiReplacementRisk(a, b));
    }

    private Verdict salaryCeiling(Role a, Role b) {
        if (!a.salary().currency().equals(b.salary().currency())) {
            return new Verdict(Criterion.SALARY_CEILING, null, false, null, text("verdict.salaryCeiling.currencies",
                    a.name(), a.salary().currency().getCurrencyCode(), b.name(), b.salary().currency().getCurrencyCode()));
        }
        BigDecimal maxA = a.salary().yearlyMax();
        BigDecimal maxB = b.salary().yearlyMax();
        String shownA = Figures.yearly(maxA, a.salary().currency());
        String shownB = Figures.yearly(maxB, b.salary().currency());
        int order = maxA.compareTo(maxB);
        if (order == 0) {
            return tie(Criterion.SALARY_CEILING, text("verdict.salaryCeiling.tie", shownA));
        }
        return order > 0
                ? win(Criterion.SALARY_CEILING, a, null, text("verdict.salaryCeiling.win", a.name(), shownA, shownB))
                : win(Criterion.SALARY_CEILING, b, null, text("verdict.salaryCeiling.win", b.name(), shownB, shownA));
    }

    private Verdict entryBarrier(Role a, Role b) {
        int order = a.entryBarrier().compareTo(b.entryBarrier());
        if (order != 0) {
            Role lower = order < 0 ? a : b;
            Role higher = order < 0 ? b : a;
            return win(Criterion.ENTRY_BARRIER, lower, null, text("verdict.entryBarrier.win", lower.name(),
                    lower.entryBarrier().label(), higher.entryBarrier().label()));
        }
        int months = Integer.compare(a.learningCurveMonths(), b.learningCurveMonths());
        if (months == 0) {
            return tie(Criterion.ENTRY_BARRIER, text("verdict.entryBarrier.tie", a.entryBarrier().label(),
                    a.learningCurveMonths()));
        }
        Role quicker = months < 0 ? a : b;
        Role slower = months < 0 ? b : a;
        return win(Criterion.ENTRY_BARRIER, quicker, Verdict.LEARNING_CURVE, text("verdict.entryBarrier.learningCurve",
                quicker.name(), a.entryBarrier().label(), quicker.learningCurveMonths(), slower.learningCurveMonths()));
    }

    private Verdict demand(Role a, Role b) {
        int order = Double.compare(a.demand(), b.demand());
        if (order == 0) {
            return tie(Criterion.DEMAND, text("verdict.demand.tie", Figures.demand(a.demand())));
        }
        Role higher = order > 0 ? a : b;
        Role lower = order > 0 ? b : a;
        return win(Criterion.DEMAND, higher, null, text("verdict.demand.win", higher.name(),
                Figures.demand(higher.demand()), Figures.demand(lower.demand())));
    }

    private Verdict aiReplacementRisk(Role a, Role b) {
        int order = Integer.compare(a.aiReplacementRisk(), b.aiReplacementRisk());
        if (order == 0) {
            return tie(Criterion.AI_REPLACEMENT_RISK, text("verdict.aiReplacementRisk.tie", Figures.percent(a.aiReplacementRisk())));
        }
        Role lower = order < 0 ? a : b;
        Role higher = order < 0 ? b : a;
        return win(Criterion.AI_REPLACEMENT_RISK, lower, null, text("verdict.aiReplacementRisk.win", lower.name(),
                Figures.percent(lower.aiReplacementRisk()), Figures.percent(higher.aiReplacementRisk())));
    }

    private static Verdict win(Criterion criterion, Role winner, String decidedBy, String text) {
        return new Verdict(criterion, winner.slug(), false, decidedBy, text);
    }

    private static Verdict tie(Criterion criterion, String text) {
        return new Verdict(criterion, null, true, null, text);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args);
    }
}
