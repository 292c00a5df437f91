package io.meridian.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The order {@link Elimination} sums regions out in: greedily, the region whose factors span the fewest table
 * entries first. Each region's live factors are kept by id, and a step re-sizes only the regions of the factor it
 * merges, so planning costs about the factors' neighbourhoods, not every region times every factor per step (which
 * was cubic in the coupled regions of a 1,000-region design).
 */
final class EliminationOrder {
    private EliminationOrder() {
    }

    static Elimination.Plan plan(List<int[]> scopes, int[] variables, int[] domain) {
        // Each variable's live scopes by id; ids grow as merged scopes are added, so increasing id order is the order
        // of the live list, and each size below is the same product in the same order as a scan of that list.
        List<int[]> byId = new ArrayList<>(scopes);
        BitSet[] scopesOf = new BitSet[domain.length];
        for (int id = 0; id < byId.size(); id++) {
            for (int x : byId.get(id)) {
                scopesOf(scopesOf, x).set(id);
            }
        }
        boolean[] done = new boolean[domain.length];
        boolean[] seen = new boolean[domain.length];
        double[] size = new double[domain.length];
        for (int v : variables) {
            size[v] = unionSize(byId, scopesOf[v], domain, seen);
        }
        int[] order = new int[variables.length];
        double largest = 1;
        for (int step = 0; step < variables.length; step++) {
            int best = -1;
            double bestSize = Double.POSITIVE_INFINITY;
            // The first variable left is taken even when every table left is beyond a double (Infinity): then the
            // plan's largest table says so and the engine samples instead of enumerating.
            for (int v : variables) {
                if (!done[v] && (best < 0 || size[v] < bestSize)) {
                    best = v;
                    bestSize = size[v];
                }
            }
            int[] merged = union(byId, scopesOf[best]);
            largest = Math.max(largest, bestSize);
            BitSet removed = scopesOf(scopesOf, best);
            for (int id = removed.nextSetBit(0); id >= 0; id = removed.nextSetBit(id + 1)) {
                for (int x : byId.get(id)) {
                    if (x != best) {
                        scopesOf[x].clear(id);
                    }
                }
            }
            removed.clear();
            final int v = best;
            int[] kept = Arrays.stream(merged).filter(x -> x != v).toArray();
            int keptId = byId.size();
            byId.add(kept);
            for (int x : kept) {
                scopesOf(scopesOf, x).set(keptId);
            }
            done[best] = true;
            order[step] = best;
            for (int x : kept) {
                size[x] = unionSize(byId, scopesOf[x], domain, seen);
            }
        }
        return new Elimination.Plan(order, largest);
    }

    private static BitSet scopesOf(BitSet[] scopesOf, int x) {
        if (scopesOf[x] == null) {
            scopesOf[x] = new BitSet();
        }
        return scopesOf[x];
    }

    /**
     * {@code tableSize} of the union of the scopes with these ids, without building it ({@code seen} all false
     * before and after); the domains are small integers, so the product is exact in any order.
     */
    private static double unionSize(List<int[]> byId, BitSet ids, int[] domain, boolean[] seen) {
        double n = 1;
        if (ids == null) {
            return n;
        }
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            for (int x : byId.get(id)) {
                if (!seen[x]) {
                    seen[x] = true;
                    n *= domain[x];
                }
            }
        }
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            for (int x : byId.get(id)) {
                seen[x] = false;
            }
        }
        return n;
    }

    /** The variables of the scopes with these ids, sorted, each once. */
    private static int[] union(List<int[]> byId, BitSet ids) {
        List<int[]> scopes = new ArrayList<>();
        if (ids != null) {
            for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
                scopes.add(byId.get(id));
            }
        }
        return sortedUnion(scopes);
    }

    /** The variables of these scopes, sorted, each once (no streams: the plan asks per step). */
    static int[] sortedUnion(List<int[]> scopes) {
        int max = -1;
        for (int[] sc : scopes) {
            for (int x : sc) {
                max = Math.max(max, x);
            }
        }
        boolean[] in = new boolean[max + 1];
        int count = 0;
        for (int[] sc : scopes) {
            for (int x : sc) {
                if (!in[x]) {
                    in[x] = true;
                    count++;
                }
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int x = 0; x <= max; x++) {
            if (in[x]) {
                out[k++] = x;
            }
        }
        return out;
    }
}
