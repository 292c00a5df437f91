package io.meridian.availability;

/**
 * Works out, exactly, what the capacity-judged slices ({@link CapacitySlices}) change in one run of the exact engine:
 * per population, Σ over its slices of E[σ × 1(slice)] − plain × P(slice) (reads) and the same with "writable"
 * (writes). Per provider state consistent with the slice (a provider is down only when every region of it with a
 * chain is in D): the regions the population's writes couple are walked through their blocks (a region in D down
 * or with its chain broken, any other with its chain whole); every other region is a factor in closed form,
 * P(chain broken) in D and P(chain whole) outside, and adds w_y × E[s_y × 1(chain whole)] to the served share.
 */
final class SliceJudgement {
    private final CapacitySlices cs;
    private final FailureStructure s;
    private final Element perfect;
    private final RegionBlocks.Distribution[] blocks;
    /** Per region: P(its serving chain is whole | region up), 0 without a chain. */
    private final double[] whole;
    private final boolean[] regionUp;
    private final long[] masks;
    private final double[] up;
    // The walk's state for one population, slice and provider state.
    private CapacitySlices.Slice slice;
    private PopulationNeed need;
    private int[] regions;
    private double[] weights;
    private double r;
    private double sr;
    private double w;
    private double sw;

    SliceJudgement(CapacitySlices cs, Element perfect, RegionBlocks.Distribution[] blocks) {
        this.cs = cs;
        this.s = cs.s;
        this.perfect = perfect;
        this.blocks = blocks;
        int n = s.regions.size();
        this.whole = new double[n];
        for (int x = 0; x < n; x++) {
            if (s.serve[x] != null && s.serve[x].regions().length == 1) {
                whole[x] = eventProbability(x, s.serve[x].events()[0]);
            }
        }
        this.regionUp = new boolean[n];
        this.masks = new long[n];
        this.up = new double[n];
    }

    /**
     * Adds population i's corrections to read[i] and write[i], and (when {@code brownout} is not null) the
     * probability of the slices that serve it in part at the capacity level to brownout[i].
     */
    void correct(int i, double[] read, double[] write, double[] brownout) {
        need = s.populationNeeds.get(i);
        regions = cs.enumerated(i);
        for (int k : cs.affecting[i]) {
            slice = cs.slices.get(k);
            weights = slice.weights[i];
            double[] t = slice(i);
            double plain = cs.plainServed(slice, i) ? 1 : 0;
            read[i] += t[1] - plain * t[0];
            write[i] += t[3] - plain * t[2];
            if (brownout != null && slice.served[i] > 0 && slice.served[i] < 1) {
                brownout[i] += t[0];
            }
        }
    }

    /** {P(slice), E[σ 1(slice)], P(slice, writable), E[σ 1(slice) writable]} for population i. */
    private double[] slice(int i) {
        int providers = s.providers.size();
        double[] out = new double[4];
        java.util.BitSet enumerated = new java.util.BitSet();
        for (int x : regions) {
            enumerated.set(x);
        }
        for (int state = 0; state < (1 << providers); state++) {
            double pp = 1;
            for (int q = 0; q < providers; q++) {
                double a = Element.perfect(perfect, ElementKind.PROVIDER, q) ? 1 : s.providerAvailability(q);
                pp *= (state & (1 << q)) != 0 ? a : 1 - a;
            }
            if (pp == 0 || !consistent(state)) {
                continue;
            }
            for (int x = 0; x < up.length; x++) {
                double a = Element.perfect(perfect, ElementKind.REGION, x) ? 1 : s.regionAvailability(x);
                up[x] = (state & (1 << s.regionProvider[x])) != 0 ? a : 0;
            }
            // Regions in closed form: P(slice outside) = Π c_y and Σ_y w_y E[s_y 1(whole)] Π_{y' ≠ y} c_y'.
            double product = 1;
            double servedOutside = 0;
            for (int y = 0; y < up.length; y++) {
                if (s.serve[y] == null || enumerated.get(y)) {
                    continue;
                }
                double wholeY = up[y] * whole[y];
                double c = slice.inD[y] ? 1 - wholeY : wholeY;
                servedOutside *= c;
                if (!slice.inD[y] && weights != null && weights[y] > 0) {
                    servedOutside += product * weights[y] * up[y] * servedWhole(y);
                }
                product *= c;
            }
            if (product == 0 && servedOutside == 0) {
                continue;
            }
            r = 0;
            sr = 0;
            w = 0;
            sw = 0;
            visit(0, 1, 0);
            out[0] += pp * r * product;
            out[1] += pp * (sr * product + r * servedOutside);
            out[2] += pp * w * product;
            out[3] += pp * (sw * product + w * servedOutside);
        }
        return out;
    }

