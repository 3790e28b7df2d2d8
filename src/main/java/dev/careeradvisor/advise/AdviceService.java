package dev.careeradvisor.advise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.EntryBarrier;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.compare.Figures;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Ranks the roles of a catalog for one person's answers. The score is the documented sum of
 * {@link AdviceWeights}' terms, so the same answers always give the same ranking; equal scores share
 * a rank. Every term that moved a role says so in a sentence, for or against.
 */
public class AdviceService {

    private final AdviceWeights weights;
    private final MessageSourceAccessor messages;

    public AdviceService(AdviceWeights weights, MessageSourceAccessor messages) {
        this.weights = weights;
        this.messages = messages;
    }

    public List<RankedRole> rank(Catalog catalog, Answers answers) {
        Map<Currency, BigDecimal> highestCeiling = new HashMap<>();
        catalog.roles().forEach(role -> highestCeiling.merge(role.salary().currency(), role.salary().yearlyMax(), BigDecimal::max));
        List<Scored> scored = new ArrayList<>();
        for (Role role : catalog.roles()) {
            scored.add(score(role, answers, highestCeiling.get(role.salary().currency())));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.role().name(), String.CASE_INSENSITIVE_ORDER));
        List<RankedRole> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            boolean tiedWithPrevious = i > 0 && scored.get(i - 1).score() == s.score();
            int rank = tiedWithPrevious ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new RankedRole(rank, s.role().slug(), s.role().name(), s.score(), s.fits(), s.reasons(), s.against()));
        }
        return ranking;
    }

    private record Scored(Role role, double score, boolean fits, List<String> reasons, List<String> against) {
    }

    private Scored score(Role role, Answers answers, BigDecimal highestCeiling) {
        List<String> reasons = new ArrayList<>();
        List<String> against = new ArrayList<>();
        double personal = coding(role, answers.coding(), reasons, against)
                + remote(role, answers.remote(), reasons, against)
                + learning(role, answers.learning(), reasons, against)
                + interest(role, answers.interest(), reasons, against);
        boolean fits = against.isEmpty();
        double score = personal + criteria(role, answers.priority(), highestCeiling, reasons, against);
        return new Scored(role, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue(), fits, reasons, against);
    }

    private double coding(Role role, Answers.Coding coding, List<String> reasons, List<String> against) {
        if (coding == null) {
            return 0;
        }
        return switch (coding) {
            case YES -> role.requiresCoding() ? plus(reasons, weights.coding(), "advise.for.coding") : 0;
            case SOME -> plus(reasons, weights.coding() / 2, role.requiresCoding() ? "advise.for.someCoding" : "advise.for.lightCoding");
            case NO -> role.requiresCoding()
                    ? minus(against, weights.coding(), "advise.against.coding")
                    : plus(reasons, weights.coding(), "advise.for.noCoding");
        };
    }

    private double remote(Role role, Answers.Remote remote, List<String> reasons, List<String> against) {
        if (remote != Answers.Remote.YES) {
            return 0;
        }
        return role.remoteFriendly() ? plus(reasons, weights.remote(), "advise.for.remote") : minus(against, weights.remote(), "advise.against.remote");
    }

    private double learning(Role role, Answers.Learning learning, List<String> reasons, List<String> against) {
        if (learning == null || learning.months() == null) {
            return 0;
        }
        int months = role.learningCurveMonths();
        return months <= learning.months()
                ? plus(reasons, weights.learning(), "advise.for.learning", learning.months())
                : minus(against, weights.learning(), "advise.against.learning", months, learning.months());
    }

    /** The four criteria, each scaled 0 to 1; the one named most important counts {@code priority} times. */
    private double criteria(Role role, Answers.Priority priority, BigDecimal highestCeiling, List<String> reasons, List<String> against) {
        double ceiling = role.salary().yearlyMax().divide(highestCeiling, 4, RoundingMode.HALF_UP).doubleValue();
        double safety = (100 - role.aiReplacementRisk()) / 100.0;
        double demand = role.demand() / 10.0;
        double access = role.entryBarrier() == EntryBarrier.LOW ? 1 : role.entryBarrier() == EntryBarrier.MEDIUM ? 0.5 : 0;
        double total = weights.criterion() * (factor(priority, Answers.Priority.SALARY_CEILING) * ceiling
                + factor(priority, Answers.Priority.AI_REPLACEMENT_RISK) * safety
                + factor(priority, Answers.Priority.DEMAND) * demand
                + factor(priority, Answers.Priority.ENTRY_BARRIER) * access);
        if (priority == Answers.Priority.SALARY_CEILING) {
            String code = ceiling >= 1 ? "advise.for.topCeiling" : ceiling >= 0.8 ? "advise.for.ceiling" : "advise.against.ceiling";
            sentence(ceiling >= 0.8, reasons, against, code, Figures.salaryMax(role.salary()));
        } else if (priority == Answers.Priority.AI_REPLACEMENT_RISK) {
            sentence(safety >= 0.85, reasons, against, safety >= 0.85 ? "advise.for.risk" : "advise.against.risk",
                    Figures.percent(role.aiReplacementRisk()));
        } else if (priority == Answers.Priority.DEMAND) {
            sentence(demand >= 0.8, reasons, against, demand >= 0.8 ? "advise.for.demand" : "advise.against.demand",
                    Figures.demand(role.demand()));
        }
        if (role.entryBarrier() == EntryBarrier.HIGH) {
            against.add(msg("advise.against.barrier", role.entryBarrier().label()));
        } else {
            reasons.add(msg("advise.for.barrier", role.entryBarrier().label()));
        }
        return total;
    }

    private double interest(Role role, String interest, List<String> reasons, List<String> against) {
        if (interest == null || interest.isBlank() || interest.equalsIgnoreCase("any")) {
            return 0;
        }
        String wanted = interest.strip().toLowerCase(Locale.ROOT);
        boolean matches = role.category().toLowerCase(Locale.ROOT).equals(wanted) || role.interest().toLowerCase(Locale.ROOT).equals(wanted);
        return matches ? plus(reasons, weights.interest(), "advise.for.interest", role.interest())
                : minus(against, weights.interest(), "advise.against.interest", interest.strip());
    }

    /** The sentence that explains a term, among the reasons when it speaks for the role, else among those against. */
    private void sentence(boolean speaksFor, List<String> reasons, List<String> against, String code, Object... args) {
        (speaksFor ? reasons : against).add(msg(code, args));
    }

    private double factor(Answers.Priority chosen, Answers.Priority criterion) {
        return chosen == criterion ? weights.priority() : 1;
    }

    private double plus(List<String> reasons, double points, String code, Object... args) {
        reasons.add(msg(code, args));
        return points;
    }

    private double minus(List<String> against, double points, String code, Object... args) {
        against.add(msg(code, args));
        return -points;
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args);
    }
}
