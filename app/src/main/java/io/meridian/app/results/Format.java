package io.meridian.app.results;

import io.meridian.model.Figure;
import java.util.Locale;

/** How the results write numbers: fixed locale, units spelled the same everywhere, ∞ for unbounded. */
final class Format {
    private Format() {
    }

    static String ms(double value) {
        if (!Double.isFinite(value)) {
            return "∞ ms";
        }
        return (value < 10 ? fmt("%.1f", value) : fmt("%,.0f", value)) + " ms";
    }

    /** Just the number of a latency, for heat-map cells. */
    static String msNumber(double value) {
        if (value == 0) {
            return "0";
        }
        return value < 10 ? fmt("%.1f", value) : fmt("%,.0f", value);
    }

    /** An availability as a percentage with as many decimals as it has nines (99.95%, 99.999975%). */
    static String availability(double a) {
        String s = fmt("%.8f", 100 * a);
        s = s.replaceAll("0+$", "");
        int decimals = s.length() - s.indexOf('.') - 1;
        if (decimals < 2) {
            s = s + "0".repeat(2 - decimals);
        }
        return s + "%";
    }

    static String nines(double nines) {
        return fmt("%.1f", nines);
    }

    static String minutesPerYear(double minutes) {
        if (minutes < 10) {
            return fmt("%.2f", minutes) + " min/yr";
        }
        return fmt("%,.0f", minutes) + " min/yr";
    }

    static String usd(double value) {
        if (!Double.isFinite(value)) {
            return "∞";
        }
        return value < 100 ? fmt("$%,.2f", value) : fmt("$%,.0f", value);
    }

    static String seconds(double value) {
        if (!Double.isFinite(value)) {
            return "unbounded";
        }
        if (value >= 3600) {
            return fmt("%.1f h", value / 3600);
        }
        String digits = value < 10 ? fmt("%.2f", value) : value < 100 ? fmt("%.1f", value) : fmt("%,.0f", value);
        return (digits.contains(".") ? digits.replaceAll("\\.?0+$", "") : digits) + " s";
    }

    static String percent(double percent) {
        return fmt("%.0f%%", percent);
    }

    /** A number in its unit, choosing the style by unit. */
    static String value(double value, String unit) {
        if (unit.startsWith("USD")) {
            // Columns and headings say "per month" or "per year"; the cell shows the amount.
            return usd(value);
        }
        return switch (unit) {
            case "ms" -> ms(value);
            case "s" -> seconds(value);
            case "USD" -> usd(value);
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
        if (!Double.isFinite(value)) {
            return "∞";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return fmt("%,.0f", value);
        }
        return fmt("%,.4g", value);
    }

    /** An enum constant as people write it: MAJORITY_QUORUM → "majority quorum". */
    static String words(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
