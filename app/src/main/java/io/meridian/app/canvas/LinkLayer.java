package io.meridian.app.canvas;

import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.transform.Rotate;

/**
 * Links between regions, drawn as curves between the region markers. Links inside one region are left
 * to the region card; links between the same two regions of the same kind share one curve, labelled with
 * their modes and arrowed towards where the data or the dependency goes.
 */
final class LinkLayer extends Pane {
    private static final double BEND = 0.18;
    private static final double[] DASH = {6, 5};
    private static final int SAMPLES = 24;

    private final MapProjection projection;
    private final DoubleExpression pixel;
    private final List<QuadCurve> dashed = new ArrayList<>();
    private final List<QuadCurve> curves = new ArrayList<>();
    /** The edges drawn last, by how they look. */
    private Map<Look, Drawn> drawn = Map.of();

    LinkLayer(MapProjection projection, DoubleExpression pixel) {
        this.projection = projection;
        this.pixel = pixel;
        getStyleClass().add("link-layer");
        setPickOnBounds(false);
        setMouseTransparent(true);
        // Dash lengths are in world units like the curve: rescale them so they read the same at any zoom.
        pixel.addListener(o -> dashed.forEach(this::dash));
    }

    /**
     * Draws the topology's links. An edge drawn the same as before (same ends, bend, caption and arrows) keeps its
     * nodes: an edit redraws only the edges it touched (a 1,000-region design has 2,000 of them, each a curve, a
     * label and arrows).
     */
    void render(Topology topology) {
        dashed.clear();
        curves.clear();
        Map<Look, Drawn> before = drawn;
        drawn = new java.util.HashMap<>();
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Map<String, Integer> bundles = new LinkedHashMap<>();
        for (Map.Entry<Edge, List<Link>> e : edges(topology).entrySet()) {
            Edge edge = e.getKey();
            List<Link> links = e.getValue();
            // Each further edge between the same pair bends the other way, then further out.
            int n = bundles.merge(edge.pairKey(), 1, Integer::sum) - 1;
            double bend = BEND * (n / 2 + 1) * (n % 2 == 0 ? 1 : -1);
            Look look = new Look(edge, projection.project(topology.region(edge.a()).orElseThrow().location()),
                    projection.project(topology.region(edge.b()).orElseThrow().location()), bend,
                    caption(edge.kind(), links),
                    links.stream().anyMatch(l -> regionOf(topology, l.from()).equals(edge.a())),
                    links.stream().anyMatch(l -> regionOf(topology, l.from()).equals(edge.b())));
            Drawn d = before.get(look);
            if (d == null) {
                d = draw(look);
            }
            drawn.put(look, d);
            nodes.addAll(d.nodes());
            curves.add(d.curve());
            if (edge.kind() == LinkKind.DEPENDENCY) {
                dashed.add(d.curve());
            }
        }
        SceneChildren.replace(getChildren(), nodes);
    }

    /** What an edge looks like: when it is the same, its nodes are too. */
    private record Look(Edge edge, Point2D a, Point2D b, double bend, String caption, boolean forward,
                        boolean backward) {
    }

    /** An edge's nodes: its curve, arrows and label. */
    private record Drawn(List<javafx.scene.Node> nodes, QuadCurve curve) {
    }

