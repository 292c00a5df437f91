package io.meridian.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where elements sit on the canvas, stored beside the model (the engine never reads it).
 * Regions and populations are placed by their coordinates; entries here position components
 * (as offsets inside their region's box) and any element the user has moved by hand.
 */
public record Layout(Map<String, Position> positions) {
    public static final Layout EMPTY = new Layout(Map.of());

    public record Position(double x, double y) {
        public Position {
            coordinate(x, "x");
            coordinate(y, "y");
        }

        private static void coordinate(double value, String field) {
            if (!Double.isFinite(value)) {
                throw new ModelException(field, "must be a finite number, got " + value);
            }
            if (Math.abs(value) > Limits.MAX_LAYOUT_COORDINATE) {
                throw new ModelException(field, Checks.plain(value) + " is outside ±"
                        + Checks.grouped(Limits.MAX_LAYOUT_COORDINATE));
            }
        }
    }

    public Layout {
        positions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public Layout with(String id, Position p) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.put(id, p);
        return new Layout(copy);
    }

    public Layout without(String id) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.remove(id);
        return new Layout(copy);
    }
}
