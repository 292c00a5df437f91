package io.meridian.model;

import java.util.Collection;
import java.util.HashSet;
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

    /** A probability of being up: (0, 1]. Zero is refused because a component that is never up is a modelling error. */
    public static double availability(double value, String field) {
        if (!(value > 0 && value <= 1)) {
            throw new ModelException(field, "availability must be in (0, 1], got " + value);
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
