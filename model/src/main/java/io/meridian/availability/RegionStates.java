package io.meridian.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states a capacity slice allows one region ({@link SliceSums}): down, or up with each event combination any
 * run's blocks give it, less those the slice rules out (a region whose chain lies inside it is up with the chain
 * whole outside D, down or up with it broken in D). A region has one such domain in D and one outside, whatever
 * the slice, so each is built once per evaluation and shared by every slice and group.
 *
 * @param domain    the number of states (at least 1)
 * @param downState the index of the "down" state, −1 when it is not allowed
 * @param stateUp   per state: the region is up
 * @param stateMask per state: its event combination (0 when down)
 */
record RegionStates(int domain, int downState, boolean[] stateUp, long[] stateMask, Map<Long, Integer> index,
                    Map<RegionBlocks.Distribution, int[]> byBlock) {

    /**
     * Blocks whose states are remembered at once: an evaluation's normal block and one per perfect pool of the
     * region; compiled sums shared by a structure's sizings meet each sizing's blocks, so kept bounded.
     */
    static final int MAX_BLOCKS = 64;

    static RegionStates of(FailureStructure s, int r, boolean inD, RegionBlocks.Distribution block,
                           Set<Long> extraMasks) {
        Set<Long> known = new LinkedHashSet<>();
        for (long m : block.masks()) {
            known.add(m);
        }
        known.addAll(extraMasks);
        List<Long> allowed = new ArrayList<>();
        if (!mustHold(s, r, inD)) {
            allowed.add(null);
        }
        for (long mask : known) {
            if (allows(s, r, inD, mask)) {
                allowed.add(mask);
            }
        }
        int domain = Math.max(1, allowed.size());
        boolean[] stateUp = new boolean[domain];
        long[] stateMask = new long[domain];
        int down = -1;
        Map<Long, Integer> index = new HashMap<>();
        for (int k = 0; k < allowed.size(); k++) {
            Long mask = allowed.get(k);
            if (mask == null) {
                down = k;
            } else {
                stateUp[k] = true;
                stateMask[k] = mask;
                index.put(mask, k);
            }
        }
        return new RegionStates(domain, down, stateUp, stateMask, index, new IdentityHashMap<>());
    }

    /** A region whose serving chain lies inside it must be up with the chain whole when it is not in D. */
    static boolean mustHold(FailureStructure s, int r, boolean inD) {
        return single(s, r) && !inD;
    }

    /** Whether the slice allows region r up with this event combination. */
    static boolean allows(FailureStructure s, int r, boolean inD, long mask) {
        if (!single(s, r)) {
            return true;
        }
        boolean holds = (mask & (1L << s.serve[r].events()[0])) != 0;
        return holds != inD;
    }

    private static boolean single(FailureStructure s, int r) {
        return s.serve[r] != null && s.serve[r].regions().length == 1;
    }

    /**
     * Per event combination of this block (in its order): its state, −1 when the slice rules it out; worked out
     * once per block (a run's blocks are few: the normal one and one per perfect pool).
     */
    int[] statesOf(RegionBlocks.Distribution block) {
        synchronized (byBlock) {
            if (byBlock.size() >= MAX_BLOCKS) {
                // Shared by a structure's sizings (SliceSums are), each with blocks of its own: kept bounded.
                byBlock.clear();
            }
            return byBlock.computeIfAbsent(block, b -> {
                int[] out = new int[b.masks().length];
                for (int m = 0; m < out.length; m++) {
                    Integer at = index.get(b.masks()[m]);
                    out[m] = at == null ? -1 : at;
                }
                return out;
            });
        }
    }
}
