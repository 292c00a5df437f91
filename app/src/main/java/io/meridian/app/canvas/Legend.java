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

/**
 * Explains the marks the current design uses, and only those, in the canvas corner. It gets out of the way: map
 * labels are placed around it, it folds to its title by itself when it would sit over a region or population, and a
 * click on the title folds or unfolds it (the user's choice then wins until the next design).
 */
final class Legend extends VBox {
    private final Label title = new Label();
    private final VBox items = new VBox();
    private boolean crowded;
    private Boolean folded;

    Legend() {
        getStyleClass().add("legend");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(false);
        StackPane.setMargin(this, new Insets(12));
        title.getStyleClass().add("legend-title");
        title.setOnMouseClicked(e -> {
            folded = !isFolded();
            showFold();
            e.consume();
        });
        items.getStyleClass().add("legend-items");
        getChildren().addAll(title, items);
    }

    /** Whether the unfolded legend would cover a marker; folds it unless the user chose otherwise. */
    void setCrowded(boolean value) {
        if (value != crowded) {
            crowded = value;
            showFold();
        }
    }

    boolean isFolded() {
        return folded != null ? folded : crowded;
    }

    /** The unfolded legend's size, whether or not it is folded now (to tell whether it would cover something). */
    double unfoldedWidth() {
        return Math.max(title.prefWidth(-1), items.prefWidth(-1)) + snappedLeftInset() + snappedRightInset();
    }

    double unfoldedHeight() {
        return title.prefHeight(-1) + items.prefHeight(-1) + snappedTopInset() + snappedBottomInset() + getSpacing();
    }

    private void showFold() {
        boolean f = isFolded();
        items.setVisible(!f);
        items.setManaged(!f);
        title.setText(f ? "Legend ▸" : "Legend ▾");
    }

    /** {@code rerouting}: a what-if moves traffic now, so the warning-coloured lines need explaining. */
    void update(Topology t, boolean rerouting) {
        items.getChildren().clear();
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
        setVisible(!items.getChildren().isEmpty());
        showFold();
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
        items.getChildren().add(label);
    }
}
