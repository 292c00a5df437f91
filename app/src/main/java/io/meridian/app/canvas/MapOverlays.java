package io.meridian.app.canvas;

import io.meridian.app.Selection;
import io.meridian.app.edit.DesignEdits;
import io.meridian.model.Design;
import io.meridian.model.GlobalRouting;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What sits over the map's corners besides the legend: the design's title and description (top left), the
 * global routing badge (top right), the zoom buttons and the map credit (bottom right). The map's labels are placed
 * around all of them.
 */
final class MapOverlays {
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label routing = new Label();
    private final VBox header;
    private final VBox zoomControls;

    MapOverlays(Selection selection, Runnable zoomIn, Runnable zoomOut, Runnable fit) {
        header = buildHeader();
        zoomControls = zoomControls(zoomIn, zoomOut, fit);
        routingBadge(selection);
    }

    VBox header() {
        return header;
    }

    VBox zoomControls() {
        return zoomControls;
    }

    Label routing() {
        return routing;
    }

    /** Shows the design's name, description and routing. */
    void show(Design d) {
        GlobalRouting r = d.topology().routing();
        routing.setVisible(r != null);
        if (r != null) {
            routing.setText(CanvasMenus.describe(r));
        }
        title.setText(d.name());
        description.setText(d.description());
        description.setTooltip(description.getText().isBlank() ? null : new Tooltip(d.description()));
        if (description.getTooltip() != null) {
            description.getTooltip().setWrapText(true);
            description.getTooltip().setMaxWidth(520);
        }
        description.setVisible(!description.getText().isBlank());
        description.setManaged(description.isVisible());
    }

    /** The global routing layer sits in front of every region, so it is a badge over the map, not a place. */
    private void routingBadge(Selection selection) {
        routing.getStyleClass().add("routing-badge");
        routing.setUserData(DesignEdits.ROUTING_ID);
        routing.setTooltip(new Tooltip("Global routing: how users are steered to a region. Click to inspect."));
        routing.setOnMouseClicked(e -> {
            selection.select(DesignEdits.ROUTING_ID);
            e.consume();
        });
        StackPane.setAlignment(routing, Pos.TOP_RIGHT);
        StackPane.setMargin(routing, new Insets(12));
        routing.setVisible(false);
    }

    /** The design's name over the map's top-left corner, where a reader looks first. */
    private VBox buildHeader() {
        title.getStyleClass().add("design-title");
        description.getStyleClass().add("design-description");
        description.setWrapText(true);
        description.setMaxWidth(420);
        // Templates tell a long story; three lines here, the whole text in the tooltip.
        description.setMaxHeight(52);
        description.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        VBox box = new VBox(2, title, description);
        box.getStyleClass().add("design-header");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        StackPane.setMargin(box, new Insets(12));
        return box;
    }

    private static VBox zoomControls(Runnable zoomIn, Runnable zoomOut, Runnable fit) {
        Button in = button("+", "Zoom in", zoomIn);
        Button out = button("−", "Zoom out", zoomOut);
        Button all = button("⤢", "Zoom to fit", fit);
        VBox buttons = new VBox(in, out, all);
        buttons.getStyleClass().add("zoom-controls");
        Label credit = new Label("Map: Natural Earth");
        credit.getStyleClass().add("map-credit");
        VBox box = new VBox(8, buttons, credit);
        box.setAlignment(Pos.BOTTOM_RIGHT);
        box.setPickOnBounds(false);
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(box, new Insets(12));
        return box;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
