package io.meridian.app.canvas;

import io.meridian.maplayout.Placement;
import javafx.scene.shape.Line;

import io.meridian.model.Population;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;

/** A user population: a diamond at its location, labelled with its name and load. Kept at screen size. */
final class PopulationNode extends Group {
    private static final double SIZE = 10;

    private final Label label;
    private final Label compact;
    private final Line leader = new Line();

    PopulationNode(Population population, Point2D at) {
        setUserData(population.id());
        getStyleClass().add("population-node");
        setLayoutX(at.getX());
        setLayoutY(at.getY());
        Rectangle diamond = new Rectangle(-SIZE / 2, -SIZE / 2, SIZE, SIZE);
        diamond.setRotate(45);
        diamond.getStyleClass().add("population-marker");
        label = new Label(population.name() + " · " + rate(population.requestsPerSecond()));
        label.getStyleClass().add("population-label");
        label.relocate(SIZE, -SIZE);
        compact = new Label(rate(population.requestsPerSecond()));
        compact.getStyleClass().add("population-label");
        String name = label.getText();
        io.meridian.app.LazyTooltip.install(compact, () -> name);
        // Where the map has no room for the label, the marker still names the population on hover.
        io.meridian.app.LazyTooltip.install(diamond, () -> name);
        compact.setVisible(false);
        leader.getStyleClass().add("leader-line");
        leader.setMouseTransparent(true);
        leader.setVisible(false);
        getChildren().addAll(leader, diamond, label, compact);
    }

    Label compactLabel() {
        return compact;
    }

    /** Shows the full or compact label at an offset from the marker with a leader from its edge; null hides both. */
    void showLabel(Placement.Form form, double x, double y, double lx, double ly) {
        label.setVisible(form == Placement.Form.FULL);
        compact.setVisible(form == Placement.Form.COMPACT);
        Label shown = form == Placement.Form.FULL ? label : form == Placement.Form.COMPACT ? compact : null;
        leader.setVisible(shown != null && Math.hypot(lx, ly) > SIZE);
        if (shown != null) {
            shown.relocate(x, y);
            leader.setStartX(lx);
            leader.setStartY(ly);
        }
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(RegionNode.SELECTED, selected);
    }

    Label label() {
        return label;
    }

    /** 12000 → "12k req/s": load at a glance, the inspector will show the exact figure. */
    static String rate(double rps) {
        if (rps >= 1_000_000) {
            return compact(rps / 1_000_000) + "M req/s";
        }
        if (rps >= 1_000) {
            return compact(rps / 1_000) + "k req/s";
        }
        return compact(rps) + " req/s";
    }

    private static String compact(double v) {
        return v >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
