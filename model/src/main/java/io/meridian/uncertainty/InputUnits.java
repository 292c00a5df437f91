package io.meridian.uncertainty;

import io.meridian.model.Quantities;
import java.util.Locale;

/**
 * An input's value in the unit a person uses, by its field's name (the file's names say their unit:
 * {@code mttrHours}, {@code lagMs}, {@code eventsPerYear}, {@code hourlyPrice}).
 */
final class InputUnits {
    private InputUnits() {
    }

    static String format(String field, double value) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.endsWith("availability")) {
            return Quantities.availability(value);
        }
        if (f.endsWith("peryear")) {
            return rate(value);
        }
        if (f.endsWith("hours")) {
            return Quantities.duration(value * 3600);
        }
        if (f.endsWith("minutes")) {
            return Quantities.duration(value * 60);
        }
        if (f.endsWith("seconds")) {
            return Quantities.duration(value);
        }
        if (f.endsWith("ms")) {
            return Quantities.latencyMs(value);
        }
        if (f.contains("price") || f.contains("cost") || f.endsWith("pergb")) {
            return Quantities.usd(value);
        }
        if (f.endsWith("percent")) {
            return Quantities.percent(value);
        }
        return Quantities.number(value);
    }

    /** Events per year: "1 per 6.5 years" below one a year, "2.4 per year" from one up. */
    static String rate(double perYear) {
        if (perYear <= 0) {
            return "never";
        }
        if (perYear < 1) {
            return "1 per " + Quantities.number(1 / perYear) + " years";
        }
        return Quantities.number(perYear) + " per year";
    }

    /** An output's value in its unit ("" = an availability). */
    static String output(String unit, double value) {
        return switch (unit) {
            case "" -> Quantities.availability(value);
            case "s" -> Quantities.duration(value);
            case "ms" -> Quantities.latencyMs(value);
            case "USD" -> Quantities.usd(value);
            default -> Quantities.number(value) + " " + unit;
        };
    }
}
