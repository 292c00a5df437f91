package io.meridian.availability;

import java.util.Arrays;
import java.util.List;

/**
 * When one dataset can take a population's writes.
 * <ul>
 * <li>Single primary and home region ({@code succession} not empty): the leader, else the first copy of its
 * promotion order that is up, leads; writes go through when that copy and every copy it acknowledges synchronously
 * are up (a semi-sync link falls back to asynchronous after its timeout and does not block). The lower candidates
 * are only tried when every higher one is down: an up leader whose sync replica is down blocks writes, it is not
 * replaced.</li>
 * <li>Multi-primary: any copy (1 of n); majority quorum and commit-wait: a majority of voters; two-phase commit:
 * every copy ({@code needed} of {@code copies}).</li>
 * <li>No copy the population may write to (residency): never ({@code copies} empty, {@code needed} 1).</li>
 * </ul>
 *
 * @param copies     every requirement the rule looks at (its scope), each once
 * @param succession leader-based only: the leader then its promotion order, each with the indexes in {@code copies}
 *                   of itself and of the copies that must acknowledge its commits
 */
record WriteRule(String datasetId, String how, List<Requirement> copies, int needed, List<Candidate> succession,
                 boolean quorum) {
    /** One copy that may lead: its requirement and those of its blocking acknowledgements, as indexes. */
    record Candidate(int copy, int[] acks) {
    }

    WriteRule {
        copies = List.copyOf(copies);
        succession = List.copyOf(succession);
    }

    /** k of n copies up. */
    static WriteRule kOfN(String datasetId, String how, List<Requirement> copies, int needed, boolean quorum) {
        return new WriteRule(datasetId, how, copies, needed, List.of(), quorum);
    }

    boolean leaderBased() {
        return !succession.isEmpty();
    }

    boolean holds(boolean[] regionUp, long[] eventMasks) {
        if (leaderBased()) {
            for (Candidate c : succession) {
                if (copies.get(c.copy()).holds(regionUp, eventMasks)) {
                    for (int a : c.acks()) {
                        if (!copies.get(a).holds(regionUp, eventMasks)) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            return false;
        }
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
        if (leaderBased()) {
            return copies.get(succession.get(0).copy()).holds(regionUp, eventMasks) ? 0 : 1;
        }
        if (quorum) {
            long down = copies.stream().filter(c -> !c.holds(regionUp, eventMasks)).count();
            return (double) down / copies.size();
        }
        return 0;
    }

    /** What decides the rule's outcome, for grouping populations whose rules are alike. */
    String signature() {
        StringBuilder k = new StringBuilder().append(needed).append(quorum ? 'q' : 'n');
        for (Requirement c : copies) {
            k.append(Arrays.toString(c.regions())).append(Arrays.toString(c.events()));
        }
        for (Candidate c : succession) {
            k.append('>').append(c.copy()).append(Arrays.toString(c.acks()));
        }
        return k.toString();
    }
}
