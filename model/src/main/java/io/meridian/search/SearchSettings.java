package io.meridian.search;

import io.meridian.model.Checks;

/**
 * How a search runs.
 *
 * @param billOnly       minimise the bill alone (expected downtime then only matters through the objectives), not the
 *                       total annual cost with the expected downtime cost
 * @param maxSeconds     stop after this long with the best so far (the result then depends on the machine's speed)
 * @param seed           the genetic search's seed: the same seed gives the same designs when it stops by convergence
 * @param exhaustiveUpTo spaces this small are enumerated whole: the optimum, not a search
 * @param threads        evaluations in parallel
 */
public record SearchSettings(boolean billOnly, double maxSeconds, long seed, int exhaustiveUpTo, int threads) {
    public static final SearchSettings DEFAULTS = new SearchSettings(false, 60, 0x5EA4C4L, 2_000,
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));

    public SearchSettings {
        Checks.positive(maxSeconds, 86_400, "maxSeconds");
        Checks.positive(exhaustiveUpTo, 1_000_000, "exhaustiveUpTo");
        Checks.positive(threads, 64, "threads");
    }

    public SearchSettings withMaxSeconds(double value) {
        return new SearchSettings(billOnly, value, seed, exhaustiveUpTo, threads);
    }

    public SearchSettings withBillOnly(boolean value) {
        return new SearchSettings(value, maxSeconds, seed, exhaustiveUpTo, threads);
    }

    public SearchSettings withExhaustiveUpTo(int value) {
        return new SearchSettings(billOnly, maxSeconds, seed, value, threads);
    }

    public SearchSettings withSeed(long value) {
        return new SearchSettings(billOnly, maxSeconds, value, exhaustiveUpTo, threads);
    }

    public SearchSettings withThreads(int value) {
        return new SearchSettings(billOnly, maxSeconds, seed, exhaustiveUpTo, value);
    }
}
