package io.meridian.evaluation;

import io.meridian.model.Topology;
import java.util.Locale;

/**
 * The largest design the engine evaluates, checked before it starts so that a design beyond it gets one line
 * instead of minutes of work and an OutOfMemoryError. The limits come from what grows faster than the design:
 * <ul>
 *   <li>the capacity report describes every region in each region's failure and the availability engine judges
 *   each of those failures over every region the populations' writes couple: both grow as regions²;</li>
 *   <li>the latency report has a write latency, with its explained figures (≈ 2.5 KB), for every dataset ×
 *   population.</li>
 * </ul>
 * Measured with the command line (docs/benchmarks.md, "Stop 26"): a 1,000-region, 10,000-component,
 * 100-population design with 1,000 datasets (every limit reached at once) evaluates in about 4 s, within a 1 GB heap.
 *
 * <p>The analyses that evaluate a design many times over — simulated years, sampling the ranges on its inputs, the
 * design search — have lower limits ({@link Analysis}), where they were measured to finish in minutes.
 */
public final class EvaluationLimits {
    /** Regions: the quadratic terms above stay within ≈ 4 s and a 1 GB heap at 1,000 (measured). */
    public static final int MAX_REGIONS = 1_000;
    /** Components: ten per region at the region limit (each is a pool the availability ranking perturbs). */
    public static final int MAX_COMPONENTS = 10_000;
    /** Populations: each is routed, judged and ranked over every region. */
    public static final int MAX_POPULATIONS = 500;
    /** Datasets × populations: one explained write latency each, ≈ 2.5 KB, so ≈ 250 MB at the limit. */
    public static final long MAX_WRITE_LATENCIES = 100_000;
    /** Regions of a design an {@link Analysis} takes: simulated years of 300 regions take about two minutes. */
    public static final int MAX_ANALYSIS_REGIONS = 300;
    /** Components of a design an {@link Analysis} takes. */
    public static final int MAX_ANALYSIS_COMPONENTS = 3_000;

    /** The analyses that evaluate or judge a design many times over, each with why it has the lower limits. */
    public enum Analysis {
        YEARS("for simulated years", "at least 10,000 years each judge the design's failures as they come"),
        RANGES("for sampling the ranges", "each of up to 500 sampled designs is evaluated in full"),
        SEARCH("to search", "each candidate design is evaluated in full");

        private final String what;
        private final String why;

        Analysis(String what, String why) {
            this.what = what;
            this.why = why;
        }
    }

    private EvaluationLimits() {
    }

    /** Throws a {@link DesignTooLargeException}, naming the element list and the limit, when the design is beyond them. */
    public static void check(Topology topology) {
        check(topology, "$");
    }

    /**
     * The same for a topology at this JSON path in its file ({@code $} for the baseline, {@code $.alternatives[0]}
     * for the first alternative), which the exception's field starts with.
     */
    public static void check(Topology topology, String path) {
        long regions = topology.regions().size();
        long components = topology.components().size();
        long populations = topology.populations().size();
        long datasets = topology.datasets().size();
        refuse(path + ".regions", "to evaluate", regions, MAX_REGIONS, "regions",
                "each region's failure is judged over every region, so the work grows as regions²");
        refuse(path + ".components", "to evaluate", components, MAX_COMPONENTS, "components",
                "each is a pool the availability ranking judges on its own");
        refuse(path + ".populations", "to evaluate", populations, MAX_POPULATIONS, "populations",
                "each is routed and judged over every region and every failure");
        refuse(path + ".datasets", "to evaluate", datasets * Math.max(1, populations), MAX_WRITE_LATENCIES,
                "write latencies (datasets × populations)", "each is an explained figure");
    }

    /**
     * Refuses a topology (at this JSON path) that the analysis would take too long over: beyond the evaluation's
     * limits, or beyond the analyses' lower ones. Checked before the analysis starts, and before the evaluation it
     * needs when the caller can.
     */
    public static void check(Topology topology, String path, Analysis analysis) {
        check(topology, path);
        String why = analysis.why + String.format(Locale.ROOT, " (a single evaluation takes up to %,d regions)",
                MAX_REGIONS);
        refuse(path + ".regions", analysis.what, topology.regions().size(), MAX_ANALYSIS_REGIONS, "regions", why);
        refuse(path + ".components", analysis.what, topology.components().size(), MAX_ANALYSIS_COMPONENTS,
                "components", why);
    }

    private static void refuse(String path, String what, long value, long max, String unit, String why) {
        if (value > max) {
            throw new DesignTooLargeException(path, String.format(Locale.ROOT,
                    "too large %s: %,d %s (at most %,d): %s; split the design", what, value, unit, max, why));
        }
    }
}
