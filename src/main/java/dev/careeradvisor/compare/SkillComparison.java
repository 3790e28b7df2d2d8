package dev.careeradvisor.compare;

import java.util.List;

/** The skills of two roles, sorted into shared, related and those only one side has. */
public record SkillComparison(List<String> shared, List<RelatedSkill> related, List<String> onlyA, List<String> onlyB) {

    public SkillComparison {
        shared = List.copyOf(shared);
        related = List.copyOf(related);
        onlyA = List.copyOf(onlyA);
        onlyB = List.copyOf(onlyB);
    }
}
