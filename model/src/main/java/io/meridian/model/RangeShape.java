package io.meridian.model;

/**
 * How an uncertain input is spread over its range. File ids: {@code triangular} (the default), {@code uniform},
 * {@code pert}, {@code lognormal}. See docs/uncertainty.md for each parameterisation.
 */
public enum RangeShape {
    /** low = minimum, likely = mode, high = maximum. */
    TRIANGULAR,
    /** Every value in [low, high] equally likely; likely (optional) is only the design's point value. */
    UNIFORM,
    /** Beta-PERT: a beta on [low, high] with mode likely and shape λ = {@link Defaults#PERT_LAMBDA}. */
    PERT,
    /** ln X normal: given median and p90, or low and high as its 5th and 95th percentiles. */
    LOGNORMAL
}
