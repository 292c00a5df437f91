package io.meridian.uncertainty;

import io.meridian.model.Defaults;

/**
 * How an uncertainty analysis samples.
 *
 * @param samples  designs sampled for the intervals and the variance-based ranking (≥ 10)
 * @param seed     seed of the random numbers: the same seed gives the same report
 * @param sampling Latin hypercube (each input's range cut into {@code samples} equally likely strata, one draw in
 *                 each) or plain Monte Carlo
 * @param threads  evaluations run side by side (≥ 1); the report does not depend on it
 */
public record UncertaintySettings(int samples, long seed, Sampling sampling, int threads) {
    public static final UncertaintySettings DEFAULTS = new UncertaintySettings(Defaults.UNCERTAINTY_SAMPLES,
            Defaults.UNCERTAINTY_SEED, Sampling.LATIN_HYPERCUBE, 2);

    public enum Sampling {
        LATIN_HYPERCUBE,
        MONTE_CARLO
    }

    public UncertaintySettings {
        if (samples < 10) {
            throw new IllegalArgumentException("samples must be at least 10, got " + samples);
        }
        if (sampling == null) {
            throw new IllegalArgumentException("sampling is required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public UncertaintySettings withSamples(int value) {
        return new UncertaintySettings(value, seed, sampling, threads);
    }

    public UncertaintySettings withSeed(long value) {
        return new UncertaintySettings(samples, value, sampling, threads);
    }

    public UncertaintySettings withSampling(Sampling value) {
        return new UncertaintySettings(samples, seed, value, threads);
    }

    public UncertaintySettings withThreads(int value) {
        return new UncertaintySettings(samples, seed, sampling, value);
    }
}
