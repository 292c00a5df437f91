package io.meridian.app.canvas;

import io.meridian.model.GeoPoint;
import javafx.geometry.Point2D;

/**
 * Turns latitude/longitude into world coordinates of the canvas (before pan and zoom). An interface so a
 * different projection (e.g. Robinson or Mercator) can replace the default without touching the layers.
 */
public interface MapProjection {

    /** Width of the whole world in world units. */
    double width();

    /** Height of the whole world in world units. */
    double height();

    /** World coordinates of a place given in degrees. */
    Point2D project(double lat, double lon);

    /** The place at world coordinates, clamped to the map's edges. */
    GeoPoint unproject(double x, double y);

    default Point2D project(GeoPoint p) {
        return project(p.lat(), p.lon());
    }

    /** The default: plate carrée, a {@code width × height} world with longitude and latitude linear. */
    static MapProjection equirectangular(double width, double height) {
        return new Equirectangular(width, height);
    }
}
