package dev.careeradvisor.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a text naming two roles ("routing vs middleware") resolved to. */
public sealed interface PairResolution {

    /** Both names resolved, in the order typed. */
    record Pair(Role a, Role b) implements PairResolution {
    }

    /** The text reads as more than one pair, or one side fits several roles: offer these pairs. */
    record Choices(List<Pair> pairs) implements PairResolution {
        public Choices {
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * One of the two names did not resolve; {@code name} is that name as typed, and {@code other} the
     * role the other name meant, when it meant one.
     */
    record Unresolved(String name, NameResolution resolution, @Nullable Role other) implements PairResolution {
    }

    /** The text does not hold two names at all (one name, or more than two). */
    record NotTwoNames(int found) implements PairResolution {
    }
}
