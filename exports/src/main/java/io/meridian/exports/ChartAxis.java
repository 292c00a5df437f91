package io.meridian.exports;

import io.meridian.exports.ReportTable.Kind;

/**
 * A linear chart axis with round ticks over any finite range, from 0 to 1.8e308. Past 10^15 the ticks are kept in
 * a scaled unit (value ÷ 10^exponent) so that neither the range, the step nor the top tick overflows a double, and
 * labels are written in scientific notation from the scaled tick ("$2.5e308" although 2.5e308 is not a double).
 *
 * @param lo       the first tick, scaled
 * @param step     between ticks, scaled
 * @param ticks    intervals on the axis (ticks + 1 labels)
 * @param exponent values are divided by 10^exponent before placing them; 0 for ordinary ranges
 */
record ChartAxis(double lo, double step, int ticks, int exponent) {
    /** Values at or above this are written in scientific notation and scaled on axes. */
    static final double LARGE = 1e15;

    /**
     * About {@code target} intervals covering [min, max] with a margin; an empty range (one point, or equal
     * values) is widened around its value. A range that starts at or above zero starts the axis at zero or above.
     *
     * @param minStep the smallest step in unscaled units (1 for whole dollars), ignored once scaled
     */
    static ChartAxis over(double min, double max, int target, double minStep) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("an axis needs a finite range, got " + min + " to " + max);
        }
        double a = Math.min(min, max);
        double b = Math.max(min, max);
        double big = Math.max(Math.abs(a), Math.abs(b));
        int exponent = big >= LARGE ? (int) Math.floor(Math.log10(big)) - 3 : 0;
        double scale = Math.pow(10, -exponent);
        a *= scale;
        b *= scale;
        double span = b - a;
        if (span == 0) {
            span = a == 0 ? 1 : Math.abs(a) * 0.5;
        }
        double step = niceCeil(Math.max(exponent == 0 ? minStep : 0, span * 1.6 / target));
        double lo = Math.floor((a - step * 0.6) / step) * step;
        if (a >= 0) {
            lo = Math.max(0, lo);
        }
        int ticks = target;
        while (lo + ticks * step < b + step * 0.3) {
            ticks++;
        }
        return new ChartAxis(lo, step, ticks, exponent);
    }

    /** Where the value falls along the axis, 0 at the first tick and 1 at the last, kept within [−0.1, 1.1]. */
    double position(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double scaled = value * Math.pow(10, -exponent);
        double p = (scaled - lo) / (ticks * step);
        return Math.max(-0.1, Math.min(1.1, p));
    }

    /** The label of tick i, in the kind's unit. */
    String label(int i, Kind kind) {
        double t = lo + step * i;
        return exponent == 0 ? kind.format(t) : kind.scientific(t, exponent);
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^n at or above v; 10 for v ≤ 0, v itself should that overflow. */
    static double niceCeil(double v) {
        if (!(v > 0)) {
            return 10;
        }
        if (!Double.isFinite(v)) {
            return Double.MAX_VALUE;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= v) {
                return Double.isFinite(m * mag) ? m * mag : v;
            }
        }
        return v;
    }
}
