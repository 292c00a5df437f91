package io.meridian.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Argument checks shared by the model's compact constructors; each failure names the field. */
public final class Checks {
    private Checks() {
    }

    public static String id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ModelException(field, "must be a non-empty id");
        }
        if (!isId(value)) {
            throw new ModelException(field, "'" + value + "' is not a valid id (letters, digits, '_', '-', '.', ':')");
        }
        return value;
    }

    // [A-Za-z0-9][A-Za-z0-9_.:-]*, checked by hand: ids are checked in every record constructor, and a regex
    // match (a Matcher per call) showed up in the engines' profiles.
    private static boolean isId(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '_' && c != '.' && c != ':' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new ModelException(field, "is required");
        }
        return value;
    }

    public static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new ModelException(field, "must be a finite number >= 0, got " + value);
        }
        return value;
    }

    public static double positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ModelException(field, "must be a finite number > 0, got " + value);
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new ModelException(field, "must be an integer > 0, got " + value);
        }
        return value;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new ModelException(field, "must be an integer >= 0, got " + value);
        }
        return value;
    }

    /**
     * A probability of being up: (0, 1]. Zero is refused because a component that is never up is a modelling error,
     * and so is anything below {@link Limits#MIN_AVAILABILITY}, whose implied failure rate overflows the engines.
     */
    public static double availability(double value, String field) {
        if (!(value > 0 && value <= 1)) {
            throw new ModelException(field, "availability must be in (0, 1], got " + value);
        }
        if (value < Limits.MIN_AVAILABILITY) {
            throw new ModelException(field, value + " is less than the minimum " + Limits.MIN_AVAILABILITY);
        }
        return value;
    }

    /** A share or fraction: [0, 1]. */
    public static double fraction(double value, String field) {
        if (!(value >= 0 && value <= 1)) {
            throw new ModelException(field, "must be in [0, 1], got " + value);
        }
        return value;
    }

    public static double latitude(double value, String field) {
        if (!(value >= -90 && value <= 90)) {
            throw new ModelException(field, "latitude must be in [-90, 90], got " + value);
        }
        return value;
    }

    public static double longitude(double value, String field) {
        if (!(value >= -180 && value <= 180)) {
            throw new ModelException(field, "longitude must be in [-180, 180], got " + value);
        }
        return value;
    }

    /** {@code value} when it is at most {@code max}: "2147483647 is more than the maximum 100,000". */
    public static int atMost(int value, int max, String field) {
        if (value > max) {
            throw new ModelException(field, value + " is more than the maximum " + grouped(max));
        }
        return value;
    }

    /** {@code value} when it is at most {@code max}; NaN is refused too. */
    public static double atMost(double value, double max, String field) {
        if (!(value <= max)) {
            throw new ModelException(field, plain(value) + " is more than the maximum " + grouped(max));
        }
        return value;
    }

    /** A finite number in [0, max]. */
    public static double nonNegative(double value, double max, String field) {
        return atMost(nonNegative(value, field), max, field);
    }

    /** A finite number in (0, max]. */
    public static double positive(double value, double max, String field) {
        return atMost(positive(value, field), max, field);
    }

    /** An integer in [1, max]. */
    public static int positive(int value, int max, String field) {
        return atMost(positive(value, field), max, field);
    }

    /** An optional number in [0, max]. */
    public static Double nonNegative(Double value, double max, String field) {
        if (value != null) {
            nonNegative(value.doubleValue(), max, field);
        }
        return value;
    }

    /** 100000 → "100,000"; 1e9 → "1,000,000,000"; 0.5 → "0.5". */
    static String grouped(double max) {
        return max == Math.rint(max) && Math.abs(max) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) max)
                : plain(max);
    }

    /** A value as the user would have written it: 12 rather than 12.0, 1.0E308 as is. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** Throws when two elements of the collection share an id. */
    public static void unique(Collection<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new ModelException(what, "duplicate id '" + id + "'");
            }
        }
    }
}
