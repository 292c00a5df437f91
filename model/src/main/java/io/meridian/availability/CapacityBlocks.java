package io.meridian.availability;

import io.meridian.capacity.TierLoad;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.OverloadBehaviour;
import java.util.HashMap;
import java.util.Map;

/**
 * A region's block ({@link RegionBlocks}) under a given load, with what its service tiers serve: per event mask,
 * Σ P(state) × the region's served share in that state. Given the zones, a service pool that does not autoscale has
 * c of its m instances in up zones up with the binomial probability C(m, c) a^c (1 − a)^(m − c); below its k it is
 * down (it clears the events that need it, as in the block); at k or more it carries c × capacity per instance, so
 * a tier that sheds serves min(1, c × capacity / load) and one that collapses serves 1 or nothing. An autoscaled
 * tier serves its warm fraction whatever its instances do (the group replaces the failed ones as it scales). The
 * region serves the smallest share of its tiers: every request passes every tier.
 */
final class CapacityBlocks {
    private CapacityBlocks() {
    }

    /** Per mask of the region's block: Σ P × served share, masks in ascending order. */
    record Served(long[] masks, double[] sums) {
        /** Σ P × served share over the states with this mask (0 when the mask never occurs). */
        double served(long mask) {
            int at = java.util.Arrays.binarySearch(masks, mask);
            return at < 0 ? 0 : sums[at];
        }
    }

    /**
     * A distribution over (event mask, served share) pairs in primitive arrays: this runs per zone state, pool, region
     * and slice, and boxed map entries cost most of the exact engine's time on a 30-region design. The pairs are few
     * (a region's pools × the distinct shares), so a pair is found by scanning.
     */
    private static final class Pairs {
        long[] masks;
        double[] shares;
        double[] probabilities;
        int size;

        Pairs(int capacity) {
            masks = new long[Math.max(4, capacity)];
            shares = new double[masks.length];
            probabilities = new double[masks.length];
        }

        void add(long mask, double share, double p) {
            for (int k = 0; k < size; k++) {
                if (masks[k] == mask && shares[k] == share) {
                    probabilities[k] += p;
                    return;
                }
            }
            if (size == masks.length) {
                masks = java.util.Arrays.copyOf(masks, size * 2);
                shares = java.util.Arrays.copyOf(shares, size * 2);
                probabilities = java.util.Arrays.copyOf(probabilities, size * 2);
            }
            masks[size] = mask;
            shares[size] = share;
            probabilities[size++] = p;
        }
    }

