package io.meridian.availability;

/**
 * An elimination compiled for fixed scopes, order and domains: every table index worked out once, so that each
 * run is arithmetic only (the exact engine repeats the same sums for every provider state and element).
 */
final class CompiledElimination {
    private final int inputs;
    private final int[][] touching;
    private final int[][][] index;
    private final int[] size;
    private final int[] dv;
    private final int[] finalSlots;

    CompiledElimination(int inputs, int[][] touching, int[][][] index, int[] size, int[] dv, int[] finalSlots) {
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
            return step3(out, d, slot[t[0]], slot[t[1]], slot[t[2]], idx);
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
    private static double[] step3(double[] out, int d, double[] a, double[] b, double[] c, int[][] idx) {
        int[] ia = idx[0];
        int[] ib = idx[1];
        int[] ic = idx[2];
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
