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
        if (!distinctRegions(byRegion)) {
            return meanByMap(what, byRegion, figure);
        }
        String[] names = new String[2 * byRegion.size()];
        double[] values = new double[names.length];
        double sum = 0;
        for (int q = 0; q < byRegion.size(); q++) {
            ServedLatency s = byRegion.get(q);
            double value = figure.apply(s).value();
            names[2 * q] = INPUT_NAMES.get(s.regionId(), 0);
            values[2 * q] = s.share();
            names[2 * q + 1] = INPUT_NAMES.get(s.regionId(), 1);
            values[2 * q + 1] = value;
            sum += s.share() * value;
        }
        return Figure.of("mean " + what, sum, "ms", MEAN, names, values);
    }

    private static Figure slowest(String name, List<ServedLatency> byRegion, Function<ServedLatency, Figure> figure) {
        if (!distinctRegions(byRegion)) {
            return slowestByMap(name, byRegion, figure);
        }
        String[] names = new String[byRegion.size()];
        double[] values = new double[names.length];
        double max = 0;
        for (int q = 0; q < byRegion.size(); q++) {
            ServedLatency s = byRegion.get(q);
            double value = figure.apply(s).value();
            names[q] = INPUT_NAMES.get(s.regionId(), 1);
            values[q] = value;
            max = Math.max(max, value);
        }
        return Figure.of(name, max, "ms", SLOWEST, names, values);
    }

    private static final String MEAN = "Σ share × latency over the serving regions";
    private static final String SLOWEST = "max over the serving regions";

    /** Each serving region once (always, from the engine; a hand-built list may repeat one: then as a map would). */
    private static boolean distinctRegions(List<ServedLatency> byRegion) {
        for (int i = 0; i < byRegion.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (byRegion.get(j).regionId().equals(byRegion.get(i).regionId())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Figure meanByMap(String what, List<ServedLatency> byRegion,
                                    Function<ServedLatency, Figure> figure) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double sum = 0;
        for (ServedLatency s : byRegion) {
            double value = figure.apply(s).value();
            inputs.put("share " + s.regionId(), s.share());
            inputs.put("latency " + s.regionId(), value);
            sum += s.share() * value;
        }
        return new Figure("mean " + what, sum, "ms", MEAN, inputs);
    }

    private static Figure slowestByMap(String name, List<ServedLatency> byRegion,
                                       Function<ServedLatency, Figure> figure) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double max = 0;
        for (ServedLatency s : byRegion) {
            double value = figure.apply(s).value();
            inputs.put("latency " + s.regionId(), value);
            max = Math.max(max, value);
        }
        return new Figure(name, max, "ms", SLOWEST, inputs);
    }

    /** "share r" and "latency r", one copy per region id. */
    private static final DerivedTexts INPUT_NAMES = new DerivedTexts(id -> new String[] {"share " + id,
            "latency " + id});
}
