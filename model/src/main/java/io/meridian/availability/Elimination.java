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

    /**
     * An elimination compiled for fixed scopes, order and domains: every table index worked out once, so that each
     * run is arithmetic only (the exact engine repeats the same sums for every provider state and element).
     */
    static final class Compiled {
        private final int inputs;
        private final int[][] touching;
        private final int[][][] index;
        private final int[] size;
        private final int[] dv;
        private final int[] finalSlots;

        private Compiled(int inputs, int[][] touching, int[][][] index, int[] size, int[] dv, int[] finalSlots) {
            this.inputs = inputs;
            this.touching = touching;
            this.index = index;
            this.size = size;
            this.dv = dv;
            this.finalSlots = finalSlots;
        }

        /**
         * One elimination step: out[o] = Σ_v Π_f slot[t[f]][idx[f][o·d + v]], the variable summed out (v) being the
         * fastest digit of the step's table. The same products in the same order as a plain pass over k = o·d + v
         * with out[k / d] += p, without a division per entry.
         */
        private double[] step(int step, double[][] slot) {
            int[] t = touching[step];
            int[][] idx = index[step];
            int n = size[step];
            int d = dv[step];
            double[] out = new double[n / d];
            int factors = t.length;
            if (factors == 1) {
                double[] a = slot[t[0]];
                int[] ia = idx[0];
                for (int o = 0, k = 0; o < out.length; o++) {
                    double sum = 0;
                    for (int v = 0; v < d; v++, k++) {
                        sum += a[ia[k]];
                    }
                    out[o] = sum;
                }
                return out;
            }
            if (factors == 2) {
                double[] a = slot[t[0]];
                double[] b = slot[t[1]];
                int[] ia = idx[0];
                int[] ib = idx[1];
                for (int o = 0, k = 0; o < out.length; o++) {
                    double sum = 0;
                    for (int v = 0; v < d; v++, k++) {
                        double p = a[ia[k]];
                        if (p != 0) {
                            p *= b[ib[k]];
                        }
                        sum += p;
                    }
                    out[o] = sum;
                }
                return out;
            }
            if (factors == 3) {
                return step3(out, d, slot[t[0]], slot[t[1]], slot[t[2]], idx[0], idx[1], idx[2]);
            }
            if (factors == 4) {
                return step4(out, d, slot[t[0]], slot[t[1]], slot[t[2]], slot[t[3]], idx);
            }
            for (int o = 0, k = 0; o < out.length; o++) {
                double sum = 0;
                for (int v = 0; v < d; v++, k++) {
                    double p = 1;
                    for (int f = 0; f < factors && p != 0; f++) {
                        p *= slot[t[f]][idx[f][k]];
                    }
                    sum += p;
                }
                out[o] = sum;
            }
            return out;
        }

        /*
         * Three and four factors, the most common steps (a search candidate runs about 800 of 768 entries with four
         * and 700 with three): the general loop's products in the same order, stopping at the same zero, without
         * looking each factor's table up again per entry.
         */
        private static double[] step3(double[] out, int d, double[] a, double[] b, double[] c, int[] ia, int[] ib,
                                      int[] ic) {
            for (int o = 0, k = 0; o < out.length; o++) {
                double sum = 0;
                for (int v = 0; v < d; v++, k++) {
                    double p = a[ia[k]];
                    if (p != 0) {
                        p *= b[ib[k]];
                        if (p != 0) {
                            p *= c[ic[k]];
                        }
                    }
                    sum += p;
                }
                out[o] = sum;
            }
            return out;
        }

        private static double[] step4(double[] out, int d, double[] a, double[] b, double[] c, double[] e,
                                      int[][] idx) {
            int[] ia = idx[0];
            int[] ib = idx[1];
            int[] ic = idx[2];
            int[] ie = idx[3];
            for (int o = 0, k = 0; o < out.length; o++) {
                double sum = 0;
                for (int v = 0; v < d; v++, k++) {
                    double p = a[ia[k]];
                    if (p != 0) {
                        p *= b[ib[k]];
                        if (p != 0) {
                            p *= c[ic[k]];
                            if (p != 0) {
                                p *= e[ie[k]];
                            }
                        }
                    }
                    sum += p;
                }
                out[o] = sum;
            }
            return out;
        }

        /** Σ over every state of Π of the input tables (in the scopes' order); work[0] counts entries computed. */
        double run(double[][] tables, long[] work) {
            double[][] slot = new double[inputs + touching.length][];
            System.arraycopy(tables, 0, slot, 0, inputs);
            for (int step = 0; step < touching.length; step++) {
                slot[inputs + step] = step(step, slot);
                work[0] += size[step];
            }
            double total = 1;
            for (int f : finalSlots) {
                total *= slot[f][0];
            }
            return total;
        }

        /**
         * The same sum, with its derivative by each entry of the first {@code n} input tables in {@code grad}
         * (reverse mode through the same steps). The sum is linear in any input table that is the only one over
         * its region's own states, so a run that changes only that table is Σ + Σ_s Δtable[s] × grad[s].
         */
        double runWithGradient(double[][] tables, long[] work, int n, double[][] grad) {
            double[][] slot = new double[inputs + touching.length][];
            System.arraycopy(tables, 0, slot, 0, inputs);
            for (int step = 0; step < touching.length; step++) {
                slot[inputs + step] = step(step, slot);
                work[0] += size[step];
            }
            double total = 1;
            for (int f : finalSlots) {
                total *= slot[f][0];
            }
            double[][] g = new double[slot.length][];
            for (int f : finalSlots) {
                double others = 1;
                for (int h : finalSlots) {
                    others *= h == f ? 1 : slot[h][0];
                }
                g[f] = new double[slot[f].length];
                g[f][0] += others;
            }
            for (int step = touching.length - 1; step >= 0; step--) {
                double[] go = g[inputs + step];
                if (go == null) {
                    continue;
                }
                int[] t = touching[step];
                int[][] idx = index[step];
                int size = this.size[step];
                int d = dv[step];
                for (int f : t) {
                    if (g[f] == null) {
                        g[f] = new double[slot[f].length];
                    }
                }
                for (int k = 0; k < size; k++) {
                    double up = go[k / d];
                    if (up == 0) {
                        continue;
                    }
                    for (int f = 0; f < t.length; f++) {
                        double p = up;
                        for (int h = 0; h < t.length && p != 0; h++) {
                            if (h != f) {
                                p *= slot[t[h]][idx[h][k]];
                            }
                        }
                        g[t[f]][idx[f][k]] += p;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                grad[j] = g[j] != null ? g[j] : new double[tables[j].length];
            }
            return total;
        }
    }

    static Compiled compile(List<int[]> scopes, int[] order, int[] domain) {
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
        return new Compiled(scopes.size(), touching.toArray(int[][]::new), index.toArray(int[][][]::new),
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
