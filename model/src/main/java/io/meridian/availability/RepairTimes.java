package io.meridian.availability;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;

/**
 * How long repairs take in the simulated years. Every repair keeps its domain's mean (its MTTR); exponential by
 * default (the exact engine's steady state is the same for any repair distribution with that mean), or lognormal with
 * shape {@code sigma}, the heavier tail field data on IT incidents shows: most are fixed quickly, a few take many
 * times the mean.
 *
 * @param lognormal false: exponential repairs
 * @param sigma     lognormal only: the standard deviation of ln(repair time); ignored otherwise
 */
public record RepairTimes(boolean lognormal, double sigma) {
    /** Exponential repairs with the domain's MTTR as their mean. */
    public static final RepairTimes EXPONENTIAL = new RepairTimes(false, 0);

    public RepairTimes {
        if (lognormal) {
            Checks.positive(sigma, 5, "repairSigma");
        } else if (sigma != 0) {
            throw new ModelException("repairSigma", "only lognormal repair times take a sigma");
        }
    }

    public static RepairTimes lognormal(double sigma) {
        return new RepairTimes(true, sigma);
    }

    public String describe() {
        return lognormal ? "lognormal repair times (σ = " + sigma + ", mean = the MTTR)" : "exponential repair times";
    }
}
