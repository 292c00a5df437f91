package io.meridian.app.canvas;

import io.meridian.app.Selection;
import io.meridian.model.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The mouse gestures on the regions and populations: drag a port to link two components, drag a chip onto
 * another region to move the component, drag a custom region or a population (with the rest of the
 * selection) to move it, snapping into line with the other markers (Alt held: free). While dragging only the
 * nodes move on screen; the design changes once, on release, so a drag is one undoable step and the engine is not
 * asked about every intermediate position.
 */
final class CanvasGestures {
    /** Pixels the pointer must travel before a press becomes a drag rather than a click. */
    private static final double SLOP = 3;

    private final NodeLayer nodes;
    private final Viewport viewport;
    private final MapProjection projection;
    private final Selection selection;
    private final Supplier<CanvasEditor> editor;
    private final Pane overlay;
    private final Line rubber = new Line();
    private final Line guideX = guide();
    private final Line guideY = guide();
    private Gesture gesture;

    private sealed interface Gesture permits LinkDrag, ChipDrag, MoveDrag, CardDrag {
    }

    /** A region's card dragged aside: the marker stays at the region's true coordinate. */
    private record CardDrag(RegionNode region, Point2D startScene, double startX, double startY) implements Gesture {
    }

    private record LinkDrag(String fromId, Point2D start, Point2D startScene) implements Gesture {
    }

    private record ChipDrag(Node chip, String componentId, Point2D startScene) implements Gesture {
    }

    private record MoveDrag(List<Node> moving, Point2D startScene, Point2D anchorWorld) implements Gesture {
    }

