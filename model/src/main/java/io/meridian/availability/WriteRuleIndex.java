package io.meridian.availability;

import java.util.ArrayList;
import java.util.List;

/**
 * A population's write rules by the regions their copies span, for the failover charges. An event changes a few
 * regions (one region, a zone or a pool in one, one provider's regions), and a rule over other regions is in the
 * state it has with everything up. When with everything up every rule holds and none waits for a takeover
 * ("clean", checked once), the untouched rules change nothing — "writable" is the touched rules holding, and the
 * waits and stalls come from them alone, in the same order, so the figures are the ones a pass over every rule
 * gives. A population that is not clean (one that can never write) has every rule judged.
 */
final class WriteRuleIndex {
    private final List<WriteRule> rules;
    /** Per region: the indexes of the rules whose copies it holds, ascending. */
    private final int[][] byRegion;
    private final boolean clean;

    WriteRuleIndex(PopulationNeed need, int regions, boolean[] allRegionsUp, long[] allUp) {
        this.rules = need.writes();
        List<List<Integer>> by = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            by.add(new ArrayList<>());
        }
        boolean allClean = true;
        for (int k = 0; k < rules.size(); k++) {
            WriteRule w = rules.get(k);
            for (int r : ExactEnumeration.scope(w)) {
                by.get(r).add(k);
            }
            allClean &= w.holds(allRegionsUp, allUp) && w.takeoverShare(allRegionsUp, allUp) == 0;
        }
        this.clean = allClean;
        this.byRegion = by.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** With everything up, every rule holds and none waits. */
    boolean clean() {
        return clean;
    }

    /** The rules an event changing these regions can change, in the population's order; every rule if not clean. */
    List<WriteRule> touching(int[] changedRegions) {
        if (!clean) {
            return rules;
        }
        java.util.BitSet at = new java.util.BitSet(rules.size());
        for (int r : changedRegions) {
            for (int k : byRegion[r]) {
                at.set(k);
            }
        }
        List<WriteRule> out = new ArrayList<>(at.cardinality());
        for (int k = at.nextSetBit(0); k >= 0; k = at.nextSetBit(k + 1)) {
            out.add(rules.get(k));
        }
        return out;
    }
}
