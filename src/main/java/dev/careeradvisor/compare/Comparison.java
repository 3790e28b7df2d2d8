package dev.careeradvisor.compare;

import java.util.List;

import dev.careeradvisor.catalog.Role;

/** Everything the bot says about two roles, A being the one named first. Serialised as the JSON API's body. */
public record Comparison(
        Role a,
        Role b,
        List<GlanceRow> glance,
        List<Verdict> verdicts,
        SkillComparison skills,
        Transitions transition,
        ChooseIf chooseIf) {

    public Comparison {
        glance = List.copyOf(glance);
        verdicts = List.copyOf(verdicts);
    }

    public Verdict verdict(Criterion criterion) {
        return verdicts.stream().filter(v -> v.criterion() == criterion).findFirst().orElseThrow();
    }
}
