package io.meridian.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where elements sit on the canvas, stored beside the model (the engine never reads it).
 * Regions and populations are placed by their coordinates; entries here position components
 * (as offsets inside their region's box) and any element the user has moved by hand. {@code cards} holds the
 * region cards the user dragged aside: the card's offset from its region's marker (the marker stays at the true
 * coordinate); cards without an entry are placed automatically.
 */
public record Layout(Map<String, Position> positions, Map<String, CardOffset> cards) {
    public static final Layout EMPTY = new Layout(Map.of(), Map.of());

    public Layout(Map<String, Position> positions) {
        this(positions, Map.of());
    }

    /** A region card's top-left corner relative to its marker, in screen pixels (cards keep their size at any zoom). */
    public record CardOffset(double dx, double dy) {
        public CardOffset {
            offset(dx, "dx");
            offset(dy, "dy");
        }

        private static void offset(double value, String field) {
            if (!Double.isFinite(value)) {
                throw new ModelException(field, "must be a finite number, got " + value);
            }
            if (Math.abs(value) > Limits.MAX_CARD_OFFSET) {
                throw new ModelException(field, Checks.grouped(value) + " px is outside ±"
                        + Checks.grouped(Limits.MAX_CARD_OFFSET) + " px");
            }
        }
    }

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
        cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards == null ? Map.of() : cards));
    }

    public Layout with(String id, Position p) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.put(id, p);
        return new Layout(copy, cards);
    }

    /** The layout with a region's card at {@code offset} from its marker, or placed automatically again (null). */
    public Layout withCard(String regionId, CardOffset offset) {
        Map<String, CardOffset> copy = new LinkedHashMap<>(cards);
        if (offset == null) {
            copy.remove(regionId);
        } else {
            copy.put(regionId, offset);
        }
        return new Layout(positions, copy);
    }

    public Layout without(String id) {
        Map<String, Position> copy = new LinkedHashMap<>(positions);
        copy.remove(id);
        Map<String, CardOffset> cardsLeft = new LinkedHashMap<>(cards);
        cardsLeft.remove(id);
        return new Layout(copy, cardsLeft);
    }
}
