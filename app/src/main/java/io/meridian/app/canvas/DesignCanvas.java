package io.meridian.app.canvas;

import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The design on a world map. Layers, bottom to top: map, residency zones, links, regions and
 * populations, selection; all in world coordinates inside one {@link Viewport}. Renders from the
 * design property and re-renders whenever it changes; a click selects a region or population (by id)
 * in the selection property, a click on the map clears it.
 */
public final class DesignCanvas extends StackPane {
    /** World size for the default projection: 10 world units per degree. */
    public static final double WORLD_WIDTH = 3600;
    public static final double WORLD_HEIGHT = 1800;
    /** Room left around the fitted design; more on the right where region cards go. */
    private static final Insets FIT_PADDING = new Insets(80, 260, 120, 80);
    /** Smallest area "fit" zooms to, in degrees, so a one-region design still shows its surroundings. */
    private static final double MIN_FIT_DEGREES = 40;

    private final ReadOnlyObjectProperty<Design> design;
    private final StringProperty selection;
    private final MapProjection projection;
    private final Viewport viewport;
    private final ZoneLayer zones;
    private final LinkLayer links;
    private final NodeLayer nodes;
    private final SelectionLayer selected;
    private final Legend legend = new Legend();
    private final Label title = new Label();
    private final Label description = new Label();

    public DesignCanvas(ReadOnlyObjectProperty<Design> design, StringProperty selection) {
        this(design, selection, MapProjection.equirectangular(WORLD_WIDTH, WORLD_HEIGHT));
    }

    public DesignCanvas(ReadOnlyObjectProperty<Design> design, StringProperty selection, MapProjection projection) {
        this.design = design;
        this.selection = selection;
        this.projection = projection;
        getStyleClass().add("design-canvas");
        viewport = new Viewport(projection.width(), projection.height());
        DoubleBinding pixel = Bindings.createDoubleBinding(() -> 1 / viewport.getZoom(), viewport.zoomProperty());
        MapLayer map = new MapLayer(projection, viewport.zoomProperty(), pixel);
        zones = new ZoneLayer(projection, pixel);
        links = new LinkLayer(projection, pixel);
        nodes = new NodeLayer(projection, viewport.zoomProperty(), pixel);
        selected = new SelectionLayer(pixel);
        nodes.avoid(links::marks);
        nodes.avoid(zones::marks);
        viewport.content().getChildren().addAll(map, zones, links, nodes, selected);
        nodes.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onNodeClicked);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                selection.set(null);
            }
        });
        getChildren().addAll(viewport, header(), legend, zoomControls());
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        design.addListener((obs, old, now) -> render());
        selection.addListener((obs, old, now) -> showSelection());
        render();
        fit();
    }

    public MapProjection projection() {
        return projection;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Screen pixels per world unit. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    public void zoomIn() {
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.zoomOut();
    }

    /** Shows every region and population, or the whole world when the design has none. */
    public void fit() {
        Topology t = design.get().topology();
        List<GeoPoint> places = new ArrayList<>(t.regions().stream().map(Region::location).toList());
        places.addAll(t.populations().stream().map(Population::location).toList());
        if (places.isEmpty()) {
            viewport.fit(new Rectangle2D(0, 0, projection.width(), projection.height()), Insets.EMPTY);
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (GeoPoint g : places) {
            Point2D p = projection.project(g);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        double least = MIN_FIT_DEGREES / 360 * projection.width();
        double grow = Math.max(0, least - (maxX - minX)) / 2;
        double growY = Math.max(0, least / 2 - (maxY - minY)) / 2;
        viewport.fit(new Rectangle2D(minX - grow, minY - growY, maxX - minX + 2 * grow, maxY - minY + 2 * growY),
                FIT_PADDING);
    }

    /** The node drawn for a region or population, by element id. */
    public Optional<Node> nodeFor(String id) {
        return nodes.node(id);
    }

    private void render() {
        Topology t = design.get().topology();
        zones.render(t);
        links.render(t);
        nodes.render(t);
        legend.update(t);
        title.setText(design.get().name());
        description.setText(design.get().description());
        description.setVisible(!description.getText().isBlank());
        description.setManaged(description.isVisible());
        showSelection();
    }

    private void showSelection() {
        String id = selection.get();
        Node marker = id == null ? null : nodes.node(id).orElse(null);
        selected.show(marker);
        nodes.select(id);
    }

    private void onNodeClicked(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        for (Node n = (Node) e.getTarget(); n != null && n != nodes; n = n.getParent()) {
            if (n.getUserData() instanceof String id) {
                selection.set(id);
                e.consume();
                return;
            }
        }
    }

    /** The design's name over the map's top-left corner, where a reader looks first. */
    private VBox header() {
        title.getStyleClass().add("design-title");
        description.getStyleClass().add("design-description");
        description.setWrapText(true);
        description.setMaxWidth(420);
        VBox box = new VBox(2, title, description);
        box.getStyleClass().add("design-header");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        StackPane.setMargin(box, new Insets(12));
        return box;
    }

    private VBox zoomControls() {
        Button in = button("+", "Zoom in", viewport::zoomIn);
        Button out = button("−", "Zoom out", viewport::zoomOut);
        Button all = button("⤢", "Zoom to fit", this::fit);
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
