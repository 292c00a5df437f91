package io.meridian.app;

import io.meridian.app.canvas.DesignCanvas;
import io.meridian.app.edit.ElementKind;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The element kinds to drag onto the map. A press-drag-release gesture rather than platform drag-and-drop,
 * so it behaves the same everywhere (and under the headless test robot); a double click or Enter places
 * the element at the centre of the map, or into the selected region.
 */
final class Palette extends VBox {
    private final DesignCanvas canvas;

    Palette(DesignCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add("palette");
        Label heading = new Label("Add");
        heading.getStyleClass().add("palette-heading");
        getChildren().add(heading);
        for (ElementKind kind : ElementKind.values()) {
            getChildren().add(item(kind));
        }
        Label hint = new Label("Drag onto the map. Components go on a region. Drag from a component's dot to "
                + "another component to link them.");
        hint.getStyleClass().add("palette-hint");
        hint.setWrapText(true);
        getChildren().add(hint);
    }

    private Label item(ElementKind kind) {
        Label tag = new Label(tag(kind));
        tag.getStyleClass().addAll("palette-tag", "palette-tag-" + kind.name().toLowerCase().replace('_', '-'));
        Label item = new Label(kind.label(), tag);
        item.getStyleClass().add("palette-item");
        item.setId("palette-" + kind.name().toLowerCase().replace('_', '-'));
        item.setMaxWidth(Double.MAX_VALUE);
        item.setFocusTraversable(true);
        item.setTooltip(new Tooltip(kind.description() + "\nDrag onto the map, or double-click."));
        item.setCursor(Cursor.OPEN_HAND);
        item.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            item.setCursor(Cursor.CLOSED_HAND);
            e.consume();
        });
        item.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            item.setCursor(Cursor.OPEN_HAND);
            if (e.getButton() == MouseButton.PRIMARY && !e.isStillSincePress()) {
                canvas.dropAt(kind, e.getSceneX(), e.getSceneY());
            }
        });
        item.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                placeAtCentre(kind);
            }
        });
        item.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                placeAtCentre(kind);
                e.consume();
            }
        });
        return item;
    }

    private void placeAtCentre(ElementKind kind) {
        Point2D centre = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
        canvas.dropAt(kind, centre.getX(), centre.getY());
    }

    private static String tag(ElementKind kind) {
        return switch (kind) {
            case REGION -> "●";
            case SERVICE -> "SVC";
            case DATABASE -> "DB";
            case CACHE -> "CA";
            case QUEUE -> "Q";
            case OBJECT_STORE -> "OBJ";
            case LOAD_BALANCER -> "LB";
            case POPULATION -> "◆";
            case ZONE -> "▢";
            case ROUTING -> "⇄";
        };
    }
}
