package io.meridian.app.canvas;

import io.meridian.app.log.ErrorLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The world map behind the design: a 30° graticule and the land (Natural Earth via world-atlas).
 * Coarse 1:110m land is drawn up to {@link #DETAIL_ZOOM}; past it the 1:50m land, decoded in the
 * background the first time the user zooms towards it, takes over. The coarse map is cached as a bitmap,
 * which keeps panning smooth; it never exceeds a 4096-px texture since it is only shown below the threshold.
 */
final class MapLayer extends Pane {
    /** Zoom (screen px per world unit) from which the 1:50m land is shown. */
    static final double DETAIL_ZOOM = 1.0;
    private static final double PRELOAD_ZOOM = 0.7;
    private static final int GRATICULE_STEP = 30;

    private final MapProjection projection;
    private final DoubleExpression zoom;
    private final Group coarse;
    private Group detail;
    private boolean detailRequested;

    MapLayer(MapProjection projection, DoubleExpression zoom, DoubleExpression pixel) {
        this.projection = projection;
        this.zoom = zoom;
        getStyleClass().add("map-layer");
        setPickOnBounds(false);
        setMouseTransparent(true);
        // No ocean shape: the canvas's background is the ocean. A world-sized rectangle cost a full-screen
        // fill each frame while panning.
        Path graticule = graticule();
        graticule.strokeWidthProperty().bind(pixel);
        coarse = land(load("land-110m.json"));
        coarse.setCache(true);
        getChildren().addAll(graticule, coarse);
        zoom.addListener((obs, old, z) -> onZoom(z.doubleValue()));
    }

    /** True while the 1:50m land is the one on screen. */
    boolean showsDetail() {
        return detail != null && detail.isVisible();
    }

    private void onZoom(double z) {
        if (z >= PRELOAD_ZOOM && !detailRequested) {
            detailRequested = true;
            // Nodes may be built off the FX thread while they are not in a scene.
            CompletableFuture.supplyAsync(() -> land(load("land-50m.json")))
                    .thenAccept(group -> Platform.runLater(() -> {
                        detail = group;
                        getChildren().add(detail);
                        onZoom(zoom.get());
                    }))
                    .exceptionally(e -> {
                        // The coarse map stays; a missing detail level is not worth interrupting the user.
                        ErrorLog.internal("The detailed map (land-50m.json) is unavailable; the coarse one stays", e);
                        return null;
                    });
        }
        if (detail != null) {
            detail.setVisible(z >= DETAIL_ZOOM);
            coarse.setVisible(z < DETAIL_ZOOM);
        }
    }

    private Group land(List<GeoPolygon> polygons) {
        Group group = new Group();
        for (GeoPolygon polygon : polygons) {
            Path path = new Path();
            for (double[] ring : polygon.rings()) {
                addRing(path.getElements(), ring);
            }
            path.setFillRule(FillRule.EVEN_ODD);
            path.getStyleClass().add("map-land");
            group.getChildren().add(path);
        }
        return group;
    }

    private void addRing(List<PathElement> out, double[] ring) {
        for (int i = 0; i < ring.length; i += 2) {
            Point2D p = projection.project(ring[i + 1], ring[i]);
            out.add(i == 0 ? new MoveTo(p.getX(), p.getY()) : new LineTo(p.getX(), p.getY()));
        }
        out.add(new ClosePath());
    }

    private Path graticule() {
        Path path = new Path();
        for (int lon = -180 + GRATICULE_STEP; lon < 180; lon += GRATICULE_STEP) {
            line(path, projection.project(90, lon), projection.project(-90, lon));
        }
        for (int lat = -90 + GRATICULE_STEP; lat < 90; lat += GRATICULE_STEP) {
            line(path, projection.project(lat, -180), projection.project(lat, 180));
        }
        path.getStyleClass().add("map-graticule");
        return path;
    }

    private static void line(Path path, Point2D from, Point2D to) {
        path.getElements().addAll(new MoveTo(from.getX(), from.getY()), new LineTo(to.getX(), to.getY()));
    }

    /** Reads a map resource shipped beside this class. */
    static List<GeoPolygon> load(String name) {
        try (InputStream in = MapLayer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("map resource missing: " + name);
            }
            return TopoJson.polygons(in, "land");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
