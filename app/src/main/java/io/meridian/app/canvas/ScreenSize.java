package io.meridian.app.canvas;

import javafx.beans.binding.DoubleExpression;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** Markers and labels keep one on-screen size at any zoom: they undo the viewport's scale around their origin. */
final class ScreenSize {
    private ScreenSize() {
    }

    /** {@code pixel} is the size of one screen pixel in world units (1 / zoom). */
    static <N extends Node> N keep(N node, DoubleExpression pixel) {
        Scale scale = new Scale();
        scale.xProperty().bind(pixel);
        scale.yProperty().bind(pixel);
        node.getTransforms().add(scale);
        return node;
    }

    /** Like {@link #keep}, with the node's centre (not its top-left corner) on its layout position. */
    static <N extends Region> N centred(N node, DoubleExpression pixel) {
        keep(node, pixel);
        Translate centre = new Translate();
        centre.xProperty().bind(node.widthProperty().divide(-2));
        centre.yProperty().bind(node.heightProperty().divide(-2));
        node.getTransforms().add(centre);
        return node;
    }
}
