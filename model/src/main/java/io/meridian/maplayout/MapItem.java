package io.meridian.maplayout;

/**
 * Something on the map that wants a label: a region (its card) or a user population (its name and load).
 * {@code x, y} is its true coordinate projected to the screen; {@code pinned}, when not null, is the offset the
 * user dragged the region's card to (its top-left corner relative to the coordinate), honoured when cards show.
 */
public record MapItem(String id, Kind kind, double x, double y, Box.Point pinned) {
    public enum Kind { REGION, POPULATION }

    public MapItem {
        if (id == null || kind == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("map item needs an id, a kind and a finite coordinate: " + id);
        }
    }

    public static MapItem region(String id, double x, double y, Box.Point pinned) {
        return new MapItem(id, Kind.REGION, x, y, pinned);
    }

    public static MapItem population(String id, double x, double y) {
        return new MapItem(id, Kind.POPULATION, x, y, null);
    }

    public Box.Point at() {
        return new Box.Point(x, y);
    }
}
