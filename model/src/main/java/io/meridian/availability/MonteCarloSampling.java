package io.meridian.availability;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Monte Carlo over the same domains as {@link ExactEnumeration}, for designs too large to enumerate. Failures are
 * rare (a region is down 0.05% of the time), so plain sampling would hardly ever see the states that matter;
 * instead each element is drawn down with a biased probability q = max(p, 1/elements) and every sample carries the
 * likelihood ratio Π p/q (down) or (1−p)/(1−q) (up) — importance sampling, unbiased, with a far narrower interval.
 * The seed is fixed, so the same design always gives the same figures.
 *
 * <p>The same pass ranks elements: in a sample where some population is down, each failed provider, region or pool
 * is set up on its own and the populations judged again (common random numbers: the difference is exactly what a
 * perfect element would have changed in that sample).
 */
final class MonteCarloSampling {
    static final int SAMPLES = 100_000;
    static final long SEED = 0x6D65726964L;
    static final double Z95 = 1.959964;

    /**
     * @param read, write       per population, availability without routing
     * @param weightedHalfWidth per population, half the 95% interval of readFraction × read + (1−rf) × write
     * @param elements          the providers, regions and pools ranked
     * @param readGain, writeGain per element and population, the availability gained with the element perfect
     */
    record Result(double[] read, double[] write, double[] weightedHalfWidth, int samples, List<Element> elements,
                  double[][] readGain, double[][] writeGain, double[] brownout) {
    }

    private MonteCarloSampling() {
    }

    static Result run(FailureStructure s, FailoverOverloads overloads, List<Element> elements, int samples,
                      long seed) {
        return run(s, new SampledShares(new CapacitySlices(s, overloads.normalOverloaded, coupledNone(s))),
                overloads, elements, samples, seed);
    }

    /** No population's regions are walked here: every region is sampled. */
    private static int[][] coupledNone(FailureStructure s) {
        return new int[s.populationNeeds.size()][0];
    }

