package dev.careeradvisor.compare;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Role;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Compares two roles. Pure and deterministic: the same two roles in the same catalog always give the
 * same comparison, so results are cached, keyed by the roles' full content (a changed role is a
 * different key and can never be served a stale comparison) and by the skill index they were
 * matched with (a changed catalog is a new index).
 */
public class ComparisonService implements MeterBinder {

    private record Key(Role a, Role b, SkillMatcher.SkillIndex index) {
    }

    private final Glance glance;
    private final Verdicts verdicts;
    private final ChooseIfAdvice chooseIf;
    private final SkillComparer skills;
    private final SkillMatcher matcher;
    private final Cache<Key, Comparison> cache;
    private final Cache<Catalog, SkillMatcher.SkillIndex> indexes = Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    ComparisonService(SkillMatcher matcher, Glance glance, MessageSourceAccessor messages, int cacheSize) {
        this.matcher = matcher;
        this.glance = glance;
        this.verdicts = new Verdicts(messages);
        this.chooseIf = new ChooseIfAdvice(messages);
        this.skills = new SkillComparer(messages);
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).recordStats().build();
    }

    /** The comparison cache's size, hits and misses, as the metrics endpoint shows them (cache "comparisons"). */
    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, "comparisons");
    }

    /**
     * The comparison of A (named first) with B, as seen in a catalog, whose skills are analysed once
     * (the relatedness of skills depends on how rare their words are in that catalog); a role compared
     * with itself is refused.
     */
    public Comparison compare(Catalog catalog, Role a, Role b) {
        if (a.sameEntryAs(b)) {
            throw new SameRoleException(a);
        }
        SkillMatcher.SkillIndex index = indexes.get(catalog, c -> matcher.index(c.roles()));
        return cache.get(new Key(a, b, index), key -> compute(key.a(), key.b(), key.index()));
    }

    /** Analyses a catalog's skills now, so that the first comparison does not wait for it. */
    public void prepare(Catalog catalog) {
        indexes.get(catalog, c -> matcher.index(c.roles()));
    }

    private Comparison compute(Role a, Role b, SkillMatcher.SkillIndex index) {
        List<Verdict> decided = verdicts.of(a, b);
        SkillComparison skillComparison = skills.compare(index, a, b);
        return new Comparison(a, b, glance.rows(a, b), decided, skillComparison,
                skills.transitions(a, b, skillComparison), chooseIf.of(a, b, decided));
    }
}
