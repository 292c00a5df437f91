package io.meridian.availability;

import java.util.HashMap;
import java.util.Map;

/**
 * Works out, exactly, what the capacity-judged slices ({@link CapacitySlices}) change in one run of the exact engine:
 * per population, Σ over its slices of E[σ × 1(slice)] − plain × P(slice) (reads) and the same with "writable"
 * (writes). Per provider state consistent with the slice (a provider is down only when every region of it with a
 * chain is in D): the regions the population's writes couple are summed out by elimination ({@link SliceSums});
 * every other region is a factor in closed form, P(chain broken) in D and P(chain whole) outside, and adds
 * w_y × E[s_y × 1(chain whole)] to the served share.
 *
 * <p>The served share is a sum over regions, Σ_x w_x s_x, so E[Σ_x w_x s_x × 1(slice)] = Σ_x w_x ⟨served_x,
 * ∂Z/∂own_x⟩: Z is linear in each region's own table, and served_x is that table with each state weighted by the
 * share the region serves in it. One elimination with its gradient gives every population of a group its figure,
 * whatever its routing weights.
 */
final class SliceJudgement {
    private final ExactEnumeration e;
    private final CapacitySlices cs;
    private final FailureStructure s;
    private final Element perfect;
    private final RegionBlocks.Distribution[] blocks;
    /** Per region: P(its serving chain is whole | region up), 0 without a chain. */
    private final double[] whole;
    private double[] up;
    /** Per provider state, on first ask: each region's probability of being up. */
    private final double[][] upByState;
    /** This run's closed-form products, by group, slice and provider state. */
    private final Map<Long, Outside> outsides;
    /** This run's sums, by group, slice and provider state: populations of a group share them. */
    private final Map<Long, JudgedSlice> judged;
    /** The one region whose own table alone differs from the run with nothing perfect, else −1. */
    private final int reuseRegion;
    private CapacitySlices.Slice slice;
    private int sliceIndex;
    private double[] weights;
    /** Per slice and region in closed form, on first ask: {@link #servedWhole} (NaN: not asked yet). */
    private final double[][] servedWholeBy;

    SliceJudgement(ExactEnumeration e, Element perfect, RegionBlocks.Distribution[] blocks) {
        this.e = e;
        this.cs = e.slices;
        this.s = cs.s;
        this.perfect = perfect;
        this.blocks = blocks;
        int n = s.regions.size();
        this.upByState = new double[1 << s.providers.size()][];
        this.servedWholeBy = new double[cs.slices.size()][];
        this.whole = new double[n];
        for (int x = 0; x < n; x++) {
            // A ranking run's blocks are the recorded run's but for one region: the others' values are the same.
            boolean same = perfect != null && e.recordedWhole != null && blocks[x] == e.recordedSliceBlocks[x];
            if (same) {
                whole[x] = e.recordedWhole[x];
            } else if (s.serve[x] != null && s.serve[x].regions().length == 1) {
                whole[x] = eventProbability(x, s.serve[x].events()[0]);
            }
        }
        if (perfect == null) {
            e.recordedSlices.clear();
            e.recordedOutsides.clear();
            e.recordedSliceBlocks = blocks;
            e.recordedWhole = whole;
            judged = e.recordedSlices;
            outsides = e.recordedOutsides;
            reuseRegion = -1;
        } else {
            judged = new HashMap<>();
            outsides = new HashMap<>();
            int r = perfect.kind() == ElementKind.POOL ? s.pool(perfect.index()).regionIndex()
                    : perfect.kind() == ElementKind.REGION ? perfect.index() : -1;
            boolean others = r >= 0 && e.recordedSliceBlocks != null;
            for (int x = 0; others && x < n; x++) {
                others = x == r || blocks[x] == e.recordedSliceBlocks[x];
            }
            reuseRegion = others ? r : -1;
        }
    }

    /**
     * Adds population i's corrections to read[i] and write[i], and (when {@code brownout} is not null) the
     * probability of the slices that serve it in part at the capacity level to brownout[i].
     */
    void correct(int i, double[] read, double[] write, double[] brownout) {
        for (int a = 0; a < cs.affecting[i].length; a++) {
            int k = cs.affecting[i][a];
            slice = cs.slices.get(k);
            sliceIndex = k;
            weights = slice.weights[i];
            double[] t = slice(i, k);
            double plain = cs.creditedPlainly[i][a] ? 1 : 0;
            read[i] += t[1] - plain * t[0];
            write[i] += t[3] - plain * t[2];
            if (brownout != null && slice.served[i] > 0 && slice.served[i] < 1) {
                brownout[i] += t[0];
            }
        }
    }

