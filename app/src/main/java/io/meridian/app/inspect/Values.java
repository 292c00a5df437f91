package io.meridian.app.inspect;

import io.meridian.model.ModelException;
import java.util.Locale;

/** Number parsing and formatting for the inspector: plain decimals, no grouping, whole numbers without ".0". */
public final class Values {
    private Values() {
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.8f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    public static double number(String text, String field) {
        String t = text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            throw new ModelException(field, "enter a number");
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new ModelException(field, "must be a finite number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ModelException(field, "'" + text.strip() + "' is not a number");
        }
    }

    public static int integer(String text, String field) {
        double v = number(text, field);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new ModelException(field, "must be a whole number");
        }
        return (int) v;
    }

    /** An optional number: empty text is null (the field's default). */
    public static Double optionalNumber(String text, String field) {
        return text == null || text.isBlank() ? null : number(text, field);
    }

    /** A number whose empty text stands for its default. */
    public static double numberOr(String text, String field, double byDefault) {
        return text == null || text.isBlank() ? byDefault : number(text, field);
    }

    /** An optional number's text: empty for null. */
    public static String format(Double v) {
        return v == null ? "" : format(v.doubleValue());
    }

    /** The prompt of a field whose empty text stands for a default: "default: 10000 ms". */
    public static String byDefault(double v, String unit) {
        return "default: " + format(v) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Ids from a multi-choice's value (comma-separated). */
    public static java.util.List<String> ids(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** "—" in a choice means none. */
    public static final String NONE = "—";

    public static String orNone(String id) {
        return id == null ? NONE : id;
    }

    public static String noneToNull(String text) {
        return text == null || text.equals(NONE) || text.isBlank() ? null : text;
    }
}
