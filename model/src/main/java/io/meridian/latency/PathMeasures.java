package io.meridian.latency;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Defaults;
import io.meridian.model.ServiceTime;
import io.meridian.model.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three measures every read and write path is timed with, and the service times along it. A hop between two
 * regions costs their RTT (typical: the median; p99: {@link Defaults#NETWORK_P99_FACTOR} × the median; floor: the
 * physical floor); a hop between two components of one region costs {@link Defaults#INTRA_REGION_RTT_MS} (p99
 * {@link Defaults#INTRA_REGION_RTT_P99_MS}, floor 0). Service times: the service tiers of the serving region (the
 * request passes through each) and the data copy that answers; a component that states none takes 0.
 */
final class PathMeasures {
    /** An RTT between two regions under one measure. */
    interface Rtt {
        double ms(String fromRegionId, String toRegionId);
    }

    /** The percentile a figure is taken at. */
    enum Percentile {
        P50, P99
    }

    private final RegionLatencies regions;
    private final Topology topology;
    private final Map<String, double[]> entryByRegion = new HashMap<>();
    /** The measured region pairs the path being timed crossed, while one is recorded; else null. */
    private java.util.SortedSet<String> measuredHops;

    PathMeasures(RegionLatencies regions, Topology topology) {
        this.regions = regions;
        this.topology = topology;
    }

    RegionLatencies regions() {
        return regions;
    }

    /** Median hops: the typical RTT between regions, the intra-region RTT within one. */
    double typical(String from, String to) {
        note(from, to);
        return from.equals(to) ? Defaults.INTRA_REGION_RTT_MS : regions.typicalRttMs(from, to);
    }

    /** 99th-percentile hops. */
    double p99(String from, String to) {
        note(from, to);
        return from.equals(to) ? Defaults.INTRA_REGION_RTT_P99_MS
                : Defaults.NETWORK_P99_FACTOR * regions.typicalRttMs(from, to);
    }

    /** Physical floors: 0 within a region (the zones' distance is not known). */
    double floor(String from, String to) {
        return regions.floorRttMs(from, to);
    }

    /** Starts noting the measured pairs the next path crosses. */
    void recordMeasuredHops() {
        measuredHops = new java.util.TreeSet<>();
    }

    /**
     * What to add to the path's route so that a reader sees which legs are measurements ("; measured RTT a ↔ b"),
     * empty when none is; stops noting.
     */
    String measuredHopsNote() {
        java.util.SortedSet<String> hops = measuredHops;
        measuredHops = null;
        return hops == null || hops.isEmpty() ? "" : "; measured RTT " + String.join(", ", hops);
    }

    private void note(String from, String to) {
        if (measuredHops != null && regions.measured(from, to)) {
            measuredHops.add(from.compareTo(to) < 0 ? from + " ↔ " + to : to + " ↔ " + from);
        }
    }

    /** A user's RTT to the serving region at the 99th percentile. */
    static double clientP99(PathLatency client) {
        return Defaults.NETWORK_P99_FACTOR * client.typicalRttMs().value();
    }

    /** Σ service time of the service tiers in the serving region (the request's entry), at a percentile. */
    double entryServiceMs(String regionId, Percentile p) {
        double[] both = entryByRegion.computeIfAbsent(regionId, r -> {
            double p50 = 0;
            double p99 = 0;
            for (Component c : topology.componentsIn(r)) {
                if (c.kind() == ComponentKind.SERVICE && c.serviceTime() != null) {
                    p50 += c.serviceTime().p50Ms();
                    p99 += c.serviceTime().p99Ms();
                }
            }
            return new double[] {p50, p99};
        });
        return p == Percentile.P50 ? both[0] : both[1];
    }

    /** The service time of one component (a data copy), at a percentile; 0 when not stated. */
    double serviceMs(String componentId, Percentile p) {
        ServiceTime t = topology.component(componentId).map(Component::serviceTime).orElse(null);
        return t == null ? 0 : p == Percentile.P50 ? t.p50Ms() : t.p99Ms();
    }

    /** The slowest of several copies' service times (they work in parallel, e.g. 2PC participants preparing). */
    double slowestServiceMs(List<String> componentIds, Percentile p) {
        return componentIds.stream().mapToDouble(id -> serviceMs(id, p)).max().orElse(0);
    }
}
