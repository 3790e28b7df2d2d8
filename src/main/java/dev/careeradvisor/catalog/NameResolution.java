package dev.careeradvisor.catalog;

import java.util.List;

/**
 * What a typed role name resolved to: exactly one role, several that fit equally, or none. Only a
 * {@link Found} is ever treated as a match; the others carry the closest names to offer instead.
 */
public sealed interface NameResolution {

    /** The role the name means; {@code corrected} when a typo was forgiven on the way. */
    record Found(Role role, boolean corrected) implements NameResolution {
    }

    /** The name fits several roles equally; they are the candidates, closest first (at most 5). */
    record Ambiguous(List<Role> candidates) implements NameResolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** No role fits; the suggestions are the closest names (at most 5). */
    record NotFound(List<Role> suggestions) implements NameResolution {
        public NotFound {
            suggestions = List.copyOf(suggestions);
        }
    }
}
