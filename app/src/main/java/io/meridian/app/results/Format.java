package io.meridian.app.results;

import io.meridian.model.Figure;
import io.meridian.model.Quantities;
import java.util.Locale;

/**
 * How the results write numbers: each quantity by the one rule app, command line and reports share
 * ({@link Quantities}); this class only picks the rule from a figure's unit.
 */
final class Format {
    private Format() {
    }

    static String ms(double value) {
        return Quantities.latencyMs(value);
    }

    /** Just the number of a latency in ms, for heat-map cells (the unit is in the heading). */
    static String msNumber(double value) {
        return Quantities.number(value);
    }

    static String availability(double a) {
        return Quantities.availability(a);
    }

    static String nines(double nines) {
        return Quantities.nines(nines);
    }

    static String minutesPerYear(double minutes) {
        return Quantities.downtimePerYear(minutes);
    }

    static String usd(double value) {
        return Quantities.usd(value);
    }

    static String seconds(double value) {
        return Quantities.duration(value);
    }

    static String percent(double percent) {
        return Quantities.percent(percent);
    }

    /** A number in its unit, choosing the rule by unit. */
    static String value(double value, String unit) {
        if (unit.startsWith("USD")) {
            // Columns and headings say "per month" or "per year"; the cell shows the amount.
            return usd(value);
        }
        return switch (unit) {
            case "ms" -> ms(value);
            case "s" -> seconds(value);
            case "min/yr" -> minutesPerYear(value);
            case "%" -> percent(value);
            case "" -> value > 0 && value <= 1 ? availability(value) : plain(value);
            default -> plain(value) + " " + unit;
        };
    }

    static String figure(Figure f) {
        return value(f.value(), f.unit());
    }

    static String plain(double value) {
        return Quantities.number(value);
    }

    /** An enum constant as people write it: MAJORITY_QUORUM → "majority quorum". */
    static String words(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
