package io.meridian.model;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * The range a design file gives one numeric input instead of a number, as written (so it writes back the same).
 * The model stays point-valued: the field takes {@link #pointValue()}; the uncertainty engine samples
 * {@link #quantile(double)}.
 *
 * @param shape  how the values spread over the range
 * @param low    triangular/PERT/uniform: the least value; lognormal: its 5th percentile (with {@code high})
 * @param likely triangular/PERT: the mode; uniform: optional point value (default the midpoint); lognormal: absent
 * @param high   triangular/PERT/uniform: the greatest value; lognormal: its 95th percentile (with {@code low})
 * @param median lognormal only, with {@code p90}
 * @param p90    lognormal only, with {@code median}
 * @param label  optional name for charts and sentences; null = derived from where the range stands
 */
public record InputRange(RangeShape shape, Double low, Double likely, Double high, Double median, Double p90,
                         String label) {
    /** z such that Φ(z) = 0.90 and 0.95: the lognormal's p90 and p95 in standard deviations of ln X. */
    private static final double Z90 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.90);
    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.95);

    public InputRange {
        Checks.present(shape, "distribution");
        finite(low, "low");
        finite(likely, "likely");
        finite(high, "high");
        finite(median, "median");
        finite(p90, "p90");
        label = label == null || label.isBlank() ? null : label;
        if (shape == RangeShape.LOGNORMAL) {
            checkLognormal(low, likely, high, median, p90);
        } else {
            if (median != null || p90 != null) {
                throw new ModelException(median != null ? "median" : "p90", "only a lognormal range takes median and p90; "
                        + "a " + EnumIds.id(shape) + " range takes low, likely and high");
            }
            Checks.present(low, "low");
            Checks.present(high, "high");
            if (shape != RangeShape.UNIFORM) {
                Checks.present(likely, "likely");
            }
            if (!(low < high)) {
                throw new ModelException("high", "high must be greater than low, got low " + low + ", high " + high
                        + " (a single value is written as a plain number)");
            }
            if (likely != null && !(low <= likely && likely <= high)) {
                throw new ModelException("likely", "likely must lie between low and high, got low " + low
                        + ", likely " + likely + ", high " + high);
            }
        }
    }

    private static void checkLognormal(Double low, Double likely, Double high, Double median, Double p90) {
        if (likely != null) {
            throw new ModelException("likely", "a lognormal range takes median and p90, or low and high (its 5th and "
                    + "95th percentiles); its point value is the median");
        }
        boolean byMedian = median != null || p90 != null;
        boolean byEnds = low != null || high != null;
        if (byMedian == byEnds) {
            throw new ModelException(byMedian ? "median" : "low", "a lognormal range takes either median and p90, "
                    + "or low and high (its 5th and 95th percentiles), not both");
        }
        double a = byMedian ? Checks.present(median, "median") : Checks.present(low, "low");
        double b = byMedian ? Checks.present(p90, "p90") : Checks.present(high, "high");
        String lower = byMedian ? "median" : "low";
        String upper = byMedian ? "p90" : "high";
        if (!(a > 0)) {
            throw new ModelException(lower, "a lognormal range needs positive values, got " + lower + " " + a);
        }
        if (!(b > a)) {
            throw new ModelException(upper, upper + " must be greater than " + lower + ", got " + lower + " " + a
                    + ", " + upper + " " + b);
        }
    }

    private static void finite(Double value, String field) {
        if (value != null && !Double.isFinite(value)) {
            throw new ModelException(field, "must be a finite number, got " + value);
        }
    }

    /** The value the point-valued model takes: likely; a uniform's midpoint when likely is absent; the median. */
    public double pointValue() {
        return switch (shape) {
            case TRIANGULAR, PERT -> likely;
            case UNIFORM -> likely != null ? likely : (low + high) / 2;
            case LOGNORMAL -> Math.exp(mu());
        };
    }

    /** The low end a one-at-a-time analysis sets the input to: low, or a lognormal's 5th percentile. */
    public double lowEnd() {
        return shape == RangeShape.LOGNORMAL ? Math.exp(mu() - Z95 * sigma()) : low;
    }

    /** The high end: high, or a lognormal's 95th percentile. */
    public double highEnd() {
        return shape == RangeShape.LOGNORMAL ? Math.exp(mu() + Z95 * sigma()) : high;
    }

    /** Smallest value a sample can take (a lognormal is cut at {@link Defaults#LOGNORMAL_TAIL_CUT}). */
    public double lowerBound() {
        return quantile(0);
    }

    /** Greatest value a sample can take. */
    public double upperBound() {
        return quantile(1);
    }

    /**
     * The value at cumulative probability {@code u} ∈ [0, 1] (inverse transform: a uniform or Latin-hypercube draw
     * becomes a draw of this range). A lognormal is truncated to its central 1 − 2·{@link Defaults#LOGNORMAL_TAIL_CUT}
     * so that no draw leaves the limits its ends were checked against.
     */
    public double quantile(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("u must be in [0, 1], got " + u);
        }
        if (shape == RangeShape.PERT) {
            return low + (high - low) * pertBeta().inverseCumulativeProbability(u);
        }
        if (shape == RangeShape.LOGNORMAL) {
            double cut = Defaults.LOGNORMAL_TAIL_CUT;
            return distribution().inverseCumulativeProbability(cut + (1 - 2 * cut) * u);
        }
        return distribution().inverseCumulativeProbability(u);
    }

    /** The untruncated distribution (PERT: the beta on [0, 1] that {@link #quantile} scales to [low, high]). */
    public ContinuousDistribution distribution() {
        return switch (shape) {
            case TRIANGULAR -> TriangularDistribution.of(low, likely, high);
            case UNIFORM -> UniformContinuousDistribution.of(low, high);
            case PERT -> pertBeta();
            case LOGNORMAL -> LogNormalDistribution.of(mu(), sigma());
        };
    }

    /** Beta-PERT: α = 1 + λ(m − a)/(b − a), β = 1 + λ(b − m)/(b − a) (Malcolm et al. 1959; Vose 2008, §9.1.4). */
    private BetaDistribution pertBeta() {
        double lambda = Defaults.PERT_LAMBDA;
        return BetaDistribution.of(1 + lambda * (likely - low) / (high - low), 1 + lambda * (high - likely) / (high - low));
    }

    private double mu() {
        return median != null ? Math.log(median) : (Math.log(low) + Math.log(high)) / 2;
    }

    private double sigma() {
        return median != null ? (Math.log(p90) - Math.log(median)) / Z90 : (Math.log(high) - Math.log(low)) / (2 * Z95);
    }
}
