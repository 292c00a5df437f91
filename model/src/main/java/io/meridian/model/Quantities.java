package io.meridian.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a person reads each kind of quantity, the one rule per kind that the app, the command line and the reports
 * share (UI-free, so all three can use it). Significant digits fit the magnitude; each quantity has one unit rule.
 * <ul>
 * <li>durations (RTO, RPO, lag, detection, latency): 3 significant digits in ms below 1 s, s below 1 min, min below
 * 1 h, else h — 29 ms, 2.08 min, 4.03 h; unbounded as "unbounded";</li>
 * <li>downtime per year: the duration rule, per year — 9.42 h/yr;</li>
 * <li>availability: a percentage with as many decimals as show the unavailability to 3 significant digits, cut
 * (never rounded up, so it never claims a nine it lacks), zeros at the end dropped — 99.892%, 99.995%, 99.99999%
 * for 7 nines; exactly 1 is 100%;</li>
 * <li>nines: one decimal, cut — 2.98 nines reads 2.9;</li>
 * <li>money (USD): cents below $100, whole dollars above, thousands grouped — $69.97, $8,509;</li>
 * <li>percentages of a whole (utilisation, shares): whole percent from 10 up, 2 significant digits below — 105%,
 * 7.5%;</li>
 * <li>rates and other plain numbers: whole and grouped from 100 up, 3 significant digits below — 10,500, 2.5;</li>
 * <li>data sizes: 3 significant digits in B, KB, MB, GB or TB (decimal) — 92.9 GB.</li>
 * </ul>
 * Fixed locale (ROOT): the same text on every machine, as files and CI logs need.
 */
public final class Quantities {
    private static final String[] SIZE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private Quantities() {
    }

    /** A duration given in seconds. */
    public static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "—";
        }
        if (Double.isInfinite(seconds)) {
            return seconds > 0 ? "unbounded" : "-unbounded";
        }
        if (seconds < 0) {
            return "-" + duration(-seconds);
        }
        if (seconds == 0) {
            return "0 s";
        }
        // Rounded in each unit before choosing it, so 59.96 s reads "1 min", not "60.0 s".
        double ms = significant(seconds * 1000, 3);
        if (ms < 1000) {
            return digits(ms, 3) + " ms";
        }
        double s = significant(seconds, 3);
        if (s < 60) {
            return digits(s, 3) + " s";
        }
        // Carried up only when rounding crosses into the next unit: 59.96 s rounds to 60.0 s, which is 1 min; a value
        // well inside the unit is rounded once, from its exact value (3,155.76 s is 52.6 min, not 3,160 s / 60).
        double min = seconds < 60 ? 1 : significant(seconds / 60, 3);
        if (min < 60) {
            return digits(min, 3) + " min";
        }
        double hours = seconds < 3600 ? 1 : seconds / 3600;
        return digits(hours, 3) + " h";
    }

    /** A duration given in milliseconds (latencies), by the duration rule. */
    public static String latencyMs(double ms) {
        return ms == 0 ? "0 ms" : duration(ms / 1000);
    }

    /** Expected downtime given in minutes per year, by the duration rule. */
    public static String downtimePerYear(double minutesPerYear) {
        return duration(minutesPerYear * 60) + "/yr";
    }

    /** An availability (a fraction in [0, 1]) as a percentage. */
    public static String availability(double a) {
        if (Double.isNaN(a)) {
            return "—";
        }
        if (a >= 1) {
            return "100%";
        }
        if (a <= 0) {
            return "0%";
        }
        // The shortest decimal that is this double (0.99995, not 0.9999499999…), so cutting loses no nine.
        BigDecimal percent = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(100));
        // Rounded to 6 digits first, so 1 − 0.9999 (9.9999999999989e-5 in binary) counts as the 0.01% it is.
        double unavailablePercent = significant(100 * (1 - a), 6);
        // Decimals that show the unavailability to three significant digits, cut; zeros at the end dropped down to
        // two decimals (99.99%, not 99.9900%).
        int decimals = Math.min(12, Math.max(2, (int) Math.ceil(-Math.log10(unavailablePercent)) + 2));
        String cut = percent.setScale(decimals, RoundingMode.DOWN).toPlainString();
        int keep = cut.indexOf('.') + 3;
        int end = cut.length();
        while (end > keep && cut.charAt(end - 1) == '0') {
            end--;
        }
        return cut.substring(0, end) + "%";
    }

    /** Nines of an availability figure (−log10 of the unavailability), one decimal, cut. */
    public static String nines(double nines) {
        if (Double.isInfinite(nines)) {
            return "∞";
        }
        return BigDecimal.valueOf(nines).setScale(1, RoundingMode.DOWN).toPlainString();
    }

    /** US dollars. */
    public static String usd(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value < 0) {
            return "-" + usd(-value);
        }
        return value < 100 ? String.format(Locale.ROOT, "$%,.2f", value) : String.format(Locale.ROOT, "$%,.0f", value);
    }

    /** A percentage of a whole, given in percent (105 → "105%"). */
    public static String percent(double percent) {
        if (Double.isNaN(percent)) {
            return "—";
        }
        if (Double.isInfinite(percent)) {
            return percent > 0 ? "∞%" : "-∞%";
        }
        double magnitude = Math.abs(percent);
        if (magnitude >= 10 || percent == 0) {
            return String.format(Locale.ROOT, "%,.0f%%", percent);
        }
        return digits(percent, 2) + "%";
    }

    /** A rate, count or other plain number: whole and grouped from 100 up, 3 significant digits below. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (Math.abs(value) >= 100 || value == 0) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return digits(value, 3);
    }

    /** A data size given in bytes, decimal units. */
    public static String bytes(double bytes) {
        if (Double.isNaN(bytes) || bytes < 0) {
            return "—";
        }
        if (Double.isInfinite(bytes)) {
            return "unbounded";
        }
        int unit = 0;
        double v = bytes;
        while (unit < SIZE_UNITS.length - 1 && significant(v, 3) >= 1000) {
            v /= 1000;
            unit++;
        }
        return digits(v, 3) + " " + SIZE_UNITS[unit];
    }

    /** {@code value} rounded to {@code n} significant digits (half up). */
    static double significant(double value, int n) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(n, RoundingMode.HALF_UP)).doubleValue();
    }

    /**
     * {@code value} to {@code n} significant digits, trailing zeros after the point dropped, the whole part grouped
     * (a whole part longer than {@code n} digits is shown whole: 14,495, never 14,500).
     */
    static String digits(double value, int n) {
        BigDecimal d = new BigDecimal(value);
        if (d.abs().compareTo(BigDecimal.ONE.movePointRight(n)) >= 0) {
            d = d.setScale(0, RoundingMode.HALF_UP);
        } else {
            d = d.round(new MathContext(n, RoundingMode.HALF_UP));
        }
        String plain = d.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        boolean negative = whole.startsWith("-");
        String digitsOnly = negative ? whole.substring(1) : whole;
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digitsOnly.length(); i++) {
            if (i > 0 && (digitsOnly.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digitsOnly.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }
}
