package io.meridian.availability;

/**
 * Judges one population of an {@link ExactEnumeration} run given each region's probability of being up: depth-first
 * over its coupled regions with the closed form for the rest at each leaf, or, when they are too many to walk, by
 * summing them out ({@link Elimination} over its {@link CompiledSums}, reusing {@link RecordedDerivatives} when
 * they apply).
 */
final class CoupledWalk {
    private final ExactEnumeration e;
    private final FailureStructure s;
    private final RegionBlocks.Distribution[] blocks;
    private final double[][] eventUp;
    private final boolean[] regionUp;
    private final long[] masks;
    /** States visited and elimination work done, over all judgements so far. */
    long leaves;
    private PopulationNeed need;
    private int[] regions;
    private int[] inside;
    private double outsideDown;
    private double[] up;
    private boolean[] overloaded;
    private double read;
    private double write;
    /** The population {@link #eliminate} is judging (its derivatives are recorded under it). */
    private int judged;

    CoupledWalk(ExactEnumeration e, RegionBlocks.Distribution[] blocks, double[][] eventUp) {
        this.e = e;
        this.s = e.s;
        this.blocks = blocks;
        this.eventUp = eventUp;
        this.regionUp = new boolean[s.regions.size()];
        this.masks = new long[s.regions.size()];
    }

    /**
     * P(read) and P(write) of population i when region r is up with probability up[r], independently, and
     * the regions flagged {@code overloaded} (may be null) serve nobody.
     */
    void judge(int i, double[] up, boolean[] overloaded, double[] out) {
        need = s.populationNeeds.get(i);
        regions = e.coupled[i];
        inside = e.servingInside[i];
        this.up = up;
        this.overloaded = overloaded;
        outsideDown = 1;
        for (int r : e.servingOutside[i]) {
            if (overloaded == null || !overloaded[r]) {
                outsideDown *= 1 - up[r] * eventUp[r][s.serve[r].events()[0]];
            }
        }
        if (e.plans[i] != null) {
            if (noRegionCanServe()) {
                // Nobody serves in any state of these regions, so there is nothing to sum (exactly 0).
                out[0] = 0;
                out[1] = 0;
                return;
            }
            eliminate(i, out);
            return;
        }
        read = 0;
        write = 0;
        visit(0, 1);
        out[0] = read;
        out[1] = write;
    }

    /**
     * The same by elimination: with Z = Σ over the coupled regions' states of Π factors, P(writable) = Z(own
     * probabilities × write rules), P(writable and no coupled region serves) = Z(× "does not serve"), and
     * P(no coupled region serves) = Z(own probabilities × "does not serve"); the closed-form regions serve
     * independently of them, so read = 1 − P(none serves) × outsideDown and write = P(writable) −
     * P(writable, none serves) × outsideDown.
     */
    private void eliminate(int i, double[] out) {
        judged = i;
        CompiledSums c = e.compiled[i];
        if (c == null) {
            c = e.compiled[i] = e.compiledSums(i, regionUp, masks);
        }
        double[] reused = e.derivatives.sums(i, regions, c, up, blocks);
        if (reused != null) {
            out[0] = 1 - reused[0] * outsideDown;
            out[1] = reused[1] - reused[2] * outsideDown;
            return;
        }
        double[][] own = new double[regions.length][];
        for (int j = 0; j < regions.length; j++) {
            own[j] = c.own(regions[j], up, blocks);
        }
        double[] sums;
        if (!e.derivatives.recording() && s.shared.remembers()) {
            // The design search: another sizing of the structure often gives these very tables (in a provider state
            // that takes down the region the sizings differ in, say), and the sums are a function of them alone.
            SizingShared.KeyBuilder content = new SizingShared.KeyBuilder();
            for (double[] t : own) {
                content.add(t.length);
                for (double v : t) {
                    content.add(Double.doubleToLongBits(v));
                }
            }
            for (int k = 0; k < c.notServing().length; k++) {
                content.add(overloaded != null && overloaded[inside[k]] ? 1 : 0);
            }
            CompiledSums compiledSums = c;
            sums = s.shared.elimination(content.key(c), () -> sums(compiledSums, own));
        } else {
            sums = sums(c, own);
        }
        leaves += (long) sums[3];
        out[0] = 1 - sums[0] * outsideDown;
        out[1] = sums[1] - sums[2] * outsideDown;
    }

