package dev.careeradvisor.compare;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/** Writes the "Choose X if you…" lines, only those that apply, in the design's order. */
final class ChooseIfAdvice {

    private final MessageSourceAccessor messages;

    ChooseIfAdvice(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    ChooseIf of(Role a, Role b, List<Verdict> verdicts) {
        return new ChooseIf(linesFor(a, b, verdicts), linesFor(b, a, verdicts));
    }

    private List<String> linesFor(Role self, Role other, List<Verdict> verdicts) {
        List<String> lines = new ArrayList<>();
        if (self.requiresCoding()) {
            lines.add(messages.getMessage("chooseIf.coding"));
        }
        if (self.remoteFriendly()) {
            lines.add(messages.getMessage("chooseIf.remote"));
        }
        if (self.demand() > other.demand()) {
            lines.add(messages.getMessage("chooseIf.demand"));
        }
        if (self.aiReplacementRisk() < other.aiReplacementRisk()) {
            lines.add(messages.getMessage("chooseIf.aiReplacementRisk", new Object[] {Figures.percent(self.aiReplacementRisk())}));
        }
        if (won(verdicts, Criterion.SALARY_CEILING, self)) {
            lines.add(messages.getMessage("chooseIf.salaryCeiling", new Object[] {Figures.salaryMax(self.salary())}));
        }
        if (won(verdicts, Criterion.ENTRY_BARRIER, self)) {
            lines.add(messages.getMessage("chooseIf.entryBarrier"));
        }
        lines.add(messages.getMessage("chooseIf.interest", new Object[] {self.interest()}));
        return lines;
    }

    private static boolean won(List<Verdict> verdicts, Criterion criterion, Role role) {
        return verdicts.stream().anyMatch(v -> v.criterion() == criterion && v.won(role.slug()));
    }
}
