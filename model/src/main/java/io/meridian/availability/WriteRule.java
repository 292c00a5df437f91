package io.meridian.availability;

import java.util.List;

/**
 * When one dataset can take a population's writes: at least {@code needed} of {@code copies} up. Single primary and
 * home region: the leader or, after automatic promotion, its successor (1 of 2); multi-primary: any copy (1 of n);
 * majority quorum and commit-wait: a majority of voters; two-phase commit: every copy.
 *
 * @param leaderBased the first copy is the leader: losing it costs a promotion even though writes come back
 */
record WriteRule(String datasetId, String how, List<Requirement> copies, int needed, boolean leaderBased,
                 boolean quorum) {
    WriteRule {
        copies = List.copyOf(copies);
    }

    boolean holds(boolean[] regionUp, long[] eventMasks) {
        int up = 0;
        for (Requirement c : copies) {
            if (c.holds(regionUp, eventMasks) && ++up >= needed) {
                return true;
            }
        }
        return needed <= 0;
    }

    /**
     * Share of this dataset's writes that wait for a promotion or an election in this state: 1 when the leader is
     * down; for a quorum the share of voters down (the chance the leader was among them); 0 otherwise.
     */
    double takeoverShare(boolean[] regionUp, long[] eventMasks) {
        if (leaderBased) {
            return copies.get(0).holds(regionUp, eventMasks) ? 0 : 1;
        }
        if (quorum) {
            long down = copies.stream().filter(c -> !c.holds(regionUp, eventMasks)).count();
            return (double) down / copies.size();
        }
        return 0;
    }
}