    /**
     * P(no coupled region serves), P(writable), P(writable and none serves) over these own tables, and the work
     * done; recorded with their gradients when the ranking will reuse them.
     */
    private double[] sums(CompiledSums c, double[][] own) {
        int w = c.writes().length;
        int n = c.notServing().length;
        double[][] tablesA = new double[regions.length + n][];
        double[][] tablesB = new double[regions.length + w][];
        double[][] tablesC = new double[regions.length + w + n][];
        System.arraycopy(own, 0, tablesA, 0, regions.length);
        System.arraycopy(own, 0, tablesB, 0, regions.length);
        System.arraycopy(own, 0, tablesC, 0, regions.length);
        System.arraycopy(c.writes(), 0, tablesB, regions.length, w);
        System.arraycopy(c.writes(), 0, tablesC, regions.length, w);
        for (int k = 0; k < n; k++) {
            boolean off = overloaded != null && overloaded[inside[k]];
            double[] t = off ? ones(c.notServing()[k].length) : c.notServing()[k];
            tablesA[regions.length + k] = t;
            tablesC[regions.length + w + k] = t;
        }
        long[] work = new long[1];
        double noneServes;
        double writable;
        double writableNoneServes;
        if (e.derivatives.recording()) {
            int n0 = regions.length;
            double[][] gA = new double[n0][];
            double[][] gB = new double[n0][];
            double[][] gC = new double[n0][];
            noneServes = c.noneServes().runWithGradient(tablesA, work, n0, gA);
            writable = w == 0 ? 1 : c.writable().runWithGradient(tablesB, work, n0, gB);
            writableNoneServes = w == 0 ? noneServes : c.writableNoneServes().runWithGradient(tablesC, work, n0, gC);
            e.derivatives.record(judged, new RecordedDerivatives.Recorded(own, noneServes, writable,
                    writableNoneServes, gA, gB, gC));
        } else {
            noneServes = c.noneServes().run(tablesA, work);
            writable = w == 0 ? 1 : c.writable().run(tablesB, work);
            writableNoneServes = w == 0 ? noneServes : c.writableNoneServes().run(tablesC, work);
        }
        return new double[] {noneServes, writable, writableNoneServes, work[0]};
    }

    /** True when no serving region can ever serve here: each overloaded, down, or with its chain never whole. */
    private boolean noRegionCanServe() {
        if (outsideDown < 1) {
            return false;
        }
        for (int r : inside) {
            boolean off = overloaded != null && overloaded[r];
            if (!off && (s.serve[r].regions().length > 1 || up[r] * eventUp[r][s.serve[r].events()[0]] > 0)) {
                return false;
            }
        }
        return true;
    }

    private double[] ones(int n) {
        double[] t = new double[n];
        java.util.Arrays.fill(t, 1);
        return t;
    }

    private void visit(int depth, double p) {
        if (depth == regions.length) {
            leaves++;
            double served = 1 - outsideDown;
            for (int r : inside) {
                if ((overloaded == null || !overloaded[r]) && s.serve[r].holds(regionUp, masks)) {
                    served = 1;
                    break;
                }
            }
            read += p * served;
            if (served > 0 && need.writable(regionUp, masks)) {
                write += p * served;
            }
            return;
        }
        int r = regions[depth];
        double a = up[r];
        if (a < 1) {
            regionUp[r] = false;
            masks[r] = 0;
            visit(depth + 1, p * (1 - a));
        }
        if (a > 0) {
            regionUp[r] = true;
            RegionBlocks.Distribution d = blocks[r];
            for (int k = 0; k < d.masks().length; k++) {
                double q = d.probabilities()[k];
                if (q > 0) {
                    masks[r] = d.masks()[k];
                    visit(depth + 1, p * a * q);
                }
            }
        }
    }
}
