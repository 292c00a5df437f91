package io.meridian.app.canvas;

import io.meridian.app.Selection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * Rubber-band selection: Shift+drag on empty map draws a box, and every region and population whose marker lies
 * in it joins the selection (a plain drag still pans, as on every map). The events of the gesture are consumed so
 * the map neither pans under the box nor clears the selection at the end.
 */
final class BoxSelection {
    private final NodeLayer nodes;
    private final Selection selection;
    private final Pane overlay;
    private final Function<Node, Boolean> onElement;
    private final Rectangle box = new Rectangle();
    private Point2D start;

    /**
     * @param onElement whether a pressed node belongs to an element (Shift+click there toggles it instead)
     */
    BoxSelection(Viewport viewport, NodeLayer nodes, Selection selection, Pane overlay,
                 Function<Node, Boolean> onElement) {
        this.nodes = nodes;
        this.selection = selection;
        this.overlay = overlay;
        this.onElement = onElement;
        box.getStyleClass().add("selection-box");
        box.setMouseTransparent(true);
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        start = null;
        if (e.getButton() != MouseButton.PRIMARY || !e.isShiftDown() || onElement.apply((Node) e.getTarget())) {
            return;
        }
        start = new Point2D(e.getSceneX(), e.getSceneY());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (start == null) {
            return;
        }
        Rectangle2D r = rect(overlay.sceneToLocal(start), overlay.sceneToLocal(e.getSceneX(), e.getSceneY()));
        box.setX(r.getMinX());
        box.setY(r.getMinY());
        box.setWidth(r.getWidth());
        box.setHeight(r.getHeight());
        if (!overlay.getChildren().contains(box)) {
            overlay.getChildren().add(box);
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (start == null) {
            return;
        }
        Rectangle2D r = rect(start, new Point2D(e.getSceneX(), e.getSceneY()));
        start = null;
        overlay.getChildren().remove(box);
        e.consume();
        Set<String> ids = new LinkedHashSet<>(selection.ids());
        ids.addAll(inside(r));
        if (!ids.isEmpty()) {
            selection.selectAll(new ArrayList<>(ids));
        }
    }

    /** The regions and populations whose marker (the node's origin, the true coordinate) lies in a scene box. */
    List<String> inside(Rectangle2D sceneBox) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes.getChildren()) {
            // Regions folded into a cluster chip count too: their node still sits at their coordinate.
            if (n.getUserData() instanceof String id) {
                Point2D at = n.localToScene(0, 0);
                if (sceneBox.contains(at)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private static Rectangle2D rect(Point2D a, Point2D b) {
        return new Rectangle2D(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
    }
}