    /**
     * @param tiers the region's service tiers under this load, by component id (the capacity engine's figures)
     * @param load  requests/s the region carries
     */
    static Served of(FailureStructure s, int region, Element perfect, Map<String, TierLoad> tiers, double load,
                     Map<String, Component> components) {
        int zones = s.zones[region];
        int[] pools = s.regionPools[region];
        double constant = 1;
        java.util.Set<String> inBlock = new java.util.HashSet<>();
        for (int j : pools) {
            inBlock.add(s.pool(j).componentId());
        }
        for (TierLoad t : tiers.values()) {
            // A tier no event needs (or one that autoscales) serves its capacity-level fraction in every state.
            ComponentSpec.Service spec = (ComponentSpec.Service) components.get(t.componentId()).spec();
            if (!inBlock.contains(t.componentId()) || spec.autoscales()) {
                constant = Math.min(constant, t.servedFraction());
            }
        }
        // Per pool, worked out once for every zone state: whether its instance count matters, and its spec.
        boolean[] counted = new boolean[pools.length];
        ComponentSpec.Service[] services = new ComponentSpec.Service[pools.length];
        for (int q = 0; q < pools.length; q++) {
            Pool pool = s.pool(pools[q]);
            TierLoad t = tiers.get(pool.componentId());
            ComponentSpec spec = components.get(pool.componentId()).spec();
            counted[q] = t != null && spec instanceof ComponentSpec.Service svc && !svc.autoscales()
                    && pool.needed() * svc.capacityPerInstanceRps() < load;
            services[q] = counted[q] ? (ComponentSpec.Service) spec : null;
        }
        // Scratch for a pool's distinct shares, reused: a pool of hundreds of instances would otherwise allocate
        // two arrays of that size per zone state, pool and slice (tens of megabytes per evaluation at 30 regions).
        double[] shares = new double[0];
        double[] shareP = new double[0];
        Map<Long, double[]> total = new HashMap<>();
        for (int zoneMask = 0; zoneMask < (1 << zones); zoneMask++) {
            double pz = s.zoneStateProbability(region, zoneMask);
            if (pz == 0) {
                continue;
            }
            Pairs dist = new Pairs(4);
            dist.add(s.fullMask(region), constant, pz);
            for (int q = 0; q < pools.length; q++) {
                int j = pools[q];
                Pool pool = s.pool(j);
                int m = pool.instancesInUpZones(zones, zoneMask);
                long kill = ~s.poolKill[j];
                Pairs next = new Pairs(dist.size * 2);
                if (!counted[q]) {
                    double up = Element.perfect(perfect, ElementKind.POOL, j) ? 1
                            : s.upWithInstancesInUpZones(j, m);
                    for (int e = 0; e < dist.size; e++) {
                        if (up > 0) {
                            next.add(dist.masks[e], dist.shares[e], dist.probabilities[e] * up);
                        }
                        if (up < 1) {
                            next.add(dist.masks[e] & kill, dist.shares[e], dist.probabilities[e] * (1 - up));
                        }
                    }
                } else {
                    ComponentSpec.Service svc = services[q];
                    boolean perfectPool = Element.perfect(perfect, ElementKind.POOL, j);
                    double[] upCount = perfectPool ? allUp(pool.instances()) : s.instancesUp(j, m);
                    // A large pool's smaller counts have probability 0 (below double's range): start above them.
                    int fewest = perfectPool ? pool.instances() : s.fewestInstancesUp(j, m);
                    // Instance counts with the same outcome merge first: every count from the one that carries the
                    // load up serves in full, so a pool of hundreds meets the distribution a handful of times.
                    // The share is non-decreasing in the count, so equal shares are adjacent: summed in place.
                    double downP = 0;
                    if (shares.length < upCount.length) {
                        shares = new double[upCount.length];
                        shareP = new double[upCount.length];
                    }
                    int distinct = 0;
                    // The current share's sum is kept in a local and stored when the share changes: summed in
                    // shareP[distinct - 1] itself, every count waited for the previous one's store (the loop was
                    // nine tenths of this method). The same additions in the same order.
                    double run = 0;
                    int count = fewest;
                    for (; count < upCount.length && count < pool.needed(); count++) {
                        downP += upCount[count]; // a count of probability 0 adds nothing
                    }
                    for (; count < upCount.length; count++) {
                        if (upCount[count] == 0) {
                            continue;
                        }
                        double share = tierShare(svc, count, load);
                        if (distinct > 0 && shares[distinct - 1] == share) {
                            run += upCount[count];
                        } else {
                            if (distinct > 0) {
                                shareP[distinct - 1] = run;
                            }
                            shares[distinct++] = share;
                            run = upCount[count];
                        }
                    }
                    if (distinct > 0) {
                        shareP[distinct - 1] = run;
                    }
                    for (int e = 0; e < dist.size; e++) {
                        long mask = dist.masks[e];
                        double share = dist.shares[e];
                        double p = dist.probabilities[e];
                        if (downP > 0) {
                            next.add(mask & kill, share, p * downP);
                        }
                        for (int c = 0; c < distinct; c++) {
                            next.add(mask, Math.min(share, shares[c]), p * shareP[c]);
                        }
                    }
                }
                dist = next;
            }
            for (int e = 0; e < dist.size; e++) {
                double[] v = total.computeIfAbsent(dist.masks[e], x -> new double[1]);
                v[0] += dist.probabilities[e] * dist.shares[e];
            }
        }
        long[] masks = total.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        double[] sums = new double[masks.length];
        for (int k = 0; k < masks.length; k++) {
            sums[k] = total.get(masks[k])[0];
        }
        return new Served(masks, sums);
    }

    /** Share a tier that does not autoscale serves with c instances up. */
    static double tierShare(ComponentSpec.Service svc, int c, double load) {
        double capacity = c * svc.capacityPerInstanceRps();
        if (svc.overload() == OverloadBehaviour.COLLAPSE) {
            return load <= capacity * (1 + 1e-9) ? 1 : 0;
        }
        return load <= capacity * (1 + 1e-9) ? 1 : capacity / load;
    }

    /** A perfect pool: all its instances up whatever the zones. */
    private static double[] allUp(int n) {
        double[] p = new double[n + 1];
        p[n] = 1;
        return p;
    }

    /** P(exactly c of m up), c = 0..m, by the recurrence in logs (pools of thousands neither overflow nor underflow). */
    static double[] binomial(double a, int m) {
        double[] p = new double[m + 1];
        if (a >= 1) {
            p[m] = 1;
            return p;
        }
        if (a <= 0) {
            p[0] = 1;
            return p;
        }
        double logA = Math.log(a);
        double logB = Math.log1p(-a);
        double logTerm = m * logB;
        double[] log = logs(m);
        for (int c = 0; c <= m; c++) {
            // exp underflows to exactly 0 below −745.2: most counts of a large pool are there, and skipping the
            // call changes nothing.
            p[c] = logTerm < UNDERFLOW ? 0 : Math.exp(logTerm);
            if (c < m) {
                logTerm += log[m - c] - log[c + 1] + logA - logB;
            }
        }
        return p;
    }

    private static final double UNDERFLOW = -746;
    /** log(k) for k = 0..n, grown on demand and shared (the same values Math.log gives each time). */
    private static volatile double[] knownLogs = new double[0];

    private static double[] logs(int n) {
        double[] known = knownLogs;
        if (known.length > n) {
            return known;
        }
        synchronized (CapacityBlocks.class) {
            known = knownLogs;
            if (known.length <= n) {
                double[] grown = java.util.Arrays.copyOf(known, Math.max(n + 1, 2 * known.length));
                for (int k = Math.max(1, known.length); k < grown.length; k++) {
                    grown[k] = Math.log(k);
                }
                knownLogs = grown;
                known = grown;
            }
            return known;
        }
    }
}
