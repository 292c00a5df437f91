package io.meridian.app.canvas;

import io.meridian.model.LinkKind;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** Explains the marks the current design uses, and only those, in the canvas corner. */
final class Legend extends VBox {

    Legend() {
        getStyleClass().add("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(false);
        StackPane.setMargin(this, new Insets(12));
    }

    /** {@code rerouting}: a what-if moves traffic now, so the warning-coloured lines need explaining. */
    void update(Topology t, boolean rerouting) {
        getChildren().clear();
        Set<Provider> providers = t.regions().stream().map(Region::provider)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Provider.class)));
        for (Provider p : providers) {
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("legend-dot", ProviderStyle.styleClass(p));
            add(dot, ProviderStyle.label(p) + " region");
        }
        // Only what the map draws: links inside one region appear on no curve.
        Set<LinkKind> kinds = LinkLayer.edges(t).keySet().stream().map(LinkLayer.Edge::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LinkKind.class)));
        for (LinkKind k : kinds) {
            Line line = new Line(0, 0, 18, 0);
            line.getStyleClass().addAll("link", "link-" + k.id(), "legend-line");
            if (k == LinkKind.DEPENDENCY) {
                line.getStrokeDashArray().setAll(4.0, 3.0);
            }
            add(line, switch (k) {
                case REPLICATION -> "Replication";
                case DEPENDENCY -> "Dependency";
                case NETWORK -> "Network path";
            });
        }
        if (!t.populations().isEmpty()) {
            Rectangle diamond = new Rectangle(8, 8);
            diamond.setRotate(45);
            diamond.getStyleClass().add("population-marker");
            add(diamond, "User population");
            add(trafficLine("traffic-serving"), "Traffic (width: req/s)");
        }
        if (rerouting) {
            add(trafficLine("traffic-rerouted"), "Re-routed traffic");
        }
        if (!t.zones().isEmpty()) {
            Rectangle zone = new Rectangle(16, 10);
            zone.getStyleClass().addAll("zone", "zone-0", "legend-zone");
            add(zone, "Residency zone");
        }
        setVisible(!getChildren().isEmpty());
    }

    private static Line trafficLine(String kind) {
        Line line = new Line(0, 0, 18, 0);
        line.getStyleClass().addAll("traffic", kind, "legend-line");
        line.setStrokeWidth(3);
        if (!kind.equals("traffic-serving")) {
            line.getStrokeDashArray().setAll(4.0, 3.0);
        }
        return line;
    }

    private void add(Node swatch, String text) {
        StackPane box = new StackPane(swatch);
        box.getStyleClass().add("legend-swatch");
        Label label = new Label(text, box);
        label.getStyleClass().add("legend-item");
        getChildren().add(label);
    }
}
