package dev.careeradvisor.catalog;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One career role, exactly as its file describes it. Instances only come out of {@link RoleValidator},
 * so every role in the catalog has passed the same rules.
 */
public record Role(
        String name,
        String slug,
        String category,
        String interest,
        List<String> aliases,
        Salary salary,
        double demand,
        int aiReplacementRisk,
        int learningCurveMonths,
        Difficulty difficulty,
        EntryBarrier entryBarrier,
        boolean remoteFriendly,
        boolean requiresCoding,
        List<String> skills,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String summary,
        List<Source> sources) {

    public Role {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        aliases = List.copyOf(aliases);
        skills = List.copyOf(skills);
        sources = List.copyOf(sources);
    }

    @Override
    public String toString() {
        return "Role[" + slug + "]";
    }

    /** Whether this role and the other are the same entry of the catalog. */
    public boolean sameEntryAs(Role other) {
        return slug.equals(other.slug);
    }
}
