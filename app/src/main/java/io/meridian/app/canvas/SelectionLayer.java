package io.meridian.app.canvas;

import javafx.beans.binding.DoubleExpression;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;

/** Draws the selection above everything else: a ring around the selected marker, kept at screen size. */
final class SelectionLayer extends Pane {
    private final Circle ring = new Circle(RegionNode.MARKER_RADIUS + 7);

    SelectionLayer(DoubleExpression pixel) {
        getStyleClass().add("selection-layer");
        setPickOnBounds(false);
        setMouseTransparent(true);
        ring.getStyleClass().add("selection-ring");
        ScreenSize.keep(ring, pixel);
    }

    /** Rings {@code marker} (a node of the node layer, in world coordinates), or clears when null. */
    void show(Node marker) {
        if (marker == null) {
            getChildren().clear();
            return;
        }
        ring.setLayoutX(marker.getLayoutX());
        ring.setLayoutY(marker.getLayoutY());
        if (getChildren().isEmpty()) {
            getChildren().add(ring);
        }
    }
}
