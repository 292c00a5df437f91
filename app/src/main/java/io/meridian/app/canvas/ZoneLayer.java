package io.meridian.app.canvas;

import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;

/**
 * Residency zones as soft rounded hulls around their regions. The hull is the convex hull of a circle
 * around each region, whose radius is fixed on screen, so it is rebuilt when the zoom changes.
 */
final class ZoneLayer extends Pane {
    /** Distance from a region marker to the hull's edge, in screen pixels. */
    private static final double PADDING = 30;
    private static final int CIRCLE_STEPS = 24;
    private static final int PALETTE = 4;

    private final MapProjection projection;
    private final DoubleExpression pixel;
    private final List<Hull> hulls = new ArrayList<>();

    ZoneLayer(MapProjection projection, DoubleExpression pixel) {
        this.projection = projection;
        this.pixel = pixel;
        getStyleClass().add("zone-layer");
        // Only the zone labels take clicks (a click selects the zone); the hulls let them through to the map.
        setPickOnBounds(false);
        pixel.addListener(o -> hulls.forEach(this::shape));
    }

    void render(Topology topology) {
        getChildren().clear();
        hulls.clear();
        for (int i = 0; i < topology.zones().size(); i++) {
            ResidencyZone zone = topology.zones().get(i);
            List<Point2D> centres = zone.regionIds().stream()
                    .map(id -> projection.project(topology.region(id).orElseThrow().location())).toList();
            Polygon outline = new Polygon();
            outline.getStyleClass().addAll("zone", "zone-" + (i % PALETTE));
            outline.setMouseTransparent(true);
            Label label = ScreenSize.centred(new Label(zone.name()), pixel);
            label.getStyleClass().addAll("zone-label", "zone-" + (i % PALETTE));
            label.setUserData(zone.id());
            label.setTooltip(new javafx.scene.control.Tooltip("Residency zone " + zone.name()
                    + ". Click to inspect, edit or delete it."));
            Hull hull = new Hull(centres, outline, label);
            hulls.add(hull);
            shape(hull);
            getChildren().addAll(outline, label);
        }
    }

    /** Marks the selected zones' labels. */
    void select(java.util.Collection<String> ids) {
        hulls.forEach(h -> h.label().pseudoClassStateChanged(RegionNode.SELECTED,
                ids.contains((String) h.label().getUserData())));
    }

    /** The zone labels' boxes, in world coordinates times {@code zoom}, for cards to stay off. */
    List<Bounds> marks(double zoom) {
        return hulls.stream().map(h -> {
            Label l = h.label();
            return (Bounds) new BoundingBox(l.getLayoutX() * zoom - l.getWidth() / 2,
                    l.getLayoutY() * zoom - l.getHeight() / 2, l.getWidth(), l.getHeight());
        }).toList();
    }

    private void shape(Hull hull) {
        double p = pixel.get();
        double r = PADDING * p;
        List<Point2D> points = new ArrayList<>();
        for (Point2D c : hull.centres()) {
            for (int k = 0; k < CIRCLE_STEPS; k++) {
                double a = 2 * Math.PI * k / CIRCLE_STEPS;
                points.add(new Point2D(c.getX() + r * Math.cos(a), c.getY() + r * Math.sin(a)));
            }
        }
        List<Point2D> ring = convexHull(points);
        List<Double> coords = new ArrayList<>(ring.size() * 2);
        ring.forEach(q -> {
            coords.add(q.getX());
            coords.add(q.getY());
        });
        hull.outline().getPoints().setAll(coords);
        hull.outline().setStrokeWidth(1.5 * p);
        hull.outline().getStrokeDashArray().setAll(5 * p, 4 * p);
        // The label sits on the hull's top edge, above the regions' own cards.
        Point2D top = ring.stream().min(Comparator.comparingDouble(Point2D::getY)).orElseThrow();
        hull.label().setLayoutX(top.getX());
        hull.label().setLayoutY(top.getY());
    }

    /** Andrew's monotone chain; counter-clockwise, without the closing point. */
    static List<Point2D> convexHull(List<Point2D> points) {
        List<Point2D> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point2D::getX).thenComparingDouble(Point2D::getY));
        if (sorted.size() < 3) {
            return sorted;
        }
        Point2D[] hull = new Point2D[2 * sorted.size()];
        int k = 0;
        for (Point2D p : sorted) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = sorted.size() - 2, lower = k + 1; i >= 0; i--) {
            Point2D p = sorted.get(i);
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        return List.copyOf(Arrays.asList(hull).subList(0, k - 1));
    }

    private static double cross(Point2D o, Point2D a, Point2D b) {
        return (a.getX() - o.getX()) * (b.getY() - o.getY()) - (a.getY() - o.getY()) * (b.getX() - o.getX());
    }

    private record Hull(List<Point2D> centres, Polygon outline, Label label) {
    }
}
