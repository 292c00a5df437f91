package io.meridian.app.canvas;

import io.meridian.app.whatif.TrafficRoutes.Kind;
import io.meridian.app.whatif.TrafficRoutes.Route;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.QuadCurve;

/**
 * User traffic: a line from each population to each region serving it, as wide as the requests/s it
 * carries. Under a what-if the traffic a failed region no longer takes is drawn faint and dashed, and
 * where it goes instead in the warning colour, dashed and bowed so it stands apart from the traffic the
 * surviving region carried already. Lines live in world coordinates; widths, dashes and labels are kept
 * at screen size.
 */
final class TrafficLayer extends Pane {
    /** Thinnest and thickest line, in screen pixels; width grows linearly with requests/s. */
    static final double MIN_WIDTH = 1.5;
    static final double MAX_WIDTH = 8;
    /** How far a re-routed line bows away from the straight one, as a share of its length. */
    private static final double REROUTE_BEND = 0.14;
    private static final double[] DASH = {7, 5};
    /** Where along a line its label sits, from the population (0) to the region (1). */
    private static final double LABEL_AT = 0.3;

    private final MapProjection projection;
    private final DoubleExpression pixel;
    private final List<QuadCurve> dashed = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    /** The labels go in their own layer, above the links' labels: during a what-if the re-route is the news. */
    private final Pane labelLayer = new Pane();
    private List<Route> routes = List.of();

    TrafficLayer(MapProjection projection, DoubleExpression pixel) {
        this.projection = projection;
        this.pixel = pixel;
        getStyleClass().add("traffic-layer");
        setPickOnBounds(false);
        setMouseTransparent(true);
        pixel.addListener(o -> dashed.forEach(this::dash));
        labelLayer.getStyleClass().add("traffic-label-layer");
        labelLayer.setPickOnBounds(false);
        labelLayer.setMouseTransparent(true);
    }

    /** The layer of the lines' labels, to be stacked above the link layer. */
    Pane labelLayer() {
        return labelLayer;
    }

    /**
     * Draws {@code computed} (worked out by the what-if, off this thread) at the places {@code topology} has now.
     * Routes may lag one edit behind the topology: those whose population or region is gone are left out until
     * the fresh ones arrive.
     */
    void render(Topology topology, List<Route> computed) {
        getChildren().clear();
        labelLayer.getChildren().clear();
        dashed.clear();
        labels.clear();
        routes = computed.stream().filter(r -> topology.population(r.populationId()).isPresent()
                && topology.region(r.regionId()).isPresent()).toList();
        double busiest = busiest(routes);
        List<Label> over = new ArrayList<>();
        for (Route r : routes) {
            if (r.rps() <= 0) {
                continue;
            }
            Point2D a = projection.project(topology.population(r.populationId()).orElseThrow().location());
            Point2D b = projection.project(topology.region(r.regionId()).orElseThrow().location());
            Point2D mid = a.midpoint(b);
            Point2D d = b.subtract(a);
            double bend = r.kind() == Kind.REROUTED ? REROUTE_BEND : 0;
            Point2D control = mid.add(new Point2D(-d.getY(), d.getX()).multiply(bend));
            QuadCurve line = new QuadCurve(a.getX(), a.getY(), control.getX(), control.getY(), b.getX(), b.getY());
            String kind = r.kind().name().toLowerCase(Locale.ROOT);
            line.getStyleClass().addAll("traffic", "traffic-" + kind);
            line.setUserData(r);
            line.strokeWidthProperty().bind(pixel.multiply(width(r.rps(), busiest)));
            if (r.kind() != Kind.SERVING) {
                dashed.add(line);
                dash(line);
            }
            getChildren().add(line);
            caption(r).ifPresent(text -> {
                Label label = ScreenSize.centred(new Label(text), pixel);
                label.getStyleClass().addAll("traffic-label", "traffic-label-" + kind);
                label.setUserData(r);
                // B(t) = (1−t)²a + 2t(1−t)c + t²b at t = LABEL_AT: nearer the population than the middle, where
                // the label of a link between the same two regions would sit. Re-routed labels go on top.
                double t = LABEL_AT;
                Point2D at = a.multiply((1 - t) * (1 - t)).add(control.multiply(2 * t * (1 - t)))
                        .add(b.multiply(t * t));
                label.setLayoutX(at.getX());
                label.setLayoutY(at.getY());
                labels.add(label);
                over.add(label);
            });
        }
        over.sort((x, y) -> Boolean.compare(((Route) x.getUserData()).kind() == Kind.REROUTED,
                ((Route) y.getUserData()).kind() == Kind.REROUTED));
        labelLayer.getChildren().addAll(over);
    }

    /** The routes drawn now, in the order they were computed. */
    List<Route> routes() {
        return routes;
    }

    /** Whether some traffic is re-routed now (the legend then explains the warning-coloured lines). */
    boolean rerouting() {
        return routes.stream().anyMatch(r -> r.kind() == Kind.REROUTED && r.rps() > 0);
    }

    /** The labels' boxes, in world coordinates times {@code zoom}, for region cards to stay off. */
    List<Bounds> marks(double zoom) {
        return labels.stream().map(l -> (Bounds) new BoundingBox(l.getLayoutX() * zoom - l.getWidth() / 2,
                l.getLayoutY() * zoom - l.getHeight() / 2, l.getWidth(), l.getHeight())).toList();
    }

    /**
     * What a line says: re-routed traffic always (that is the news), a serving share only when the population
     * splits over several regions (a single route is the population's own label), lost traffic nothing (the
     * failed region's card says DOWN).
     */
    static Optional<String> caption(Route r) {
        return switch (r.kind()) {
            case REROUTED -> Optional.of("re-routed " + PopulationNode.rate(r.rps()));
            case SERVING -> r.share() < 1 - 1e-9
                    ? Optional.of(io.meridian.model.Quantities.percent(r.share() * 100) + " · " + PopulationNode.rate(r.rps()))
                    : Optional.empty();
            case LOST -> Optional.empty();
        };
    }

    private void dash(QuadCurve line) {
        double p = pixel.get();
        line.getStrokeDashArray().setAll(DASH[0] * p, DASH[1] * p);
    }

    /** Line width in screen pixels: the busiest route of the design gets {@link #MAX_WIDTH}. */
    static double width(double rps, double busiestRps) {
        if (busiestRps <= 0) {
            return MIN_WIDTH;
        }
        return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.min(1, rps / busiestRps);
    }

    /** The most requests/s any one line carries. */
    static double busiest(List<Route> routes) {
        return routes.stream().mapToDouble(Route::rps).max().orElse(0);
    }
}
