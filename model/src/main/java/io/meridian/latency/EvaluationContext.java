package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
    /** What the engines worked out from the structure alone, shared by every sizing ({@link #structural}). */
    private final ConcurrentHashMap<Object, Object> structural;
    /** True for a context {@link #forSizing} made: its structure's other sizings are evaluated too. */
    private final boolean sizing;

    private EvaluationContext(Topology topology, RegionLatencies regions, PopulationRouter router,
                              ConcurrentHashMap<Object, Object> structural, boolean sizing) {
        this.topology = topology;
        this.regions = regions;
        this.router = router;
        this.structural = structural;
        this.sizing = sizing;
    }

    private EvaluationContext(Topology topology, RegionLatencies regions, PopulationRouter router) {
        this(topology, regions, router, new ConcurrentHashMap<>(), false);
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
        return new EvaluationContext(sized, regions, router, structural, true);
    }

    /**
     * True when other sizings of this structure share this context's {@link #structural} work (the design search):
     * an engine may then remember finer-grained work by content; for one evaluation that only costs.
     */
    public boolean sharedBySizings() {
        return sizing;
    }

    /**
     * A value an engine works out from the structure alone, remembered for every sizing that shares this context
     * ({@link #forSizing}): the design search evaluates hundreds of sizings of each structure. The key names the
     * computation and its other inputs (equal keys, equal values); the work must read no instance count, instance
     * type, capacity or price per instance. Two threads asking at once may both work it out; the first kept wins,
     * and both are equal.
     */
    public <T> T structural(Object key, Supplier<T> work) {
        @SuppressWarnings("unchecked")
        T known = (T) structural.get(key);
        if (known != null) {
            return known;
        }
        T value = work.get();
        @SuppressWarnings("unchecked")
        T first = (T) structural.putIfAbsent(key, value);
        return first != null ? first : value;
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