    /** A provider may be down in this slice only when every region of it with a chain is in D. */
    private boolean consistent(int state) {
        for (int x = 0; x < up.length; x++) {
            if ((state & (1 << s.regionProvider[x])) == 0 && s.serve[x] != null && !slice.inD[x]) {
                return false;
            }
        }
        return true;
    }

    private void visit(int depth, double p, double served) {
        if (depth == regions.length) {
            for (int x : regions) {
                if (s.serve[x] != null && s.serve[x].regions().length > 1
                        && s.serve[x].holds(regionUp, masks) == slice.inD[x]) {
                    return;
                }
            }
            r += p;
            sr += served;
            if (need.writable(regionUp, masks)) {
                w += p;
                sw += served;
            }
            return;
        }
        int x = regions[depth];
        boolean single = s.serve[x] != null && s.serve[x].regions().length == 1;
        boolean mustBreak = single && slice.inD[x];
        boolean mustHold = single && !slice.inD[x];
        double a = up[x];
        if (a < 1 && !mustHold) {
            regionUp[x] = false;
            masks[x] = 0;
            visit(depth + 1, p * (1 - a), served * (1 - a));
        }
        if (a > 0) {
            regionUp[x] = true;
            RegionBlocks.Distribution d = blocks[x];
            boolean counts = weights != null && weights[x] > 0 && !slice.inD[x];
            CapacityBlocks.Served capacity = counts && slice.atRisk[x] ? cs.served(slice, x, perfect) : null;
            long event = single ? 1L << s.serve[x].events()[0] : 0;
            for (int k = 0; k < d.masks().length; k++) {
                double q = d.probabilities()[k];
                long m = d.masks()[k];
                boolean holds = (m & event) != 0;
                if (q == 0 || (mustBreak && holds) || (mustHold && !holds)) {
                    continue;
                }
                masks[x] = m;
                // E[σ-part × 1]: the region's own served sum joins what the regions before it serve.
                double own = !counts ? 0 : capacity == null ? q : capacity.served(m);
                visit(depth + 1, p * a * q, served * a * q + (counts ? p * a * weights[x] * own : 0));
            }
        }
    }

    /** E[s_y × 1(chain whole) | region up] for a region in closed form. */
    private double servedWhole(int y) {
        if (!slice.atRisk[y]) {
            return whole[y];
        }
        CapacityBlocks.Served capacity = cs.served(slice, y, perfect);
        long event = 1L << s.serve[y].events()[0];
        double sum = 0;
        RegionBlocks.Distribution d = blocks[y];
        for (int k = 0; k < d.masks().length; k++) {
            if ((d.masks()[k] & event) != 0) {
                sum += capacity.served(d.masks()[k]);
            }
        }
        return sum;
    }

    private double eventProbability(int x, int e) {
        double sum = 0;
        RegionBlocks.Distribution d = blocks[x];
        for (int k = 0; k < d.masks().length; k++) {
            if ((d.masks()[k] & (1L << e)) != 0) {
                sum += d.probabilities()[k];
            }
        }
        return sum;
    }
}