    private Drawn draw(Look look) {
        Edge edge = look.edge();
        double bend = look.bend();
        Point2D a = look.a();
        Point2D b = look.b();
        Point2D mid = a.midpoint(b);
        Point2D d = b.subtract(a);
        Point2D control = mid.add(new Point2D(-d.getY(), d.getX()).multiply(bend));
        QuadCurve curve = new QuadCurve(a.getX(), a.getY(), control.getX(), control.getY(), b.getX(), b.getY());
        curve.getStyleClass().addAll("link", "link-" + edge.kind().id());
        curve.strokeWidthProperty().bind(pixel.multiply(edge.kind() == LinkKind.REPLICATION ? 2 : 1.5));
        if (edge.kind() == LinkKind.DEPENDENCY) {
            dash(curve);
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        nodes.add(curve);
        if (look.forward()) {
            nodes.add(arrow(b, control, edge.kind()));
        }
        if (look.backward()) {
            nodes.add(arrow(a, control, edge.kind()));
        }
        Label label = ScreenSize.centred(new Label(look.caption()), pixel);
        label.getStyleClass().addAll("link-label", "link-label-" + edge.kind().id());
        // The curve's midpoint: B(½) = ¼a + ½c + ¼b.
        Point2D top = a.multiply(0.25).add(control.multiply(0.5)).add(b.multiply(0.25));
        label.setLayoutX(top.getX());
        label.setLayoutY(top.getY());
        nodes.add(label);
        return new Drawn(List.copyOf(nodes), curve);
    }

    /** Small boxes along every curve, in world coordinates times {@code zoom}, for cards to stay off. */
    List<Bounds> marks(double zoom) {
        List<Bounds> out = new ArrayList<>();
        for (QuadCurve c : curves) {
            for (int i = 1; i < SAMPLES; i++) {
                double t = (double) i / SAMPLES;
                double u = 1 - t;
                double x = u * u * c.getStartX() + 2 * u * t * c.getControlX() + t * t * c.getEndX();
                double y = u * u * c.getStartY() + 2 * u * t * c.getControlY() + t * t * c.getEndY();
                out.add(new BoundingBox(x * zoom - 4, y * zoom - 4, 8, 8));
            }
        }
        return out;
    }

    private void dash(QuadCurve curve) {
        double p = pixel.get();
        curve.getStrokeDashArray().setAll(DASH[0] * p, DASH[1] * p);
    }

    /** An arrowhead at {@code tip}, pointing along the curve's end tangent, stopping at the marker's rim. */
    private Group arrow(Point2D tip, Point2D control, LinkKind kind) {
        Polygon head = new Polygon(0, 0, -9, -4.5, -9, 4.5);
        head.getStyleClass().addAll("link-arrow", "link-arrow-" + kind.id());
        head.setTranslateX(-RegionNode.MARKER_RADIUS - 3);
        Group g = ScreenSize.keep(new Group(head), pixel);
        g.setLayoutX(tip.getX());
        g.setLayoutY(tip.getY());
        Point2D dir = tip.subtract(control);
        g.getTransforms().add(new Rotate(Math.toDegrees(Math.atan2(dir.getY(), dir.getX()))));
        return g;
    }

    private static String caption(LinkKind kind, List<Link> links) {
        return switch (kind) {
            case REPLICATION -> links.stream().map(Link::mode).filter(Objects::nonNull).map(ReplicationMode::id)
                    .distinct().collect(Collectors.joining(" / ")) + (links.size() > 1 ? " ×" + links.size() : "");
            case DEPENDENCY -> links.size() > 1 ? "depends ×" + links.size() : "depends";
            case NETWORK -> links.stream().map(l -> io.meridian.model.Quantities.latencyMs(l.rttMs()))
                    .collect(Collectors.joining(" / "));
        };
    }

    /** Links grouped by the unordered pair of regions they join and their kind, in design order. */
    static Map<Edge, List<Link>> edges(Topology t) {
        Map<Edge, List<Link>> out = new LinkedHashMap<>();
        for (Link l : t.links()) {
            String from = regionOf(t, l.from());
            String to = regionOf(t, l.to());
            if (!from.equals(to)) {
                Edge e = from.compareTo(to) < 0 ? new Edge(from, to, l.kind()) : new Edge(to, from, l.kind());
                out.computeIfAbsent(e, k -> new ArrayList<>()).add(l);
            }
        }
        return out;
    }

    /** A link end is a region (network links) or a component, which sits in a region. */
    private static String regionOf(Topology t, String id) {
        Optional<String> component = t.component(id).map(c -> c.regionId());
        return component.orElse(id);
    }

    /** Two regions in id order, and a link kind. */
    record Edge(String a, String b, LinkKind kind) {
        String pairKey() {
            return a + "\u0000" + b;
        }
    }
}
