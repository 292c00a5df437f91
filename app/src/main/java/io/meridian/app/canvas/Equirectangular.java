package io.meridian.app.canvas;

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
}
