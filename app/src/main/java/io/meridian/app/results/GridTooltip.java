package io.meridian.app.results;

import java.util.Objects;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * One tooltip for everything drawn on a canvas: after a short rest it shows the explanation of what is under the
 * pointer, follows the pointer from cell to cell with the new text, and hides off the cells, on exit and on press.
 */
final class GridTooltip {
    private static final double OFFSET_X = 14;
    private static final double OFFSET_Y = 18;

    private final Canvas canvas;
    /** The text for a point of the canvas; null where there is nothing to explain. */
    private final BiFunction<Double, Double, String> textAt;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition showDelay = new PauseTransition(Duration.millis(300));
    private String current;
    private double screenX;
    private double screenY;

    GridTooltip(Canvas canvas, BiFunction<Double, Double, String> textAt) {
        this.canvas = canvas;
        this.textAt = textAt;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        tooltip.setAutoHide(true);
        showDelay.setOnFinished(e -> show());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hide());
    }

    Tooltip tooltip() {
        return tooltip;
    }

    private void moved(MouseEvent e) {
        screenX = e.getScreenX();
        screenY = e.getScreenY();
        String text = textAt.apply(e.getX(), e.getY());
        if (text == null || text.isBlank()) {
            hide();
            return;
        }
        if (!Objects.equals(text, current)) {
            current = text;
            tooltip.setText(text);
        }
        if (tooltip.isShowing()) {
            show();
        } else if (showDelay.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            showDelay.playFromStart();
        }
    }

    private void show() {
        var window = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        if (window != null && window.isShowing() && current != null) {
            tooltip.show(canvas, screenX + OFFSET_X, screenY + OFFSET_Y);
        }
    }

    private void hide() {
        showDelay.stop();
        tooltip.hide();
        current = null;
    }
}
