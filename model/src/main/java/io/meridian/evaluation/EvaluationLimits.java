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
 * Measured with the command line (docs/benchmarks.md): a 300-region, 3,000-component, 300-population design with 300
 * datasets evaluates in ≈ 10 s with ≈ 360 MB of heap at most after GC (it also runs in 512 MB); at 500 regions the
 * peak is ≈ 840 MB, too close to a 1 GB heap; 1,000 regions needed over 1 GB even after the optimisations (4 GB and
 * 5 minutes before them). The limits keep every design under them well inside a 1 GB heap.
 */
public final class EvaluationLimits {
    /** Regions: the quadratic terms above stay under ≈ 400 MB and ≈ 10 s at 300 (measured). */
    public static final int MAX_REGIONS = 300;
    /** Components: ten per region at the region limit (each is a pool the availability ranking perturbs). */
    public static final int MAX_COMPONENTS = 3_000;
    /** Populations: each is routed, judged and ranked over every region. */
    public static final int MAX_POPULATIONS = 500;
    /** Datasets × populations: one explained write latency each, ≈ 2.5 KB, so ≈ 250 MB at the limit. */
    public static final long MAX_WRITE_LATENCIES = 100_000;

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
        refuse(path + ".regions", regions, MAX_REGIONS, "regions",
                "each region's failure is judged over every region, so the work grows as regions²");
        refuse(path + ".components", components, MAX_COMPONENTS, "components",
                "each is a pool the availability ranking judges on its own");
        refuse(path + ".populations", populations, MAX_POPULATIONS, "populations",
                "each is routed and judged over every region and every failure");
        refuse(path + ".datasets", datasets * Math.max(1, populations), MAX_WRITE_LATENCIES,
                "write latencies (datasets × populations)", "each is an explained figure");
    }

    private static void refuse(String path, long value, long max, String what, String why) {
        if (value > max) {
            throw new DesignTooLargeException(path, String.format(Locale.ROOT,
                    "too large to evaluate: %,d %s (at most %,d): %s; split the design", value, what, max, why));
        }
    }
}
