package dev.careeradvisor.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/** Sorts two roles' skills into shared, related and one-sided, and works out the move each way. */
final class SkillComparer {

    private final MessageSourceAccessor messages;

    SkillComparer(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    SkillComparison compare(SkillMatcher.SkillIndex index, Role a, Role b) {
        List<String> shared = new ArrayList<>();
        Set<String> sharedB = new LinkedHashSet<>();
        for (String skillA : a.skills()) {
            String key = index.sharedKey(skillA);
            b.skills().stream().filter(skillB -> !sharedB.contains(skillB) && index.sharedKey(skillB).equals(key))
                    .findFirst().ifPresent(skillB -> {
                        shared.add(skillA);
                        sharedB.add(skillB);
                    });
        }
        List<RelatedSkill> related = new ArrayList<>();
        for (String skillA : a.skills()) {
            if (shared.contains(skillA)) {
                continue;
            }
            for (String skillB : b.skills()) {
                if (sharedB.contains(skillB)) {
                    continue;
                }
                double score = index.relatedness(skillA, skillB);
                if (score >= index.threshold()) {
                    related.add(new RelatedSkill(skillA, skillB, Math.round(score * 100) / 100.0));
                }
            }
        }
        related.sort(Comparator.comparingDouble(RelatedSkill::score).reversed());
        List<String> onlyA = a.skills().stream()
                .filter(s -> !shared.contains(s) && related.stream().noneMatch(r -> r.a().equals(s))).toList();
        List<String> onlyB = b.skills().stream()
                .filter(s -> !sharedB.contains(s) && related.stream().noneMatch(r -> r.b().equals(s))).toList();
        return new SkillComparison(shared, related, onlyA, onlyB);
    }

    Transitions transitions(Role a, Role b, SkillComparison skills) {
        int sharedCount = skills.shared().size();
        Set<String> relatedOfB = new LinkedHashSet<>();
        Set<String> relatedOfA = new LinkedHashSet<>();
        skills.related().forEach(r -> {
            relatedOfB.add(r.b());
            relatedOfA.add(r.a());
        });
        Transition aToB = transition(a, b, sharedCount, relatedOfB.size(), skills.onlyB());
        Transition bToA = transition(b, a, sharedCount, relatedOfA.size(), skills.onlyA());
        return new Transitions(aToB, bToA, aToB.text() + " " + bToA.text());
    }

    private Transition transition(Role from, Role to, int shared, int related, List<String> toLearn) {
        int of = to.skills().size();
        int bring = shared + related;
        Transition.Level level = Transition.Level.of(bring, of);
        String levelWord = messages.getMessage("transition.level." + level.key());
        String text = bring == 0
                ? messages.getMessage("transition.none", new Object[] {from.name(), to.name(), of})
                : messages.getMessage("transition.some",
                        new Object[] {from.name(), to.name(), bring, of, shared, related, toLearn.size(), levelWord});
        return new Transition(bring, of, shared, related, toLearn, level, text);
    }
}
