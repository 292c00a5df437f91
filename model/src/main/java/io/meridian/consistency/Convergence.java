package io.meridian.consistency;

import io.meridian.latency.RegionLatencies;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.Topology;
import io.meridian.placement.DatasetPlacement;
import java.util.List;

/**
 * Seconds until a diverged dataset agrees again after a partition heals: the operations queued during the partition
 * (writes/s × Assumptions.partitionSeconds, from every side) drained at the merge rate, plus one round trip between
 * the farthest two copies (each side ships its log and learns the other has it). A merge rate of 0 means "not
 * stated": merging is then taken as instant, as a zero apply rate is elsewhere.
 */
final class Convergence {
    private Convergence() {
    }

    static Figure of(Topology topology, RegionLatencies latencies, DatasetPlacement p) {
        Dataset d = p.dataset();
        double partition = topology.assumptions().partitionSeconds();
        double rtt = maxRttMs(latencies, p.regions());
        if (d.mergeRatePerSecond() == 0) {
            return Figure.of("convergence", rtt / 1000, "s",
                    "maxRtt / 1000 (no mergeRatePerSecond stated: merging taken as instant)", "maxRtt", rtt);
        }
        double queued = d.writesPerSecond() * partition;
        return Figure.of("convergence", queued / d.mergeRatePerSecond() + rtt / 1000, "s",
                "writesPerSecond × partitionSeconds / mergeRatePerSecond + maxRtt / 1000",
                "writesPerSecond", d.writesPerSecond(), "partitionSeconds", partition,
                "mergeRatePerSecond", d.mergeRatePerSecond(), "maxRtt", rtt);
    }

    /** The largest typical RTT between two regions holding copies (ms). */
    private static double maxRttMs(RegionLatencies latencies, List<String> regions) {
        double max = 0;
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                max = Math.max(max, latencies.typicalRttMs(regions.get(i), regions.get(j)));
            }
        }
        return max;
    }
}