    CanvasGestures(NodeLayer nodes, Viewport viewport, MapProjection projection, Selection selection,
                   Supplier<CanvasEditor> editor, Pane overlay) {
        this.nodes = nodes;
        this.viewport = viewport;
        this.projection = projection;
        this.selection = selection;
        this.editor = editor;
        this.overlay = overlay;
        rubber.getStyleClass().add("link-rubber");
        rubber.setMouseTransparent(true);
        nodes.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        nodes.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        nodes.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private static Line guide() {
        Line l = new Line();
        l.getStyleClass().add("align-guide");
        l.setMouseTransparent(true);
        return l;
    }

    private void pressed(MouseEvent e) {
        gesture = null;
        CanvasEditor ed = editor.get();
        if (e.getButton() != MouseButton.PRIMARY || ed == null) {
            return;
        }
        Node port = up((Node) e.getTarget(), n -> n.getStyleClass().contains("port"));
        Node chip = up((Node) e.getTarget(), n -> n.getStyleClass().contains("chip"));
        Node element = up((Node) e.getTarget(), n -> n.getParent() == nodes);
        Node card = up((Node) e.getTarget(), n -> n.getStyleClass().contains("region-card"));
        if (card != null && port == null && chip == null && card.getParent() instanceof RegionNode r) {
            gesture = new CardDrag(r, new Point2D(e.getSceneX(), e.getSceneY()), card.getLayoutX(), card.getLayoutY());
        } else if (port != null && chip != null) {
            Point2D start = overlay.sceneToLocal(port.localToScene(0, 0));
            gesture = new LinkDrag((String) chip.getUserData(), start, new Point2D(e.getSceneX(), e.getSceneY()));
        } else if (chip != null) {
            gesture = new ChipDrag(chip, (String) chip.getUserData(), new Point2D(e.getSceneX(), e.getSceneY()));
        } else if (element != null && ed.movable((String) element.getUserData())) {
            String id = (String) element.getUserData();
            List<Node> moving = new ArrayList<>();
            moving.add(element);
            if (selection.contains(id)) {
                for (String other : selection.ids()) {
                    if (!other.equals(id) && ed.movable(other)) {
                        nodes.node(other).ifPresent(moving::add);
                    }
                }
            }
            gesture = new MoveDrag(moving, new Point2D(e.getSceneX(), e.getSceneY()),
                    new Point2D(element.getLayoutX(), element.getLayoutY()));
        }
        if (gesture != null) {
            e.consume(); // the map must not pan under a drag that moves or links something
        }
    }

    private void dragged(MouseEvent e) {
        if (gesture == null) {
            return;
        }
        e.consume();
        if (gesture instanceof LinkDrag link) {
            Point2D at = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            rubber.setStartX(link.start().getX());
            rubber.setStartY(link.start().getY());
            rubber.setEndX(at.getX());
            rubber.setEndY(at.getY());
            if (!overlay.getChildren().contains(rubber)) {
                overlay.getChildren().add(rubber);
            }
            nodes.setCursor(Cursor.CROSSHAIR);
        } else if (gesture instanceof ChipDrag drag) {
            drag.chip().setTranslateX(e.getSceneX() - drag.startScene().getX());
            drag.chip().setTranslateY(e.getSceneY() - drag.startScene().getY());
            drag.chip().setMouseTransparent(true);
            nodes.setCursor(Cursor.MOVE);
        } else if (gesture instanceof CardDrag drag) {
            // The region node is kept at screen size, so a scene pixel is one of its pixels.
            drag.region().dragCard(drag.startX() + e.getSceneX() - drag.startScene().getX(),
                    drag.startY() + e.getSceneY() - drag.startScene().getY());
            nodes.setCursor(Cursor.MOVE);
        } else if (gesture instanceof MoveDrag move) {
            AlignmentSnap snap = snap(move, e);
            Point2D shift = snap.at().subtract(move.anchorWorld());
            for (Node n : move.moving()) {
                n.setTranslateX(shift.getX());
                n.setTranslateY(shift.getY());
            }
            showGuides(snap);
            nodes.setCursor(Cursor.MOVE);
        }
    }

    private void released(MouseEvent e) {
        Gesture g = gesture;
        gesture = null;
        if (g == null) {
            return;
        }
        e.consume();
        nodes.setCursor(Cursor.DEFAULT);
        overlay.getChildren().removeAll(rubber, guideX, guideY);
        CanvasEditor ed = editor.get();
        if (new Point2D(e.getSceneX(), e.getSceneY()).distance(start(g)) < SLOP) {
            reset(g);
            return; // a click: selection handles it
        }
        if (g instanceof CardDrag drag) {
            double limit = io.meridian.model.Limits.MAX_CARD_OFFSET;
            double x = Math.max(-limit, Math.min(limit, drag.startX() + e.getSceneX() - drag.startScene().getX()));
            double y = Math.max(-limit, Math.min(limit, drag.startY() + e.getSceneY() - drag.startScene().getY()));
            ed.moveCard(drag.region().region().id(), new io.meridian.model.Layout.CardOffset(x, y));
            nodes.requestLayout(); // shows the card where the placement puts it, whether or not the edit is taken
        } else if (g instanceof LinkDrag link) {
            Optional<Node> target = nodes.chipAt(e.getSceneX(), e.getSceneY());
            target.map(n -> (String) n.getUserData()).filter(id -> !id.equals(link.fromId()))
                    .ifPresent(to -> ed.link(link.fromId(), to));
        } else if (g instanceof ChipDrag drag) {
            reset(g);
            nodes.regionAt(e.getSceneX(), e.getSceneY()).ifPresent(r -> ed.moveComponent(drag.componentId(), r));
        } else if (g instanceof MoveDrag move) {
            Point2D to = snap(move, e).at();
            GeoPoint a = projection.unproject(move.anchorWorld().getX(), move.anchorWorld().getY());
            GeoPoint b = projection.unproject(to.getX(), to.getY());
            List<String> ids = move.moving().stream().map(n -> (String) n.getUserData()).toList();
            reset(g);
            ed.move(ids, b.lat() - a.lat(), b.lon() - a.lon());
        }
    }

    /** Where the pointer puts the dragged marker, in line with another one when it comes close (not with Alt). */
    private AlignmentSnap snap(MoveDrag move, MouseEvent e) {
        double z = viewport.getZoom();
        Point2D wanted = move.anchorWorld().add((e.getSceneX() - move.startScene().getX()) / z,
                (e.getSceneY() - move.startScene().getY()) / z);
        if (e.isAltDown()) {
            return new AlignmentSnap(wanted, null, null);
        }
        List<Point2D> others = nodes.getChildren().stream()
                .filter(n -> n.getUserData() instanceof String && !move.moving().contains(n))
                .map(n -> new Point2D(n.getLayoutX(), n.getLayoutY())).toList();
        return AlignmentSnap.of(wanted, others, AlignmentSnap.TOLERANCE_PIXELS / z);
    }

    /** Thin lines across the map through the marker it lined up with, as long as it does. */
    private void showGuides(AlignmentSnap snap) {
        guide(guideX, snap.alignedToX() == null ? null : new Point2D(snap.at().getX(), 0), true);
        guide(guideY, snap.alignedToY() == null ? null : new Point2D(0, snap.at().getY()), false);
    }

    private void guide(Line line, Point2D world, boolean vertical) {
        if (world == null) {
            overlay.getChildren().remove(line);
            return;
        }
        Point2D at = overlay.sceneToLocal(viewport.localToScene(viewport.toScreen(world)));
        double w = overlay.getWidth();
        double h = overlay.getHeight();
        line.setStartX(vertical ? at.getX() : 0);
        line.setEndX(vertical ? at.getX() : w);
        line.setStartY(vertical ? 0 : at.getY());
        line.setEndY(vertical ? h : at.getY());
        if (!overlay.getChildren().contains(line)) {
            overlay.getChildren().add(line);
        }
    }

    private static Point2D start(Gesture g) {
        if (g instanceof ChipDrag c) {
            return c.startScene();
        }
        if (g instanceof MoveDrag m) {
            return m.startScene();
        }
        if (g instanceof CardDrag c) {
            return c.startScene();
        }
        return ((LinkDrag) g).startScene();
    }

    private void reset(Gesture g) {
        if (g instanceof CardDrag) {
            nodes.requestLayout();
        } else if (g instanceof ChipDrag c) {
            c.chip().setTranslateX(0);
            c.chip().setTranslateY(0);
            c.chip().setMouseTransparent(false);
        } else if (g instanceof MoveDrag m) {
            m.moving().forEach(n -> {
                n.setTranslateX(0);
                n.setTranslateY(0);
            });
        }
    }

    private Node up(Node from, Predicate<Node> test) {
        for (Node n = from; n != null && n != nodes; n = n.getParent()) {
            if (test.test(n)) {
                return n;
            }
        }
        return null;
    }
}
