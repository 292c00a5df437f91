package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;

/**
 * What one evaluation of one topology works out once and hands to every engine: the region latencies (each region
 * pair's distance and RTTs, solved when first asked) and the population router (each population's distances to
 * every region, solved once). Before it, each engine built its own router and so solved every population's
 * geodesics again: on a 1,000-region, 100-population design that was 100,000 geodesics per engine, eight times.
 * Safe to share between the engines' threads: both parts remember what they worked out concurrently-safely and
 * never change a result once given.
 *
 * <p>It lives beside {@link RegionLatencies} (the lowest layer that holds both parts); the engines above it take
 * it, and each engine's plain {@code evaluate(Topology)} builds one of its own.
 */
public final class EvaluationContext {
    private final Topology topology;
    private final RegionLatencies regions;
    private final PopulationRouter router;

    private EvaluationContext(Topology topology, RegionLatencies regions, PopulationRouter router) {
        this.topology = topology;
        this.regions = regions;
        this.router = router;
    }

    public static EvaluationContext of(Topology topology) {
        return of(topology, MeasuredRtts.none());
    }

    /** With the user's measured RTTs ({@link MeasuredRtts#none()} for none). */
    public static EvaluationContext of(Topology topology, MeasuredRtts measured) {
        Checks.present(topology, "topology");
        return new EvaluationContext(topology, RegionLatencies.of(topology, measured), new PopulationRouter(topology));
    }

    /** The same with region latencies worked out already (an engine called with them directly). */
    public static EvaluationContext of(Topology topology, RegionLatencies regions) {
        Checks.present(topology, "topology");
        Checks.present(regions, "regions");
        return new EvaluationContext(topology, regions, new PopulationRouter(topology));
    }

    /**
     * This context for another sizing of its topology: the same region latencies and router, which read regions,
     * zones, populations and where services run, never instance counts, types or capacities. The caller promises
     * {@code sized} differs from this context's topology in nothing else (the design search keys them by its
     * structural choices; {@code StructureReportsTest} compares whole evaluations with and without).
     */
    public EvaluationContext forSizing(Topology sized) {
        Checks.present(sized, "sized");
        return new EvaluationContext(sized, regions, router);
    }

    public Topology topology() {
        return topology;
    }

    public RegionLatencies regions() {
        return regions;
    }

    public PopulationRouter router() {
        return router;
    }
}
