package dev.careeradvisor.advise;

import java.util.List;

/**
 * One place of a ranking: equal scores share a rank; the reasons for and against explain it.
 *
 * @param fits whether the role meets every answer about the person (coding, remote work, time to
 *             learn, area); false when one of them speaks against it
 */
public record RankedRole(int rank, String slug, String name, double score, boolean fits, List<String> reasons, List<String> against) {

    public RankedRole {
        reasons = List.copyOf(reasons);
        against = List.copyOf(against);
    }
}