    static Result run(FailureStructure s, SampledShares shares, FailoverOverloads overloads, List<Element> elements,
                      int samples, long seed) {
        int providers = s.providers.size();
        int regions = s.regions.size();
        List<PopulationNeed> needs = s.populationNeeds;
        int n = needs.size();
        int drawn = providers + regions;
        for (int r = 0; r < regions; r++) {
            drawn += s.zones[r] + s.regionPools[r].length;
        }
        double bias = 1.0 / Math.max(1, drawn);
        Draw[] providerDraw = new Draw[providers];
        for (int i = 0; i < providers; i++) {
            providerDraw[i] = new Draw(1 - s.providerAvailability(i), bias);
        }
        Draw[] regionDraw = new Draw[regions];
        for (int r = 0; r < regions; r++) {
            regionDraw[r] = new Draw(1 - s.regionAvailability(r), bias);
        }
        Draw[] zoneDraw = new Draw[regions];
        for (int r = 0; r < regions; r++) {
            zoneDraw[r] = new Draw(1 - s.zoneAvailability(r), bias);
        }
        // Per pool, the draw for each count of its instances in up zones, and that count for each zone state.
        Draw[][] poolDraw = new Draw[s.pools.size()][];
        int[][] inUpZones = new int[s.pools.size()][];
        for (int r = 0; r < regions; r++) {
            for (int j : s.regionPools[r]) {
                double[] up = s.pool(j).upByInstancesInUpZones();
                poolDraw[j] = new Draw[up.length];
                // A table for up to 8 zones (256 states); with more (at most 16) it would be too large per pool.
                if (s.zones[r] <= 8) {
                    inUpZones[j] = new int[1 << s.zones[r]];
                    for (int zm = 0; zm < inUpZones[j].length; zm++) {
                        inUpZones[j][zm] = s.pool(j).instancesInUpZones(s.zones[r], zm);
                    }
                }
                for (int m = 0; m < up.length; m++) {
                    poolDraw[j][m] = new Draw(1 - up[m], bias);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] downR = new double[n];
        double[] downW = new double[n];
        double[] sumX = new double[n];
        double[] sumX2 = new double[n];
        double[][] gainR = new double[elements.size()][n];
        double[][] gainW = new double[elements.size()][n];
        boolean[] providerUp = new boolean[providers];
        boolean[] ownUp = new boolean[regions];
        boolean[] poolUp = new boolean[s.pools.size()];
        boolean[] regionUp = new boolean[regions];
        long[] masks = new long[regions];
        double[] read = new double[n];
        double[] write = new double[n];
        double[] read2 = new double[n];
        double[] write2 = new double[n];
        double[] brownout = new double[n];
        int[] zoneMasks = new int[regions];
        for (int k = 0; k < samples; k++) {
            double w = 1;
            for (int i = 0; i < providers; i++) {
                providerUp[i] = providerDraw[i].up(random);
                w *= providerDraw[i].ratio(providerUp[i]);
            }
            for (int r = 0; r < regions; r++) {
                ownUp[r] = regionDraw[r].up(random);
                w *= regionDraw[r].ratio(ownUp[r]);
                int zoneMask = 0;
                for (int z = 0; z < s.zones[r]; z++) {
                    boolean up = zoneDraw[r].up(random);
                    zoneMask |= up ? 1 << z : 0;
                    w *= zoneDraw[r].ratio(up);
                }
                zoneMasks[r] = zoneMask;
                for (int j : s.regionPools[r]) {
                    Draw d = poolDraw[j][inUpZones[j] != null ? inUpZones[j][zoneMask]
                            : s.pool(j).instancesInUpZones(s.zones[r], zoneMask)];
                    poolUp[j] = d.up(random);
                    w *= d.ratio(poolUp[j]);
                }
            }
            for (int r = 0; r < regions; r++) {
                masks[r] = mask(s, r, poolUp, -1);
            }
            regionsUp(s, providerUp, ownUp, regionUp);
            boolean anyDown = shares.judge(overloads, regionUp, masks, zoneMasks, poolUp, read, write, brownout, w);
            for (int i = 0; i < n; i++) {
                double rf = needs.get(i).readFraction();
                double dr = (1 - read[i]) * w;
                double dw = (1 - write[i]) * w;
                downR[i] += dr;
                downW[i] += dw;
                double x = rf * dr + (1 - rf) * dw;
                sumX[i] += x;
                sumX2[i] += x * x;
            }
            if (!anyDown) {
                continue;
            }
            for (int e = 0; e < elements.size(); e++) {
                Element el = elements.get(e);
                if (!flip(s, el, providerUp, ownUp, poolUp, masks, true)) {
                    continue;
                }
                regionsUp(s, providerUp, ownUp, regionUp);
                shares.judge(overloads, regionUp, masks, zoneMasks, poolUp, read2, write2, null, 0);
                for (int i = 0; i < n; i++) {
                    gainR[e][i] += w * (read2[i] - read[i]);
                    gainW[e][i] += w * (write2[i] - write[i]);
                }
                flip(s, el, providerUp, ownUp, poolUp, masks, false);
                regionsUp(s, providerUp, ownUp, regionUp);
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = clamp(1 - downR[i] / samples);
            b[i] = clamp(1 - downW[i] / samples);
            double mean = sumX[i] / samples;
            double variance = Math.max(0, sumX2[i] / samples - mean * mean) * samples / Math.max(1, samples - 1);
            half[i] = Z95 * Math.sqrt(variance / samples);
        }
        for (int e = 0; e < elements.size(); e++) {
            for (int i = 0; i < n; i++) {
                gainR[e][i] /= samples;
                gainW[e][i] /= samples;
            }
        }
        for (int i = 0; i < n; i++) {
            brownout[i] /= samples;
        }
        return new Result(a, b, half, samples, List.copyOf(elements), gainR, gainW, brownout);
    }

    /**
     * Sets the element up in the current state when it is down ({@code up}), or back down afterwards; false when it
     * was up (nothing to judge).
     */
    private static boolean flip(FailureStructure s, Element el, boolean[] providerUp, boolean[] ownUp,
                                boolean[] poolUp, long[] masks, boolean up) {
        switch (el.kind()) {
            case PROVIDER -> {
                if (up && providerUp[el.index()]) {
                    return false;
                }
                providerUp[el.index()] = up;
            }
            case REGION -> {
                if (up && ownUp[el.index()]) {
                    return false;
                }
                ownUp[el.index()] = up;
            }
            case POOL -> {
                int j = el.index();
                if (poolUp[j]) {
                    return false;
                }
                int r = s.pool(j).regionIndex();
                masks[r] = mask(s, r, poolUp, up ? j : -1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Regions up: own state and provider. */
    private static void regionsUp(FailureStructure s, boolean[] providerUp, boolean[] ownUp, boolean[] regionUp) {
        for (int r = 0; r < regionUp.length; r++) {
            regionUp[r] = providerUp[s.regionProvider[r]] && ownUp[r];
        }
    }

    /** The region's events that hold with these pools up (and {@code forcedUp} up too). */
    static long mask(FailureStructure s, int r, boolean[] poolUp, int forcedUp) {
        long m = s.fullMask(r);
        for (int j : s.regionPools[r]) {
            if (!poolUp[j] && j != forcedUp) {
                m &= ~s.poolKill[j];
            }
        }
        return m;
    }

    /**
     * One element's biased draw: down with probability q = max(p, bias) (q = p when p is 0 or 1), and the
     * likelihood ratios that undo the bias.
     */
    private static final class Draw {
        final double q;
        final double upRatio;
        final double downRatio;

        Draw(double pDown, double bias) {
            q = pDown <= 0 ? 0 : pDown >= 1 ? 1 : Math.max(pDown, Math.min(bias, 0.5));
            upRatio = q >= 1 ? 0 : (1 - pDown) / (1 - q);
            downRatio = q <= 0 ? 0 : pDown / q;
        }

        boolean up(SplittableRandom random) {
            return random.nextDouble() >= q;
        }

        double ratio(boolean up) {
            return up ? upRatio : downRatio;
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
