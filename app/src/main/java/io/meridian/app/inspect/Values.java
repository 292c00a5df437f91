package io.meridian.app.inspect;

import io.meridian.model.ModelException;
import java.util.Locale;

/** Number parsing and formatting for the inspector: plain decimals, no grouping, whole numbers without ".0". */
final class Values {
    private Values() {
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.8f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static double number(String text, String field) {
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

    static int integer(String text, String field) {
        double v = number(text, field);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new ModelException(field, "must be a whole number");
        }
        return (int) v;
    }

    /** "—" in a choice means none. */
    static final String NONE = "—";

    static String orNone(String id) {
        return id == null ? NONE : id;
    }

    static String noneToNull(String text) {
        return text == null || text.equals(NONE) || text.isBlank() ? null : text;
    }
}
