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
import io.meridian.app.Selection;
import io.meridian.app.edit.DesignEdits;
import io.meridian.app.edit.ElementKind;
import io.meridian.app.whatif.WhatIf;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Pane;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

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
    private static final Insets FIT_PADDING = new Insets(80, 260, 120, 240);
    /** Smallest area "fit" zooms to, in degrees, so a one-region design still shows its surroundings. */
    private static final double MIN_FIT_DEGREES = 40;
    /** The traffic lines' styles, beside this class; colours are the theme's looked-up colours. */
    private static final String TRAFFIC_STYLESHEET = "traffic.css";

    private final ReadOnlyObjectProperty<Design> design;
    private final Selection selection;
    private final Pane overlay = new Pane();
    /** How long after the last wheel step the cards are painted crisp again. */
    private final javafx.animation.PauseTransition settle =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
    private CanvasEditor editor;
    private boolean userMoved;
    private WhatIf.Outcome whatIf = WhatIf.Outcome.NONE;
    private final MapProjection projection;
    private final Viewport viewport;
    private final ZoneLayer zones;
    private final TrafficLayer traffic;
    private final LinkLayer links;
    private final NodeLayer nodes;
    private final SelectionLayer selected;
    private final Legend legend = new Legend();
    private final MapOverlays overlays;

    public DesignCanvas(ReadOnlyObjectProperty<Design> design, Selection selection) {
        this(design, selection, MapProjection.equirectangular(WORLD_WIDTH, WORLD_HEIGHT));
    }

    public DesignCanvas(ReadOnlyObjectProperty<Design> design, Selection selection, MapProjection projection) {
        this.design = design;
        this.selection = selection;
        this.projection = projection;
        getStyleClass().add("design-canvas");
        getStylesheets().add(DesignCanvas.class.getResource(TRAFFIC_STYLESHEET).toExternalForm());
        viewport = new Viewport(projection.width(), projection.height());
        DoubleBinding pixel = Bindings.createDoubleBinding(() -> 1 / viewport.getZoom(), viewport.zoomProperty());
        MapLayer map = new MapLayer(projection, viewport.zoomProperty(), pixel);
        zones = new ZoneLayer(projection, pixel);
        traffic = new TrafficLayer(projection, pixel);
        links = new LinkLayer(projection, pixel);
        nodes = new NodeLayer(projection, viewport.zoomProperty(), pixel);
        selected = new SelectionLayer(pixel);
        nodes.avoid(links::marks);
        nodes.keepClearOf(zones::marks);
        nodes.keepClearOf(traffic::marks);
        viewport.content().getChildren().addAll(map, zones, traffic, links, traffic.labelLayer(), nodes, selected);
        nodes.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClusterClicked);
        nodes.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onNodeClicked);
        links.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onNodeClicked);
        zones.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onNodeClicked);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress() && !e.isShiftDown() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                selection.clear();
            }
        });
        // The menu opens on a secondary click (the same on every platform and under the test robot), or
        // on the keyboard's menu key.
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && e.isStillSincePress()) {
                showContextMenu((Node) e.getTarget(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        viewport.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                showContextMenu((Node) e.getTarget(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // While the view moves or something is dragged, region cards are moved as bitmaps (see NodeLayer).
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> setMoving(true));
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> setMoving(false));
        viewport.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            setMoving(true);
            settle.playFromStart();
        });
        // Clicking the map takes the focus from the inspector (committing its field), so Delete acts here.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        new CanvasGestures(nodes, viewport, projection, selection, () -> editor, overlay);
        new BoxSelection(viewport, nodes, selection, overlay, n -> elementAt(n).isPresent());
        overlays = new MapOverlays(selection, this::zoomIn, this::zoomOut, this::fit);
        getChildren().addAll(viewport, overlay, overlays.header(), legend, overlays.zoomControls(), overlays.routing());
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        List<Node> overlaid = List.of(overlays.header(), legend, overlays.zoomControls(), overlays.routing());
        nodes.setFrame(this::visibleFrame, () -> overlayBoxes(overlaid));
        // Labels are placed for what is on screen: again after a pan, a resize, or an overlay changing size.
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> relabel());
        settle.setOnFinished(e -> {
            setMoving(false);
            relabel();
        });
        viewport.widthProperty().addListener(o -> relabel());
        viewport.heightProperty().addListener(o -> relabel());
        overlaid.forEach(n -> n.boundsInParentProperty().addListener(o -> relabel()));
        overlaid.forEach(n -> n.visibleProperty().addListener(o -> relabel()));
        design.addListener((obs, old, now) -> render());
        // Until the user pans or zooms, keep the design fitted while the window and split panes settle.
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> userMoved = true);
        viewport.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> userMoved = true);
        viewport.widthProperty().addListener(o -> refitUnlessMoved());
        viewport.heightProperty().addListener(o -> refitUnlessMoved());
        selection.ids().addListener((javafx.collections.ListChangeListener<String>) c -> showSelection());
        selection.primaryProperty().addListener((obs, old, now) -> showSelection());
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
        userMoved = true;
        viewport.zoomIn();
    }

    public void zoomOut() {
        userMoved = true;
        viewport.zoomOut();
    }

    private void refitUnlessMoved() {
        if (!userMoved && viewport.getWidth() > 0 && viewport.getHeight() > 0) {
            fit();
        }
    }

    /**
     * Another document is on show (opened, a template, recovered): fitted to it, and kept fitted while the window
     * settles, as at start. An edit keeps the view; a new document starts from its own places.
     */
    public void fitNewDocument() {
        userMoved = false;
        fit();
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

    /**
     * While the view pans or zooms, or something is dragged, the region cards are moved as bitmaps (a dragged
     * card moves alone). Painting every card's rounded chips, borders and shadow afresh each frame is what made
     * a 300-component design miss the frame budget by far (docs/performance-app.md). At rest they are painted
     * crisp again. Caching the map and line layers whole was measured too and gained nothing with the software
     * renderer, so they are drawn as they are.
     */
    private void setMoving(boolean on) {
        nodes.setCaching(on);
    }

    /** The visible map in the labels' space (world coordinates times the zoom). */
    private io.meridian.maplayout.Box visibleFrame() {
        double z = viewport.getZoom();
        Point2D origin = viewport.toWorld(new Point2D(0, 0));
        return new io.meridian.maplayout.Box(origin.getX() * z, origin.getY() * z, Math.max(0, viewport.getWidth()),
                Math.max(0, viewport.getHeight()));
    }

    /** The overlays over the map (title, legend, zoom buttons, routing badge) in the labels' space. */
    private List<io.meridian.maplayout.Box> overlayBoxes(List<Node> overlays) {
        io.meridian.maplayout.Box frame = visibleFrame();
        List<io.meridian.maplayout.Box> out = new ArrayList<>();
        for (Node n : overlays) {
            if (n.isVisible()) {
                javafx.geometry.Bounds b = viewport.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                out.add(new io.meridian.maplayout.Box(frame.x() + b.getMinX(), frame.y() + b.getMinY(),
                        b.getWidth(), b.getHeight()));
            }
        }
        return out;
    }

    private void relabel() {
        nodes.requestLayout();
        legend.setCrowded(legendCoversAMarker());
    }

    /** Whether the unfolded legend, in its corner, sits over a region's or population's marker. */
    private boolean legendCoversAMarker() {
        double margin = 12;
        Rectangle2D b = new Rectangle2D(margin, getHeight() - margin - legend.unfoldedHeight(),
                legend.unfoldedWidth(), legend.unfoldedHeight());
        Topology t = design.get().topology();
        List<GeoPoint> places = new ArrayList<>(t.regions().stream().map(Region::location).toList());
        places.addAll(t.populations().stream().map(Population::location).toList());
        return places.stream().map(g -> sceneToLocal(sceneOf(g))).anyMatch(p -> p != null && b.contains(p));
    }

    /** Where the labels are now, for tests: every placement in the labels' space. */
    public io.meridian.maplayout.MapLayout labelLayout() {
        return nodes.labelLayout();
    }

    /** Sets who turns gestures into edits; without one the canvas only views and selects. */
    public void setEditor(CanvasEditor value) {
        editor = value;
    }

    /**
     * Shows a what-if outcome: failed regions grey, overloaded ones red, utilisation on every card, and the
     * failed regions' traffic re-routed to the survivors.
     */
    public void showWhatIf(WhatIf.Outcome outcome) {
        whatIf = outcome;
        nodes.showLoad(outcome);
        Topology t = design.get().topology();
        traffic.render(t, outcome.routes());
        legend.update(t, traffic.rerouting());
    }

    /**
     * Something dropped from the palette at a scene point: where on earth that is, and the region under it,
     * go to the editor. Returns false when the point is not over the map.
     */
    public boolean dropAt(ElementKind kind, double sceneX, double sceneY) {
        Point2D local = viewport.sceneToLocal(sceneX, sceneY);
        if (editor == null || local == null || !viewport.getLayoutBounds().contains(local)) {
            return false;
        }
        Point2D world = viewport.toWorld(local);
        editor.place(kind, projection.unproject(world.getX(), world.getY()),
                nodes.regionAt(sceneX, sceneY).orElse(null));
        return true;
    }

    /** The scene point of a place on the map, as it is drawn now (for tests and drop previews). */
    public Point2D sceneOf(GeoPoint place) {
        return viewport.localToScene(viewport.toScreen(projection.project(place)));
    }

    /** The node drawn for a region or population, by element id. */
    public Optional<Node> nodeFor(String id) {
        return nodes.node(id);
    }

    private void render() {
        Topology t = design.get().topology();
        zones.render(t);
        traffic.render(t, whatIf.routes());
        links.render(t);
        nodes.render(t, design.get().layout().cards());
        legend.update(t, traffic.rerouting());
        nodes.showLoad(whatIf);
        overlays.show(design.get());
        showSelection();
    }

    private void showSelection() {
        String id = selection.primary();
        Node marker = id == null ? null : nodes.node(id).orElse(null);
        selected.show(marker);
        nodes.select(selection.ids());
        zones.select(selection.ids());
        overlays.routing().pseudoClassStateChanged(RegionNode.SELECTED, selection.contains(DesignEdits.ROUTING_ID));
    }

    /** A cluster chip stands for regions too close to tell apart: a click zooms in on them, as map software does. */
    private void onClusterClicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        for (Node n = (Node) e.getTarget(); n != null && n != viewport; n = n.getParent()) {
            if (n instanceof ClusterNode cluster) {
                Point2D at = viewport.sceneToLocal(cluster.localToScene(0, 0));
                userMoved = true;
                viewport.zoomAt(2.5, at.getX(), at.getY());
                relabel();
                e.consume();
                return;
            }
        }
    }

    private void onNodeClicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        elementAt((Node) e.getTarget()).ifPresent(id -> {
            if (e.isShiftDown() || e.isShortcutDown()) {
                selection.toggle(id);
            } else {
                selection.select(id);
            }
            e.consume();
        });
    }

    /** The id of the element a node belongs to (the node itself or an ancestor carries it). */
    private Optional<String> elementAt(Node target) {
        for (Node n = target; n != null && n != viewport; n = n.getParent()) {
            if (n.getUserData() instanceof String id) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private void showContextMenu(Node target, double screenX, double screenY) {
        if (editor == null) {
            return;
        }
        Optional<String> id = elementAt(target);
        id.filter(x -> !selection.contains(x)).ifPresent(selection::select);
        ContextMenu menu = CanvasMenus.forElement(design.get().topology(), id.orElse(null),
                id.isPresent() && design.get().layout().cards().containsKey(id.get()), whatIf, editor, this::fit,
                selection::select);
        menu.show(this, screenX, screenY);
    }
}
