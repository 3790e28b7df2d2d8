package dev.careeradvisor.compare;

import java.util.Collection;

import dev.careeradvisor.catalog.Role;

/**
 * Finds skills that mean the same competence in different words. Analysis happens once per
 * catalog in {@link #index}; comparing two skills afterwards is arithmetic.
 */
public interface SkillMatcher {

    /** Analyses every skill of the catalog; weights may depend on the whole catalog. */
    SkillIndex index(Collection<Role> roles);

    /** The analysed skills of one catalog. */
    interface SkillIndex {

        /** The form in which two skills count as the same skill: case, punctuation, "&"/"and" and plurals aside. */
        String sharedKey(String skill);

        /** How strongly two skills stand for the same competence, from 0 (unrelated) to 1. */
        double relatedness(String skillA, String skillB);

        /** The relatedness from which two skills count as related. */
        double threshold();
    }
}
