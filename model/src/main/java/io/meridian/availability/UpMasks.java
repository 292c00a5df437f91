package io.meridian.availability;

import java.util.Arrays;

/**
 * What the judgement of a simulated state reads, derived from the domains' states ({@link SimulatedDomains}): the
 * regions up (own state and provider), the pools up, and each region's events that hold with those pools. Kept in
 * step with each change of one domain: rebuilding all of it at every new state from thousands of pools took most of
 * a 300-region simulation.
 */
final class UpMasks {
    final boolean[] regionUp;
    final boolean[] poolUp;
    final long[] masks;
    private final SimulatedDomains dom;
    private final FailureStructure s;

    UpMasks(SimulatedDomains dom) {
        this.dom = dom;
        this.s = dom.s;
        regionUp = new boolean[s.regions.size()];
        poolUp = new boolean[s.pools.size()];
        masks = new long[s.regions.size()];
    }

    /** Everything from every domain's state (the start of a year). */
    void rebuild(boolean[] down) {
        for (int j = 0; j < poolUp.length; j++) {
            poolUp[j] = dom.poolDomain[j] < 0 || !down[dom.poolDomain[j]];
        }
        for (int r = 0; r < regionUp.length; r++) {
            regionUp[r] = regionUp(r, down);
            masks[r] = MonteCarloSampling.mask(s, r, poolUp, -1);
        }
    }

    /** Domain d changed state: the one pool's region mask, the one region, or a provider's regions follow. */
    void flipped(int d, boolean[] down) {
        switch (dom.kind[d]) {
            case SimulatedDomains.POOL -> {
                int j = dom.index[d];
                poolUp[j] = !down[d];
                int r = s.pool(j).regionIndex();
                masks[r] = MonteCarloSampling.mask(s, r, poolUp, -1);
            }
            case SimulatedDomains.REGION -> regionUp[dom.index[d]] = regionUp(dom.index[d], down);
            case SimulatedDomains.PROVIDER -> {
                for (int r = 0; r < regionUp.length; r++) {
                    if (s.regionProvider[r] == dom.index[d]) {
                        regionUp[r] = regionUp(r, down);
                    }
                }
            }
            default -> {
                // Zones act through the zone masks, common causes on top of the judgement: nothing derived here.
            }
        }
    }

    /** The arrays equal those rebuilt from every domain's state (an assertion's check; it rebuilds them). */
    boolean inStep(boolean[] down) {
        boolean[] pools = poolUp.clone();
        boolean[] regions = regionUp.clone();
        long[] m = masks.clone();
        rebuild(down);
        return Arrays.equals(pools, poolUp) && Arrays.equals(regions, regionUp) && Arrays.equals(m, masks);
    }

    private boolean regionUp(int r, boolean[] down) {
        return !down[s.regionProvider[r]] && !down[s.providers.size() + r];
    }
}
