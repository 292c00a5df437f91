package io.meridian.availability;

import java.util.HashMap;
import java.util.Map;

/**
 * The closed form inside one region: given the region up, the probability of each combination of its events
 * (which of its dependency chains are whole). Zone states are enumerated (2^zones); given them, pools are
 * independent k-of-n closed forms over the instances in up zones, folded in one at a time: a pool down clears the
 * events that need it.
 */
final class RegionBlocks {
    private RegionBlocks() {
    }

    /** The distribution over event masks; {@code states} counts zone states × masks visited. */
    record Distribution(long[] masks, double[] probabilities, long states) {
    }

    static Distribution of(FailureStructure s, int region, Element perfect) {
        int zones = s.zones[region];
        int[] pools = s.regionPools[region];
        Map<Long, Double> total = new HashMap<>();
        long states = 0;
        for (int zoneMask = 0; zoneMask < (1 << zones); zoneMask++) {
            double pz = s.zoneStateProbability(region, zoneMask);
            if (pz == 0) {
                continue;
            }
            Map<Long, Double> dist = new HashMap<>();
            dist.put(s.fullMask(region), pz);
            for (int i = 0; i < pools.length; i++) {
                int j = pools[i];
                Pool pool = s.pool(j);
                double up = Element.perfect(perfect, ElementKind.POOL, j) ? 1
                        : s.upWithInstancesInUpZones(j, pool.instancesInUpZones(zones, zoneMask));
                Map<Long, Double> next = new HashMap<>();
                for (Map.Entry<Long, Double> e : dist.entrySet()) {
                    if (up > 0) {
                        next.merge(e.getKey(), e.getValue() * up, Double::sum);
                    }
                    if (up < 1) {
                        next.merge(e.getKey() & ~s.poolKill[j], e.getValue() * (1 - up), Double::sum);
                    }
                }
                dist = next;
                states += dist.size();
            }
            dist.forEach((mask, p) -> total.merge(mask, p, Double::sum));
            states++;
        }
        long[] masks = new long[total.size()];
        double[] probabilities = new double[total.size()];
        int i = 0;
        for (Map.Entry<Long, Double> e : total.entrySet()) {
            masks[i] = e.getKey();
            probabilities[i++] = e.getValue();
        }
        return new Distribution(masks, probabilities, states);
    }
}
