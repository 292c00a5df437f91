package io.meridian.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sums {@link SliceJudgement} needs for one slice and one group of populations with the same enumerated regions
 * and write rules, compiled once per evaluation. Each enumerated region takes only the states the slice allows it: a
 * region whose chain lies inside it is up with that chain whole outside D, and down or up with it broken in D; any
 * other is down or up with any event combination a run's blocks give it. Two eliminations over the same order:
 * Z_read = Σ Π own × Π chain factors and Z_write = the same × Π write rules, each run with its gradient by the
 * regions' own tables. A multi-region chain's factor is 1 where the chain's state agrees with the slice (whole
 * outside D, broken in D). Restricting the domains is what keeps the tables small: in a one-region slice nearly
 * every region has one or two states.
 *
 * @param regions   the enumerated regions (variables), in the order of the first input tables
 * @param domain    per region of the structure: its number of states (1 for regions not enumerated)
 * @param downState per region: the index of its "down" state, −1 when the slice does not allow it
 * @param maskIndex per enumerated region: the state of each event combination the slice allows
 * @param factors   the chain factors then the write rules' tables
 */
record SliceSums(int[] regions, int[] domain, int[] downState, Map<Integer, Map<Long, Integer>> maskIndex,
                 double[][] factors, int chainCount, Elimination.Compiled read, Elimination.Compiled write) {

    static SliceSums compile(FailureStructure s, PopulationNeed need, int[] regions, boolean[] inD,
                             RegionBlocks.Distribution[] blocks, Map<Integer, Set<Long>> extraMasks) {
        int n = s.regions.size();
        int[] domain = new int[n];
        Arrays.fill(domain, 1);
        int[] downState = new int[n];
        Arrays.fill(downState, -1);
        boolean[][] stateUp = new boolean[n][];
        long[][] stateMask = new long[n][];
        Map<Integer, Map<Long, Integer>> maskIndex = new HashMap<>();
        List<int[]> scopes = new ArrayList<>();
        for (int r : regions) {
            Set<Long> known = new LinkedHashSet<>();
            for (long m : blocks[r].masks()) {
                known.add(m);
            }
            known.addAll(extraMasks.getOrDefault(r, Set.of()));
            List<Long> allowed = new ArrayList<>();
            boolean downAllowed = !mustHold(s, r, inD);
            if (downAllowed) {
                allowed.add(null);
            }
            for (long mask : known) {
                if (allows(s, r, inD, mask)) {
                    allowed.add(mask);
                }
            }
            domain[r] = Math.max(1, allowed.size());
            stateUp[r] = new boolean[domain[r]];
            stateMask[r] = new long[domain[r]];
            Map<Long, Integer> index = new HashMap<>();
            for (int k = 0; k < allowed.size(); k++) {
                Long mask = allowed.get(k);
                if (mask == null) {
                    downState[r] = k;
                } else {
                    stateUp[r][k] = true;
                    stateMask[r][k] = mask;
                    index.put(mask, k);
                }
            }
            maskIndex.put(r, index);
            scopes.add(new int[] {r});
        }
        boolean[] regionUp = new boolean[n];
        long[] masks = new long[n];
        List<double[]> factors = new ArrayList<>();
        for (int x : regions) {
            Requirement req = s.serve[x];
            if (req != null && req.regions().length > 1) {
                int[] scope = req.regions().clone();
                scopes.add(scope);
                boolean broken = inD[x];
                factors.add(CompiledSums.indicator(scope, domain, stateUp, stateMask, regionUp, masks,
                        () -> req.holds(regionUp, masks) != broken));
            }
        }
        int chainCount = factors.size();
        List<int[]> readScopes = new ArrayList<>(scopes);
        for (WriteRule w : need.writes()) {
            int[] scope = ExactEnumeration.scope(w);
            scopes.add(scope);
            factors.add(CompiledSums.indicator(scope, domain, stateUp, stateMask, regionUp, masks,
                    () -> w.holds(regionUp, masks)));
        }
        int[] order = Elimination.plan(scopes, regions, domain).order();
        return new SliceSums(regions, domain, downState, maskIndex, factors.toArray(double[][]::new), chainCount,
                Elimination.compile(readScopes, order, domain), Elimination.compile(scopes, order, domain));
    }

    /** A region whose serving chain lies inside it must be up with the chain whole when it is not in D. */
    static boolean mustHold(FailureStructure s, int r, boolean[] inD) {
        return single(s, r) && !inD[r];
    }

    /** Whether the slice allows region r up with this event combination. */
    static boolean allows(FailureStructure s, int r, boolean[] inD, long mask) {
        if (!single(s, r)) {
            return true;
        }
        boolean holds = (mask & (1L << s.serve[r].events()[0])) != 0;
        return holds != inD[r];
    }

    private static boolean single(FailureStructure s, int r) {
        return s.serve[r] != null && s.serve[r].regions().length == 1;
    }

    /** The state of an up region with this event combination, or −1 when the domain lacks it. */
    int state(int r, long mask) {
        Integer at = maskIndex.get(r).get(mask);
        return at == null ? -1 : at;
    }

    int writeCount() {
        return factors.length - chainCount;
    }
}
