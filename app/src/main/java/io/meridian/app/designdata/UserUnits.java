package io.meridian.app.designdata;

import io.meridian.model.ModelException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as a person types them in the design-data window, to and from the model's units: availability as a
 * percentage (99.99 → 0.9999), times in a stated unit with an optional suffix ("4 h", "90 s", "250 ms"), money with an
 * optional "$" and grouping commas. Decimal arithmetic, so 99.99 % is the double nearest 0.9999 and not 0.99989…
 */
public final class UserUnits {
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([-+]?[0-9][0-9_,]*(?:\\.[0-9]*)?|[-+]?\\.[0-9]+)"
            + "\\s*([a-zA-Z%]*)");
    private static final MathContext DIGITS = new MathContext(10);

    /** A unit of time a person types, and how many seconds one of it is. */
    public enum TimeUnit {
        MILLISECONDS("ms", new BigDecimal("0.001")), SECONDS("s", BigDecimal.ONE), MINUTES("min", BigDecimal.valueOf(60)),
        HOURS("h", BigDecimal.valueOf(3600));

        private final String symbol;
        private final BigDecimal seconds;

        TimeUnit(String symbol, BigDecimal seconds) {
            this.symbol = symbol;
            this.seconds = seconds;
        }

        public String symbol() {
            return symbol;
        }

        static TimeUnit of(String suffix, TimeUnit otherwise, String field) {
            switch (suffix.toLowerCase(Locale.ROOT)) {
                case "":
                    return otherwise;
                case "ms":
                    return MILLISECONDS;
                case "s": case "sec": case "secs": case "second": case "seconds":
                    return SECONDS;
                case "m": case "min": case "mins": case "minute": case "minutes":
                    return MINUTES;
                case "h": case "hr": case "hrs": case "hour": case "hours":
                    return HOURS;
                default:
                    throw new ModelException(field, "'" + suffix + "' is not a unit of time (ms, s, min, h)");
            }
        }
    }

    private UserUnits() {
    }

    /** A plain decimal: "1,024" and "1_024" are 1024; nothing after the number. */
    public static double number(String text, String field) {
        Parsed p = parse(text, field);
        if (!p.suffix.isEmpty()) {
            throw new ModelException(field, "'" + text.strip() + "' is not a number");
        }
        return p.value.doubleValue();
    }

    /** A plain decimal, or null when the text is blank (the model's default applies). */
    public static Double optionalNumber(String text, String field) {
        return text == null || text.isBlank() ? null : number(text, field);
    }

    /** Availability typed as a percentage, "99.95" or "99.95 %", as the model's fraction 0.9995. */
    public static double percentToFraction(String text, String field) {
        Parsed p = parse(text, field);
        if (!p.suffix.isEmpty() && !p.suffix.equals("%")) {
            throw new ModelException(field, "type a percentage such as 99.95");
        }
        if (p.value.signum() <= 0 || p.value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ModelException(field, "must be above 0 % and at most 100 %");
        }
        return p.value.movePointLeft(2).doubleValue();
    }

    /** The model's fraction as the percentage a person reads back: 0.9995 → "99.95". */
    public static String fractionToPercent(double fraction) {
        return plain(new BigDecimal(Double.toString(fraction)).movePointRight(2));
    }

    /** A time in {@code unit} (or in the unit its suffix names) as seconds: "4 h" → 14,400; "15" in min → 900. */
    public static double toSeconds(String text, TimeUnit unit, String field) {
        Parsed p = parse(text, field);
        TimeUnit stated = TimeUnit.of(p.suffix, unit, field);
        return p.value.multiply(stated.seconds).doubleValue();
    }

    /** A time in milliseconds (or in the unit its suffix names) as milliseconds: "0.2 s" → 200. */
    public static double toMillis(String text, String field) {
        Parsed p = parse(text, field);
        TimeUnit stated = TimeUnit.of(p.suffix, TimeUnit.MILLISECONDS, field);
        return p.value.multiply(stated.seconds).movePointRight(3).doubleValue();
    }

    /** Seconds shown in {@code unit}: 900 s in min → "15"; 90 s in min → "1.5". */
    public static String fromSeconds(double seconds, TimeUnit unit) {
        return plain(new BigDecimal(Double.toString(seconds)).divide(unit.seconds, DIGITS));
    }

    /** Money: "$12,500" → 12500. */
    public static double dollars(String text, String field) {
        String t = text == null ? "" : text.strip();
        return number(t.startsWith("$") ? t.substring(1) : t, field);
    }

    /** A number without exponent or trailing zeros: 1024.0 → "1024", 0.25 → "0.25". */
    public static String plain(double value) {
        return plain(new BigDecimal(Double.toString(value)).round(DIGITS));
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.round(DIGITS).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    private record Parsed(BigDecimal value, String suffix) {
    }

    private static Parsed parse(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new ModelException(field, "enter a number");
        }
        Matcher m = NUMBER_AND_UNIT.matcher(t);
        if (!m.matches()) {
            throw new ModelException(field, "'" + t + "' is not a number");
        }
        String digits = m.group(1).replace(",", "").replace("_", "");
        try {
            return new Parsed(new BigDecimal(digits), m.group(2));
        } catch (NumberFormatException e) {
            throw new ModelException(field, "'" + t + "' is not a number");
        }
    }
}
