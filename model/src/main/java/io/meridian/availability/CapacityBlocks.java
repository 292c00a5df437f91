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

    /** Per mask of the region's block: P(mask) and Σ P × served share. */
    record Served(Map<Long, double[]> byMask) {
        /** Σ P × served share over the states with this mask (0 when the mask never occurs). */
        double served(long mask) {
            double[] v = byMask.get(mask);
            return v == null ? 0 : v[1];
        }
    }

    private record Key(long mask, double share) {
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
        Map<Long, double[]> total = new HashMap<>();
        for (int zoneMask = 0; zoneMask < (1 << zones); zoneMask++) {
            double pz = s.zoneStateProbability(region, zoneMask);
            if (pz == 0) {
                continue;
            }
            Map<Key, Double> dist = new HashMap<>();
            dist.put(new Key(s.fullMask(region), constant), pz);
            for (int j : pools) {
                Pool pool = s.pool(j);
                int m = pool.instancesInUpZones(zones, zoneMask);
                TierLoad t = tiers.get(pool.componentId());
                ComponentSpec spec = components.get(pool.componentId()).spec();
                boolean counted = t != null && spec instanceof ComponentSpec.Service svc && !svc.autoscales()
                        && pool.needed() * svc.capacityPerInstanceRps() < load;
                Map<Key, Double> next = new HashMap<>();
                if (!counted) {
                    double up = Element.perfect(perfect, ElementKind.POOL, j) ? 1
                            : s.upWithInstancesInUpZones(j, m);
                    for (Map.Entry<Key, Double> e : dist.entrySet()) {
                        if (up > 0) {
                            next.merge(e.getKey(), e.getValue() * up, Double::sum);
                        }
                        if (up < 1) {
                            next.merge(new Key(e.getKey().mask() & ~s.poolKill[j], e.getKey().share()),
                                    e.getValue() * (1 - up), Double::sum);
                        }
                    }
                } else {
                    ComponentSpec.Service svc = (ComponentSpec.Service) spec;
                    double[] upCount = Element.perfect(perfect, ElementKind.POOL, j) ? allUp(pool.instances())
                            : s.instancesUp(j, m);
                    // Instance counts with the same outcome merge first: every count from the one that carries the
                    // load up serves in full, so a pool of hundreds meets the distribution a handful of times.
                    // The share is non-decreasing in the count, so equal shares are adjacent: summed in place, in
                    // primitive arrays (this loop runs per pool, region and slice; boxing it cost a third of it).
                    double downP = 0;
                    double[] shares = new double[upCount.length];
                    double[] shareP = new double[upCount.length];
                    int distinct = 0;
                    for (int c = 0; c < upCount.length; c++) {
                        if (upCount[c] == 0) {
                            continue;
                        }
                        if (c < pool.needed()) {
                            downP += upCount[c];
                        } else {
                            double share = tierShare(svc, c, load);
                            if (distinct > 0 && shares[distinct - 1] == share) {
                                shareP[distinct - 1] += upCount[c];
                            } else {
                                shares[distinct] = share;
                                shareP[distinct++] = upCount[c];
                            }
                        }
                    }
                    for (Map.Entry<Key, Double> e : dist.entrySet()) {
                        long mask = e.getKey().mask();
                        double share = e.getKey().share();
                        if (downP > 0) {
                            next.merge(new Key(mask & ~s.poolKill[j], share), e.getValue() * downP, Double::sum);
                        }
                        for (int c = 0; c < distinct; c++) {
                            next.merge(new Key(mask, Math.min(share, shares[c])), e.getValue() * shareP[c],
                                    Double::sum);
                        }
                    }
                }
                dist = next;
            }
            dist.forEach((k, p) -> {
                double[] v = total.computeIfAbsent(k.mask(), x -> new double[2]);
                v[0] += p;
                v[1] += p * k.share();
            });
        }
        return new Served(total);
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
        for (int c = 0; c <= m; c++) {
            p[c] = Math.exp(logTerm);
            if (c < m) {
                logTerm += Math.log(m - c) - Math.log(c + 1) + logA - logB;
            }
        }
        return p;
    }
}
