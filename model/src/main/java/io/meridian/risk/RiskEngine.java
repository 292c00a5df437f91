package io.meridian.risk;

import io.meridian.availability.AvailabilityReport;
import io.meridian.availability.DowntimeSimulation;
import io.meridian.availability.PopulationAvailability;
import io.meridian.availability.SimulatedYears;
import io.meridian.capacity.CapacityReport;
import io.meridian.model.Checks;
import io.meridian.model.Defaults;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The annual downtime distribution: operating years simulated over the exact engine's failure model
 * ({@link DowntimeSimulation}), in batches of {@link RiskSettings#BATCH_YEARS} on the settings' threads, each batch
 * from its own seed (so the figures are the same on one thread or two), until the mean is known to the settings'
 * precision. The mean must agree with the exact engine's expectation within its interval; the distribution around it
 * is what the expectation hides: how often a year blows the objective's budget.
 */
public final class RiskEngine {
    static final double MINUTES_PER_YEAR = Defaults.HOURS_PER_YEAR * 60;
    /** The error-budget window of SRE practice, days. */
    static final double WINDOW_DAYS = 30;
    /** Batches per round of the stopping rule: fixed, so the years simulated do not depend on the threads. */
    private static final int ROUND = 2;
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    private RiskEngine() {
    }

    /** Told after each round of batches how many years are done, and the most there can be. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, atMost) -> {
        };

        void yearsDone(int done, int atMost);
    }

    /** The risk of one evaluated variant: its failover timings, capacity and availability, its objective. */
    public static RiskReport evaluate(Topology topology, io.meridian.evaluation.Evaluation evaluation,
                                      RiskSettings settings) {
        return evaluate(topology, evaluation, settings, Progress.NONE);
    }

    /**
     * The same, telling {@code progress} as it goes; an interrupt of the calling thread stops it between rounds with
     * a {@link java.util.concurrent.CancellationException} (the app drops a run whose design was edited meanwhile).
     */
    public static RiskReport evaluate(Topology topology, io.meridian.evaluation.Evaluation evaluation,
                                      RiskSettings settings, Progress progress) {
        Checks.present(evaluation, "evaluation");
        return evaluate(topology, evaluation.recovery().failover(), evaluation.capacity(), evaluation.availability(),
                topology.objectives().availability(), settings, progress);
    }

    /**
     * @param exact the exact engine's report on the same topology and timings (for names and the expectation)
     * @param availabilityObjective the design's availability objective, or null
     */
    public static RiskReport evaluate(Topology topology, FailoverTimings timings, CapacityReport capacity,
                                      AvailabilityReport exact, Double availabilityObjective, RiskSettings settings) {
        return evaluate(topology, timings, capacity, exact, availabilityObjective, settings, Progress.NONE);
    }

    static RiskReport evaluate(Topology topology, FailoverTimings timings, CapacityReport capacity,
                               AvailabilityReport exact, Double availabilityObjective, RiskSettings settings,
                               Progress progress) {
        Checks.present(exact, "exact");
        Checks.present(settings, "settings");
        io.meridian.evaluation.EvaluationLimits.check(topology, "$", io.meridian.evaluation.EvaluationLimits.Analysis.YEARS);
        DowntimeSimulation sim = DowntimeSimulation.of(topology, timings, capacity, settings.repairs());
        int n = sim.populationIds().size();
        int cap = (int) Math.max(RiskSettings.BATCH_YEARS, RiskSettings.MAX_TALLIES / Math.max(1, n));
        int maxBatches = Math.max(1, Math.min(settings.maxYears(), cap) / RiskSettings.BATCH_YEARS);
        int minBatches = Math.min(maxBatches, Math.max(1, settings.minYears() / RiskSettings.BATCH_YEARS));
        double[] weights = sim.weights();
        List<SimulatedYears> batches = new ArrayList<>();
        YearTallies overall = new YearTallies();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "meridian-risk");
            t.setDaemon(true);
            return t;
        });
        try {
            while (batches.size() < maxBatches) {
                List<Future<SimulatedYears>> round = new ArrayList<>();
                for (int k = 0; k < ROUND && batches.size() + round.size() < maxBatches; k++) {
                    long seed = settings.seed() + (batches.size() + round.size()) * SEED_STEP;
                    round.add(pool.submit(() -> sim.simulate(RiskSettings.BATCH_YEARS, seed)));
                }
                for (Future<SimulatedYears> f : round) {
                    SimulatedYears b = f.get();
                    batches.add(b);
                    for (int y = 0; y < b.years(); y++) {
                        double sum = 0;
                        for (int i = 0; i < n; i++) {
                            sum += weights[i] * b.downtimeMinutes()[i][y];
                        }
                        overall.add(sum);
                    }
                }
                progress.yearsDone(batches.size() * RiskSettings.BATCH_YEARS, maxBatches * RiskSettings.BATCH_YEARS);
                if (batches.size() >= minBatches && overall.settled(settings.relativeHalfWidth())) {
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("the simulated years were cancelled");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("the simulated years were cancelled");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return RiskFigures.report(sim, exact, batches, availabilityObjective, settings, describe(settings, batches));
    }

    private static String describe(RiskSettings settings, List<SimulatedYears> batches) {
        int years = batches.stream().mapToInt(SimulatedYears::years).sum();
        return String.format(Locale.ROOT, "%,d simulated years (%d batches of %,d, seeds from %d), %s; every "
                        + "provider, region, zone, pool and common cause up and down with the exact engine's rates and "
                        + "repair times, each failure charged its own failover time; stopped when the mean's 95%% "
                        + "interval was within ±%.0f%% or at %,d years", years, batches.size(), RiskSettings.BATCH_YEARS,
                settings.seed(), settings.repairs().describe(), settings.relativeHalfWidth() * 100,
                settings.maxYears());
    }

    /** The overall downtime of each year so far, for the stopping rule. */
    private static final class YearTallies {
        private long count;
        private double mean;
        private double m2;

        void add(double x) {
            count++;
            double d = x - mean;
            mean += d / count;
            m2 += d * (x - mean);
        }

        /** The 95% interval of the mean is within ± {@code relative} of it (or there is no downtime at all). */
        boolean settled(double relative) {
            if (count < 2 || mean <= 0) {
                return count >= 2;
            }
            double half = 1.96 * Math.sqrt(m2 / (count - 1) / count);
            return half <= relative * mean;
        }
    }

    static String name(AvailabilityReport exact, int i) {
        List<PopulationAvailability> ps = exact.populations();
        return i < ps.size() ? ps.get(i).name() : "";
    }
}
