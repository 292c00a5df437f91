package io.meridian.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its node. A Tooltip is a popup window with its own scene: made up
 * front for every chip of a 1,000-region map (21,000 of them) or every cell of a large results table, they cost
 * seconds before the first paint, for tooltips almost none of which are ever shown.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** A plain tooltip with this text. */
    public static void install(Node node, Supplier<String> text) {
        install(node, text, tip -> { });
    }

    /** A tooltip with this text, styled by {@code style} when it is made. */
    public static void install(Node node, Supplier<String> text, Consumer<Tooltip> style) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(text.get());
                style.accept(tip);
                if (node instanceof Control c) {
                    c.setTooltip(tip);
                } else {
                    Tooltip.install(node, tip);
                }
            }
        });
    }
}
