package io.meridian.availability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact sums over the states of a few coupled regions by variable elimination: Σ over every combination of Π of
 * small factors, each over a handful of regions (a region's own probability, "this dataset can take writes" over
 * its copies' regions, "this region does not serve"). Summing the regions out one at a time costs about the largest
 * table built on the way, not the product of every region's states: a chain of datasets replicated region to
 * region, each over two regions, stays at a few dozen entries however many regions it crosses.
 */
final class Elimination {
    private Elimination() {
    }

    /** A table over some regions' states, indexed mixed-radix with the first variable fastest. */
    record Factor(int[] vars, double[] table) {
    }

    /**
     * An order to sum the variables out in (fewest table entries first, greedily) and the largest table it builds,
     * from the variables each factor spans and every variable's number of states.
     */
    record Plan(int[] order, double largestTable) {
    }

    static Plan plan(List<int[]> scopes, int[] variables, int[] domain) {
        return EliminationOrder.plan(scopes, variables, domain);
    }

    /** Σ over every state of the variables of Π factors; {@code work[0]} counts the table entries computed. */
    static double sum(List<Factor> factors, int[] order, int[] domain, long[] work) {
        List<Factor> live = new ArrayList<>(factors);
        for (int v : order) {
            List<Factor> touching = new ArrayList<>();
            for (Factor f : live) {
                if (contains(f.vars(), v)) {
                    touching.add(f);
                }
            }
            if (touching.isEmpty()) {
                continue;
            }
            live.removeAll(touching);
            live.add(sumOut(touching, v, domain, work));
        }
        double total = 1;
        for (Factor f : live) {
            total *= f.table()[0];
        }
        return total;
    }

    /** Π of the factors, with variable v summed out. */
    private static Factor sumOut(List<Factor> factors, int v, int[] domain, long[] work) {
        int[] all = union(factors.stream().map(Factor::vars).toList(), v);
        int[] kept = Arrays.stream(all).filter(x -> x != v).toArray();
        int[] vars = new int[all.length];
        vars[0] = v;
        System.arraycopy(kept, 0, vars, 1, kept.length);
        int n = (int) tableSize(vars, domain);
        int dv = domain[v];
        // Each factor's stride along each variable of the enumeration.
        int[][] strides = new int[factors.size()][vars.length];
        for (int f = 0; f < factors.size(); f++) {
            int[] fv = factors.get(f).vars();
            int stride = 1;
            for (int x : fv) {
                strides[f][indexOf(vars, x)] = stride;
                stride *= domain[x];
            }
        }
        double[] out = new double[n / dv];
        int[] digit = new int[vars.length];
        int[] at = new int[factors.size()];
        for (int k = 0; k < n; k++) {
            double p = 1;
            for (int f = 0; f < at.length && p != 0; f++) {
                p *= factors.get(f).table()[at[f]];
            }
            out[k / dv] += p;
            // Next state: first variable (v) fastest, so k / dv indexes the kept variables in order.
            for (int d = 0; d < vars.length; d++) {
                int dom = domain[vars[d]];
                if (++digit[d] < dom) {
                    for (int f = 0; f < at.length; f++) {
                        at[f] += strides[f][d];
                    }
                    break;
                }
                digit[d] = 0;
                for (int f = 0; f < at.length; f++) {
                    at[f] -= strides[f][d] * (dom - 1);
                }
            }
        }
        work[0] += n;
        return new Factor(kept, out);
    }

    /** Compiles the sums of these scopes over these domains, summed out in this order. */
    static CompiledElimination compile(List<int[]> scopes, int[] order, int[] domain) {
        List<int[]> slotScopes = new ArrayList<>(scopes);
        // Live slots by variable, ascending (new slots get higher numbers), so that each step finds the factors it
        // merges without scanning every live one: a 1,000-region elimination was quadratic here.
        java.util.BitSet alive = new java.util.BitSet();
        java.util.Map<Integer, List<Integer>> slotsOf = new java.util.HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            alive.set(i);
            for (int x : scopes.get(i)) {
                slotsOf.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> touching = new ArrayList<>();
        List<int[][]> index = new ArrayList<>();
        List<Integer> size = new ArrayList<>();
        List<Integer> dvs = new ArrayList<>();
        for (int v : order) {
            List<Integer> t = slotsOf.getOrDefault(v, List.of()).stream().filter(alive::get).distinct().toList();
            if (t.isEmpty()) {
                continue;
            }
            int[] all = union(t.stream().map(slotScopes::get).toList(), v);
            int[] kept = Arrays.stream(all).filter(x -> x != v).toArray();
            int[] vars = new int[all.length];
            vars[0] = v;
            System.arraycopy(kept, 0, vars, 1, kept.length);
            int n = (int) tableSize(vars, domain);
            int[][] idx = new int[t.size()][n];
            for (int f = 0; f < t.size(); f++) {
                int[] fv = slotScopes.get(t.get(f));
                int[] stride = new int[vars.length];
                int st = 1;
                for (int x : fv) {
                    stride[indexOf(vars, x)] = st;
                    st *= domain[x];
                }
                int[] digit = new int[vars.length];
                int at = 0;
                for (int k = 0; k < n; k++) {
                    idx[f][k] = at;
                    for (int d = 0; d < vars.length; d++) {
                        if (++digit[d] < domain[vars[d]]) {
                            at += stride[d];
                            break;
                        }
                        at -= stride[d] * (digit[d] - 1);
                        digit[d] = 0;
                    }
                }
            }
            t.forEach(alive::clear);
            int slot = slotScopes.size();
            alive.set(slot);
            for (int x : kept) {
                slotsOf.computeIfAbsent(x, k -> new ArrayList<>()).add(slot);
            }
            slotScopes.add(kept);
            touching.add(t.stream().mapToInt(Integer::intValue).toArray());
            index.add(idx);
            size.add(n);
            dvs.add(domain[v]);
        }
        return new CompiledElimination(scopes.size(), touching.toArray(int[][]::new), index.toArray(int[][][]::new),
                size.stream().mapToInt(Integer::intValue).toArray(), dvs.stream().mapToInt(Integer::intValue)
                .toArray(), alive.stream().toArray());
    }

    static double tableSize(int[] vars, int[] domain) {
        double n = 1;
        for (int v : vars) {
            n *= domain[v];
        }
        return n;
    }

    /** The variables of every scope that contains v, sorted, each once. */
    private static int[] union(List<int[]> scopes, int v) {
        List<int[]> with = new ArrayList<>(scopes.size());
        for (int[] sc : scopes) {
            if (contains(sc, v)) {
                with.add(sc);
            }
        }
        return EliminationOrder.sortedUnion(with);
    }

    private static boolean contains(int[] a, int v) {
        return indexOf(a, v) >= 0;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
