package io.meridian.availability;

import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierLoad;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Defaults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What autoscaling's warm-up costs: the capacity-judged slices count each autoscaled tier at its warm capacity,
 * but for its first warm-up minutes after the failure that leads into the slice, it runs only the instances it had.
 * Per population: Σ over the failure events that lead into a slice (the region's own events and those of the pools
 * of its serving chain for one region's chain; the provider's for a provider's regions) of events/year × ∫ over
 * the warm-up (served once warm − served while warming) dt, each region's tiers warming in their own minutes.
 * Zone events are left out (a zone rarely breaks a whole chain). Also the brownout time this adds: the minutes in
 * which the population is served only in part although, once warm, it is served in full.
 */
final class WarmupCharges {
    private WarmupCharges() {
    }

    /** Per population: availability lost to warm-ups (a fraction of the year), and brownout minutes per year. */
    record Charges(double[] loss, double[] brownoutMinutes) {
    }

    static Charges of(FailureStructure s, CapacitySlices slices) {
        int n = s.populationNeeds.size();
        double[] loss = new double[n];
        double[] brownout = new double[n];
        for (CapacitySlices.Slice sl : slices.slices) {
            double perYear = eventsPerYear(s, sl);
            if (perYear == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                int[] routed = sl.routed[i];
                if (routed == null || sl.warmupServed[i] >= sl.served[i]) {
                    continue;
                }
                double lostMinutes = 0;
                double partMinutes = 0;
                for (int q = 0; q < routed.length; q++) {
                    int x = routed[q];
                    if (sl.loads[x] != null) {
                        double[] r = region(s, sl.loads[x]);
                        lostMinutes += sl.weights[i][q] * r[0];
                        partMinutes = Math.max(partMinutes, r[1]);
                    }
                }
                loss[i] += perYear * lostMinutes / (Defaults.HOURS_PER_YEAR * 60);
                if (sl.served[i] >= 1) {
                    brownout[i] += perYear * partMinutes;
                }
            }
        }
        return new Charges(loss, brownout);
    }

    /**
     * {∫ (warm share − share at t) dt over the warm-up, minutes until the region serves in full} for one region:
     * its share at t is the smallest over its tiers of (warm fraction once t ≥ the tier's warm-up, else its fraction
     * with the instances it had).
     */
    private static double[] region(FailureStructure s, RegionLoad rl) {
        List<TierLoad> tiers = rl.tiers();
        double[] warmup = new double[tiers.size()];
        List<Double> times = new ArrayList<>();
        times.add(0.0);
        for (int k = 0; k < tiers.size(); k++) {
            ComponentSpec.Service spec = (ComponentSpec.Service) s.topology.component(tiers.get(k).componentId())
                    .orElseThrow().spec();
            warmup[k] = spec.autoscales() ? spec.warmupMinutes() : 0;
            times.add(warmup[k]);
        }
        double[] points = times.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
        double lost = 0;
        double partial = 0;
        double warm = rl.servedShare().value();
        for (int p = 0; p + 1 < points.length; p++) {
            double share = 1;
            for (int k = 0; k < tiers.size(); k++) {
                TierLoad t = tiers.get(k);
                share = Math.min(share, points[p] < warmup[k] ? t.warmupServedFraction() : t.servedFraction());
            }
            lost += (points[p + 1] - points[p]) * (warm - share);
            if (share < 1) {
                partial = points[p + 1];
            }
        }
        return new double[] {lost, partial};
    }

    /** Failure events per year that lead into the slice: D's region, its chain's pools, or D's provider. */
    private static double eventsPerYear(FailureStructure s, CapacitySlices.Slice sl) {
        if (sl.d.length == 0) {
            return 0;
        }
        double perYear = 0;
        for (int q = 0; q < s.providers.size(); q++) {
            boolean[] chainRegions = new boolean[s.regions.size()];
            for (int r = 0; r < chainRegions.length; r++) {
                chainRegions[r] = s.regionProvider[r] == q && s.serve[r] != null;
            }
            if (Arrays.equals(chainRegions, sl.inD)) {
                perYear += ClosedForms.eventsPerYear(s.providerAvailability(q), s.providerMttrHours(q));
            }
        }
        if (sl.d.length == 1) {
            int r = sl.d[0];
            perYear += ClosedForms.eventsPerYear(s.regionAvailability(r), s.regions.get(r).mttrHours());
            long serveEvent = 1L << s.serve[r].events()[0];
            for (int j : s.regionPools[r]) {
                Pool p = s.pool(j);
                if (s.serve[r].regions().length == 1 && (s.poolKill[j] & serveEvent) != 0) {
                    perYear += ClosedForms.poolFailuresPerYear(p.instanceAvailability(), p.needed(), p.instances(),
                            p.mttrHours());
                }
            }
        }
        return perYear;
    }
}
