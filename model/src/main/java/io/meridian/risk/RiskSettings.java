package io.meridian.risk;

import io.meridian.availability.RepairTimes;
import io.meridian.model.Checks;
import io.meridian.model.ModelException;

/**
 * How the simulated years are run.
 *
 * @param seed              the first generator seed: the same seed gives the same figures, on any number of threads
 * @param relativeHalfWidth stop once the 95% interval of the mean annual downtime is within ± this share of it
 * @param minYears          simulate at least this many years (the tails need them even when the mean settles early)
 * @param maxYears          and at most this many (also bounded by memory: years × populations ≤ 4,000,000)
 * @param repairs           exponential repairs (default) or lognormal ones with the same means
 * @param threads           worker threads; the figures do not depend on it
 */
public record RiskSettings(long seed, double relativeHalfWidth, int minYears, int maxYears, RepairTimes repairs,
                           int threads) {
    public static final long DEFAULT_SEED = 0x6D65726964L;
    /** Years simulated per batch: the unit of work of a thread, and of the stopping rule. */
    public static final int BATCH_YEARS = 1_000;
    /** The per-year tallies kept in memory at most (years × populations). */
    public static final long MAX_TALLIES = 4_000_000;
    public static final RiskSettings DEFAULTS = new RiskSettings(DEFAULT_SEED, 0.02, 10_000, 100_000,
            RepairTimes.EXPONENTIAL, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));

    public RiskSettings {
        Checks.positive(relativeHalfWidth, 1, "relativeHalfWidth");
        Checks.positive(minYears, 10_000_000, "minYears");
        Checks.positive(maxYears, 10_000_000, "maxYears");
        if (maxYears < minYears) {
            throw new ModelException("maxYears", "must be at least minYears (" + minYears + ")");
        }
        Checks.present(repairs, "repairs");
        Checks.positive(threads, 64, "threads");
    }

    public RiskSettings withSeed(long value) {
        return new RiskSettings(value, relativeHalfWidth, minYears, maxYears, repairs, threads);
    }

    public RiskSettings withYears(int min, int max) {
        return new RiskSettings(seed, relativeHalfWidth, min, max, repairs, threads);
    }

    public RiskSettings withRepairs(RepairTimes value) {
        return new RiskSettings(seed, relativeHalfWidth, minYears, maxYears, value, threads);
    }

    public RiskSettings withThreads(int value) {
        return new RiskSettings(seed, relativeHalfWidth, minYears, maxYears, repairs, value);
    }
}
