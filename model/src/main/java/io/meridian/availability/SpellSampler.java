package io.meridian.availability;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The lengths of the simulated years' up and down spells: up spells exponential with mean MTTR × A / (1 − A) (so the
 * domain is down 1 − A of the time and fails (1 − A) × 8766 / MTTR times a year), repairs exponential or lognormal
 * with the MTTR as their mean ({@link RepairTimes}).
 */
final class SpellSampler {
    private final UniformRandomProvider rng;
    private final ContinuousSampler exponential;
    private final ContinuousSampler gaussian;
    private final RepairTimes repairs;

    SpellSampler(UniformRandomProvider rng, ContinuousSampler exponential, RepairTimes repairs) {
        this.rng = rng;
        this.exponential = exponential;
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        this.repairs = repairs;
    }

    /** An up spell of a domain up {@code a} of the time whose repairs last {@code downHours} on average. */
    double up(double a, double downHours) {
        return a >= 1 ? Double.POSITIVE_INFINITY : downHours * a / (1 - a) * exponential.sample();
    }

    double repair(double mean) {
        if (!repairs.lognormal()) {
            return mean * exponential.sample();
        }
        double sigma = repairs.sigma();
        return mean * Math.exp(sigma * gaussian.sample() - sigma * sigma / 2);
    }

    /**
     * The rest of a repair under way at a random moment: for exponential repairs a whole one (no memory); for lognormal
     * ones a uniform share of a length-biased repair, which for lognormal(μ, σ) is lognormal(μ + σ², σ).
     */
    double residualRepair(double mean) {
        if (!repairs.lognormal()) {
            return mean * exponential.sample();
        }
        double sigma = repairs.sigma();
        return rng.nextDouble() * mean * Math.exp(sigma * gaussian.sample() + sigma * sigma / 2);
    }
}
