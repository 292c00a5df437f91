package io.meridian.availability;

import io.meridian.capacity.CapacityReport;
import io.meridian.model.Checks;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Simulated operating years of a design over the exact engine's own failure model ({@link YearSimulator}): the
 * entry point for the risk engine, which runs batches of years, on several threads, each from its own seed.
 * Built once per design; {@link #simulate} may be called from several threads at once.
 */
public final class DowntimeSimulation {
    private final List<String> populationIds;
    private final double[] weights;
    private final YearSimulator simulator;
    private final RepairTimes repairs;

    private DowntimeSimulation(List<String> populationIds, double[] weights, YearSimulator simulator,
                               RepairTimes repairs) {
        this.populationIds = populationIds;
        this.weights = weights;
        this.simulator = simulator;
        this.repairs = repairs;
    }

    /** The failure model of {@code topology}, with the capacity report of the same topology. */
    public static DowntimeSimulation of(Topology topology, FailoverTimings timings, CapacityReport capacity,
                                        RepairTimes repairs) {
        return of(topology, timings, capacity, repairs, 0);
    }

    /** The same keeping at most {@code statesKept} judged states (0: the default for the design's size). */
    static DowntimeSimulation of(Topology topology, FailoverTimings timings, CapacityReport capacity,
                                 RepairTimes repairs, int statesKept) {
        Checks.present(topology, "topology");
        Checks.present(repairs, "repairs");
        FailureStructure s = new FailureStructure(topology, capacity);
        FailoverOverloads overloads = FailoverOverloads.of(s, capacity);
        CommonCauseFactors common = CommonCauseFactors.of(topology, s.populationNeeds);
        FailoverCharges.Charges charges = FailoverCharges.of(s, overloads, timings);
        CapacitySlices slices = new CapacitySlices(s, overloads.normalOverloaded,
                new int[s.populationNeeds.size()][0]);
        WarmupCharges.Charges warmup = WarmupCharges.of(s, slices);
        SimulatedDomains domains = new SimulatedDomains(s, common, charges);
        YearSimulator simulator = statesKept > 0
                ? new YearSimulator(domains, new SampledShares(slices), overloads, warmup, repairs, statesKept)
                : new YearSimulator(domains, new SampledShares(slices), overloads, warmup, repairs);
        List<String> ids = s.populationNeeds.stream().map(PopulationNeed::id).toList();
        return new DowntimeSimulation(ids, AvailabilityEngine.weights(s), simulator, repairs);
    }

    /** The populations, in the order of every per-population array (a design without users has one, "all"). */
    public List<String> populationIds() {
        return populationIds;
    }

    /** Per population, its share of the design's requests (the weights of the overall figure). */
    public double[] weights() {
        return weights.clone();
    }

    public RepairTimes repairs() {
        return repairs;
    }

    /**
     * {@code years} years from a generator seeded with {@code seed} (SplitMix-seeded xoroshiro128++ of Commons RNG):
     * the same seed gives the same years on any thread.
     */
    public SimulatedYears simulate(int years, long seed) {
        Checks.positive(years, 10_000_000, "years");
        return simulator.run(years, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }
}
