package io.meridian.latency;

import io.meridian.model.Figure;
import io.meridian.model.ModelException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A latency over all the regions that serve a population: per region, the share-weighted mean and the worst,
 * each for typical RTTs and for floors.
 */
public record WeightedLatency(List<ServedLatency> byRegion, Figure meanMs, Figure worstMs, Figure floorMeanMs,
                              Figure floorWorstMs) {
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
                worst(what, byRegion, ServedLatency::typicalMs),
                mean(what + " floor", byRegion, ServedLatency::floorMs),
                worst(what + " floor", byRegion, ServedLatency::floorMs));
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

    private static Figure worst(String what, List<ServedLatency> byRegion, Function<ServedLatency, Figure> figure) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double max = 0;
        for (ServedLatency s : byRegion) {
            double value = figure.apply(s).value();
            inputs.put("latency " + s.regionId(), value);
            max = Math.max(max, value);
        }
        return new Figure("worst " + what, max, "ms", "max latency over the serving regions", inputs);
    }
}
