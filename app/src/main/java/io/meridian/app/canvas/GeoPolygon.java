package io.meridian.app.canvas;

import java.util.List;

/**
 * A polygon on the globe: its outer ring first, then any holes. Each ring is a flat array of
 * longitude/latitude pairs in degrees ({@code lon0, lat0, lon1, lat1, …}), closed (last point = first).
 */
public record GeoPolygon(List<double[]> rings) {
    public GeoPolygon {
        rings = List.copyOf(rings);
    }

    public int pointCount() {
        return rings.stream().mapToInt(r -> r.length / 2).sum();
    }
}
