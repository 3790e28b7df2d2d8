package dev.careeradvisor.compare;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Compares two roles. Pure and deterministic: the same two roles always give the same comparison,
 * so results are cached, keyed by the roles' full content (a changed role is a different key and
 * can never be served a stale comparison) and by the skill index they were matched with.
 */
public class ComparisonService {

    private record Key(Role a, Role b, SkillMatcher.SkillIndex index) {
    }

    private final Glance glance;
    private final Verdicts verdicts;
    private final ChooseIfAdvice chooseIf;
    private final SkillComparer skills;
    private final Cache<Key, Comparison> cache;
    private final SkillMatcher.SkillIndex index;

    ComparisonService(SkillMatcher matcher, Catalog catalog, Glance glance, MessageSourceAccessor messages, int cacheSize) {
        this.glance = glance;
        this.verdicts = new Verdicts(messages);
        this.chooseIf = new ChooseIfAdvice(messages);
        this.skills = new SkillComparer(messages);
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
        this.index = matcher.index(catalog.roles());
    }

    /** The comparison of A (named first) with B; a role compared with itself is refused. */
    public Comparison compare(Role a, Role b) {
        if (a.sameEntryAs(b)) {
            throw new SameRoleException(a);
        }
        return cache.get(new Key(a, b, index), key -> compute(key.a(), key.b(), key.index()));
    }

    private Comparison compute(Role a, Role b, SkillMatcher.SkillIndex index) {
        List<Verdict> decided = verdicts.of(a, b);
        SkillComparison skillComparison = skills.compare(index, a, b);
        return new Comparison(a, b, glance.rows(a, b), decided, skillComparison,
                skills.transitions(a, b, skillComparison), chooseIf.of(a, b, decided));
    }
}