    /**
     * {P(slice), E[σ 1(slice)], P(slice, writable), E[σ 1(slice) writable]} for population i. The regions in
     * closed form contribute P(slice outside) = Π c_y and Σ_y w_y E[s_y 1(whole)] Π_{y' ≠ y} c_y', with c_y =
     * P(chain broken) in D and P(chain whole) outside; only the regions the population is routed to carry a w_y.
     */
    private double[] slice(int i, int k) {
        int providers = s.providers.size();
        int group = e.representative(i);
        int[] regions = cs.enumerated(i);
        int[] routed = slice.routed[i] == null ? new int[0] : slice.routed[i];
        // Where each region it is routed to sits among the enumerated ones (−1: in closed form), found once.
        int[] at = new int[routed.length];
        for (int q = 0; q < routed.length; q++) {
            at[q] = java.util.Arrays.binarySearch(regions, routed[q]);
        }
        double[] out = new double[4];
        for (int state = 0; state < (1 << providers); state++) {
            double pp = providerStateProbability(state);
            if (pp == 0 || !cs.consistent(k, state)) {
                continue;
            }
            up = up(state);
            long key = (((long) group * cs.slices.size() + k) << providers) | state;
            Outside o = outside(key, regions);
            double product = o.zeros() == 0 ? o.product() : 0;
            double servedOutside = 0;
            for (int q = 0; q < routed.length; q++) {
                int x = routed[q];
                if (at[q] < 0) {
                    double c = up[x] * whole[x];
                    double others = o.zeros() == 0 ? o.product() / c : o.zeros() == 1 && c == 0 ? o.product() : 0;
                    servedOutside += others == 0 ? 0 : weights[q] * up[x] * servedWhole(x) * others;
                }
            }
            if (product == 0 && servedOutside == 0) {
                continue;
            }
            JudgedSlice g = judged.get(key);
            if (g == null) {
                SliceSums sums = e.sliceSums(group, k, blocks);
                g = rescaled(e.recordedSlices.get(key), sums);
                g = g != null ? g : judge(sums);
                judged.put(key, g);
            }
            double sr = 0;
            double sw = 0;
            for (int q = 0; q < routed.length; q++) {
                int j = at[q];
                if (j >= 0) {
                    sr += weights[q] * g.servedRead(j);
                    sw += weights[q] * g.servedWrite(j);
                }
            }
            out[0] += pp * g.read * product;
            out[1] += pp * (sr * product + g.read * servedOutside);
            out[2] += pp * g.write * product;
            out[3] += pp * (sw * product + g.write * servedOutside);
        }
        return out;
    }

    /** The closed-form regions' factors: the product of those that are not 0, and how many are 0. */
    record Outside(double product, int zeros) {
    }

    /**
     * Π c_y over the regions not enumerated (with a chain) for this key's group, slice and provider state. A run
     * with one region changed takes the recorded product and swaps that region's factor (or keeps it when the
     * region is enumerated, so not in the product).
     */
    private Outside outside(long key, int[] regions) {
        Outside o = outsides.get(key);
        if (o != null) {
            return o;
        }
        Outside base = e.recordedOutsides.get(key);
        int r = reuseRegion;
        if (base != null && r >= 0 && s.serve[r] != null && java.util.Arrays.binarySearch(regions, r) < 0) {
            // The recorded run had nothing perfect: region r up with its own availability when its provider is.
            double wasUp = up[r] == 0 ? 0 : s.regionAvailability(r);
            double was = closedFormFactor(r, wasUp, e.recordedWhole[r]);
            double now = closedFormFactor(r, up[r], whole[r]);
            double product = was == 0 ? base.product() : base.product() / was;
            int zeros = was == 0 ? base.zeros() - 1 : base.zeros();
            o = now == 0 ? new Outside(product, zeros + 1) : new Outside(product * now, zeros);
        } else if (base != null && r >= 0) {
            o = base;
        } else {
            double product = 1;
            int zeros = 0;
            for (int y = 0; y < up.length; y++) {
                if (s.serve[y] != null && java.util.Arrays.binarySearch(regions, y) < 0) {
                    double c = closedFormFactor(y, up[y], whole[y]);
                    if (c == 0) {
                        zeros++;
                    } else {
                        product *= c;
                    }
                }
            }
            o = new Outside(product, zeros);
        }
        outsides.put(key, o);
        return o;
    }

    /** c_y for a region in closed form: P(chain broken) in D, P(chain whole) outside. */
    private double closedFormFactor(int y, double upY, double wholeGivenUp) {
        double wholeY = upY * wholeGivenUp;
        return slice.inD[y] ? 1 - wholeY : wholeY;
    }

