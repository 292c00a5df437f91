package io.meridian.app.canvas;

import io.meridian.model.GeoPoint;
import javafx.geometry.Point2D;

/** Plate carrée: x = (lon + 180) / 360 · W, y = (90 − lat) / 180 · H. Cheap, and distances read evenly. */
record Equirectangular(double width, double height) implements MapProjection {
    Equirectangular {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a projection needs a positive size");
        }
    }

    @Override
    public Point2D project(double lat, double lon) {
        return new Point2D((lon + 180) / 360 * width, (90 - lat) / 180 * height);
    }

    @Override
    public GeoPoint unproject(double x, double y) {
        double lon = Math.max(-180, Math.min(180, x / width * 360 - 180));
        double lat = Math.max(-90, Math.min(90, 90 - y / height * 180));
        return new GeoPoint(lat, lon);
    }
}
