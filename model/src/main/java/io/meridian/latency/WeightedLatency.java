package io.meridian.latency;

import io.meridian.model.Figure;
import io.meridian.model.ModelException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A latency over all the regions that serve a population: the share-weighted mean of the regions' medians (p50), the
 * slowest region's median, the same two on the physical floor, and the 99th percentile.
 *
 * @param meanMs                share-weighted mean of the serving regions' median latencies
 * @param slowestRegionMs       the median latency through the slowest serving region (a median, not a tail)
 * @param floorMeanMs           {@code meanMs} with every hop at its physical floor and no service time
 * @param floorSlowestRegionMs  {@code slowestRegionMs} on the floor
 * @param p99Ms                 the largest of the serving regions' p99 latencies: an upper bound on the population's
 *                              p99 (its requests mix the regions), exact when one region serves it
 */
public record WeightedLatency(List<ServedLatency> byRegion, Figure meanMs, Figure slowestRegionMs, Figure floorMeanMs,
                              Figure floorSlowestRegionMs, Figure p99Ms) {
    public WeightedLatency {
        byRegion = List.copyOf(byRegion);
        if (byRegion.isEmpty()) {
            throw new ModelException("byRegion", "needs at least one serving region");
        }
    }

    /** Summarises per-region latencies of one kind (e.g. "read latency"). */
    public static WeightedLatency of(String what, List<ServedLatency> byRegion) {
        return new WeightedLatency(byRegion,
                mean(what, byRegion, ServedLatency::typicalMs),
                slowest("slowest region's " + what, byRegion, ServedLatency::typicalMs),
                mean(what + " floor", byRegion, ServedLatency::floorMs),
                slowest("slowest region's " + what + " floor", byRegion, ServedLatency::floorMs),
                slowest("p99 " + what, byRegion, ServedLatency::p99Ms));
    }

    private static Figure mean(String what, List<ServedLatency> byRegion, Function<ServedLatency, Figure> figure) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double sum = 0;
        for (ServedLatency s : byRegion) {
            double value = figure.apply(s).value();
            inputs.put("share " + s.regionId(), s.share());
            inputs.put("latency " + s.regionId(), value);
            sum += s.share() * value;
        }
        return new Figure("mean " + what, sum, "ms", "Σ share × latency over the serving regions", inputs);
    }

    private static Figure slowest(String name, List<ServedLatency> byRegion, Function<ServedLatency, Figure> figure) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double max = 0;
        for (ServedLatency s : byRegion) {
            double value = figure.apply(s).value();
            inputs.put("latency " + s.regionId(), value);
            max = Math.max(max, value);
        }
        return new Figure(name, max, "ms", "max over the serving regions", inputs);
    }
}