    /** Per provider state, worked out on first ask (every population and slice asks for each). */
    private double[] stateProbability;

    private double providerStateProbability(int state) {
        if (stateProbability == null) {
            stateProbability = new double[1 << s.providers.size()];
            java.util.Arrays.fill(stateProbability, Double.NaN);
        }
        if (Double.isNaN(stateProbability[state])) {
            stateProbability[state] = stateProbabilityOf(state);
        }
        return stateProbability[state];
    }

    private double stateProbabilityOf(int state) {
        double pp = 1;
        for (int q = 0; q < s.providers.size(); q++) {
            double a = Element.perfect(perfect, ElementKind.PROVIDER, q) ? 1 : s.providerAvailability(q);
            pp *= (state & (1 << q)) != 0 ? a : 1 - a;
        }
        return pp;
    }

    /** Each region's probability of being up in this provider state, computed once per state and run. */
    private double[] up(int state) {
        double[] u = upByState[state];
        if (u == null) {
            u = new double[s.regions.size()];
            for (int x = 0; x < u.length; x++) {
                double a = Element.perfect(perfect, ElementKind.REGION, x) ? 1 : s.regionAvailability(x);
                u[x] = (state & (1 << s.regionProvider[x])) != 0 ? a : 0;
            }
            upByState[state] = u;
        }
        return u;
    }

    /**
     * The recorded run's judgement with the one region this run changes swapped in ({@link JudgedSlice#with}); the
     * recorded one itself when that region is not enumerated; null when it must be judged afresh.
     */
    private JudgedSlice rescaled(JudgedSlice base, SliceSums sums) {
        if (base == null || reuseRegion < 0) {
            return null;
        }
        int j = java.util.Arrays.binarySearch(sums.regions(), reuseRegion);
        if (j < 0) {
            return base;
        }
        double[][] now = tables(sums, reuseRegion);
        return base.with(j, now[0], now[1]);
    }

    /** Region x's own table and served table over the slice's domain for it, given the current provider state. */
    private double[][] tables(SliceSums sums, int x) {
        RegionStates rs = sums.states()[x];
        double[] own = new double[rs.domain()];
        double[] served = new double[own.length];
        double a = up[x];
        if (rs.downState() >= 0) {
            own[rs.downState()] = 1 - a;
        }
        if (a == 0) {
            return new double[][] {own, served};
        }
        RegionBlocks.Distribution d = blocks[x];
        int[] states = rs.statesOf(d);
        CapacityBlocks.Served capacity = !slice.inD[x] && slice.atRisk[x] ? cs.served(slice, x, perfect) : null;
        for (int m = 0; m < d.masks().length; m++) {
            double q = d.probabilities()[m];
            if (q == 0) {
                continue;
            }
            int st = states[m];
            if (st < 0) {
                if (RegionStates.allows(s, x, slice.inD[x], d.masks()[m])) {
                    throw new IllegalStateException("a region state outside the slice sums' domain");
                }
                continue;
            }
            own[st] += a * q;
            if (!slice.inD[x]) {
                served[st] += a * (capacity == null ? q : capacity.served(d.masks()[m]));
            }
        }
        return new double[][] {own, served};
    }

    /** The enumerated regions summed out for the current slice and provider state ({@link JudgedSlice#of}). */
    private JudgedSlice judge(SliceSums sums) {
        int[] regions = sums.regions();
        double[][] own = new double[regions.length][];
        double[][] served = new double[regions.length][];
        for (int j = 0; j < regions.length; j++) {
            double[][] t = tables(sums, regions[j]);
            own[j] = t[0];
            served[j] = t[1];
        }
        return JudgedSlice.of(sums, own, served);
    }

    /**
     * E[s_y × 1(chain whole) | region up] for a region in closed form: the same for every population and provider
     * state of the run, so worked out once per slice and region.
     */
    private double servedWhole(int y) {
        if (!slice.atRisk[y]) {
            return whole[y];
        }
        double[] known = servedWholeBy[sliceIndex];
        if (known == null) {
            known = new double[s.regions.size()];
            java.util.Arrays.fill(known, Double.NaN);
            servedWholeBy[sliceIndex] = known;
        }
        if (Double.isNaN(known[y])) {
            known[y] = servedWholeOf(y);
        }
        return known[y];
    }

    private double servedWholeOf(int y) {
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

    private double eventProbability(int x, int ev) {
        double sum = 0;
        RegionBlocks.Distribution d = blocks[x];
        for (int k = 0; k < d.masks().length; k++) {
            if ((d.masks()[k] & (1L << ev)) != 0) {
                sum += d.probabilities()[k];
            }
        }
        return sum;
    }
}
