package io.meridian.app.canvas;

import io.meridian.model.Component;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.app.whatif.WhatIf;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.beans.binding.DoubleExpression;
import io.meridian.maplayout.Box;
import io.meridian.maplayout.MapLayout;
import io.meridian.model.Layout;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Regions and populations. Labels (cards, chips, population labels) have a fixed on-screen size while the distances
 * between markers grow with the zoom, so after every zoom change, pan or resize the shared placement
 * ({@link MapLabeller}, via {@link MapLabels}) chooses the level of detail and a free spot for each label, with a
 * leader line back to the marker: no label covers another, a marker, the legend or the canvas's other overlays, and
 * none runs past the visible edge.
 */
final class NodeLayer extends Pane {

    private final MapProjection projection;
    private final DoubleExpression zoom;
    private final DoubleExpression pixel;
    private final List<RegionNode> regions = new ArrayList<>();
    private final List<PopulationNode> populations = new ArrayList<>();
    private final List<DoubleFunction<List<Bounds>>> avoid = new ArrayList<>();
    private final List<DoubleFunction<List<Bounds>>> clearOf = new ArrayList<>();
    private final List<ClusterNode> clusters = new ArrayList<>();
    private final MapLabels labels = new MapLabels();
    private Map<String, Layout.CardOffset> cards = Map.of();
    private Supplier<Box> view = () -> new Box(-1e6, -1e6, 2e6, 2e6);
    private Supplier<List<Box>> keepClear = List::of;
    private boolean caching;

    NodeLayer(MapProjection projection, DoubleExpression zoom, DoubleExpression pixel) {
        this.projection = projection;
        this.zoom = zoom;
        this.pixel = pixel;
        getStyleClass().add("node-layer");
        setPickOnBounds(false);
        zoom.addListener(o -> requestLayout());
    }

    /**
     * Draws the topology. Region nodes whose region and components did not change are kept: an edit rebuilds
     * only what it touched, which on a 300-component design is the difference between a frame and a second.
     */
    void render(Topology topology, Map<String, Layout.CardOffset> cardOffsets) {
        cards = Map.copyOf(cardOffsets);
        Map<String, RegionNode> previous = new HashMap<>();
        regions.forEach(r -> previous.put(r.region().id(), r));
        regions.clear();
        populations.clear();
        for (Population p : topology.populations()) {
            populations.add(ScreenSize.keep(new PopulationNode(p, projection.project(p.location())), pixel));
        }
        for (Region r : topology.regions()) {
            List<Component> in = topology.componentsIn(r.id());
            RegionNode kept = previous.get(r.id());
            regions.add(kept != null && kept.draws(r, in) ? kept
                    : ScreenSize.keep(new RegionNode(r, in, projection.project(r.location())), pixel));
        }
        List<Node> all = new ArrayList<>(populations);
        all.addAll(regions);
        clusters.clear();
        SceneChildren.replace(getChildren(), all);
        requestLayout();
        regions.forEach(r -> r.setCaching(caching));
    }

    /** Cards as bitmaps while the view moves (see {@link RegionNode#setCaching}). */
    void setCaching(boolean on) {
        if (on != caching) {
            caching = on;
            regions.forEach(r -> r.setCaching(on));
        }
    }

    List<RegionNode> regionNodes() {
        return List.copyOf(regions);
    }

    /** The marker node of a region or population. */
    Optional<Node> node(String id) {
        return getChildren().stream().filter(n -> id.equals(n.getUserData())).findFirst();
    }

    /**
     * Adds marks that labels should rather not cover (lines): given the zoom, their boxes in world coordinates times
     * the zoom, the space the labels are placed in.
     */
    void avoid(DoubleFunction<List<Bounds>> marks) {
        avoid.add(marks);
    }

    /** Adds marks that no label may cover (other labels: zones', traffic's), in the same space as {@link #avoid}. */
    void keepClearOf(DoubleFunction<List<Bounds>> marks) {
        clearOf.add(marks);
    }

    /**
     * Where the labels must stay (the visible part of the map) and the canvas overlays they must leave uncovered
     * (title, legend, buttons), both in world coordinates times the zoom.
     */
    void setFrame(Supplier<Box> visible, Supplier<List<Box>> overlays) {
        view = visible;
        keepClear = overlays;
    }

    void select(Collection<String> ids) {
        regions.forEach(r -> {
            r.setSelected(ids.contains(r.region().id()));
            r.selectChips(ids);
        });
        populations.forEach(p -> p.setSelected(ids.contains(p.getUserData())));
    }

    /** Applies a what-if outcome to every region card. */
    void showLoad(WhatIf.Outcome outcome) {
        for (RegionNode r : regions) {
            String id = r.region().id();
            // An overloaded region stays red with its load (it is what the user should see first), even though
            // the cascade takes it down next; regions the cascade fells later are greyed like the failed ones.
            boolean overloaded = outcome.overloaded().contains(id);
            boolean down = outcome.failed().contains(id) || (outcome.cascaded().contains(id) && !overloaded);
            r.showLoad(down, overloaded,
                    outcome.active() ? outcome.utilisation().get(id) : null);
        }
    }

    /** The component chip under a scene point, if any. */
    Optional<Node> chipAt(double sceneX, double sceneY) {
        for (RegionNode r : regions) {
            if (!r.cardShown()) {
                continue;
            }
            for (Node chip : r.chips()) {
                if (chip.localToScene(chip.getBoundsInLocal()).contains(sceneX, sceneY)) {
                    return Optional.of(chip);
                }
            }
        }
        return Optional.empty();
    }

    /** The region whose card or marker is under a scene point (the marker with some slack), if any. */
    Optional<String> regionAt(double sceneX, double sceneY) {
        for (RegionNode r : regions) {
            Node label = r.shown() == io.meridian.maplayout.Placement.Form.COMPACT ? r.compactChip()
                    : r.cardShown() ? r.card() : null;
            if (label != null && label.isVisible()
                    && label.localToScene(label.getBoundsInLocal()).contains(sceneX, sceneY)) {
                return Optional.of(r.region().id());
            }
        }
        for (RegionNode r : regions) {
            javafx.geometry.Point2D centre = r.localToScene(0, 0);
            if (centre.distance(sceneX, sceneY) <= RegionNode.MARKER_RADIUS + 12) {
                return Optional.of(r.region().id());
            }
        }
        return Optional.empty();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        placeLabels();
    }

    /** Where the last placement put every label (for tests and the canvas's hit testing). */
    MapLayout labelLayout() {
        return labels.last();
    }

    /** The cluster chips now on the map. */
    List<ClusterNode> clusterNodes() {
        return List.copyOf(clusters);
    }

    private void placeLabels() {
        if (regions.isEmpty() && populations.isEmpty()) {
            return;
        }
        double z = zoom.get();
        List<Box> hard = new ArrayList<>(keepClear.get());
        clearOf.forEach(marks -> marks.apply(z).forEach(b -> hard.add(box(b))));
        List<Box> soft = new ArrayList<>();
        avoid.forEach(marks -> marks.apply(z).forEach(b -> soft.add(box(b))));
        List<ClusterNode> now = labels.place(z, view.get(), regions, populations, cards, hard, soft);
        getChildren().removeAll(clusters);
        clusters.clear();
        clusters.addAll(now);
        clusters.forEach(c -> ScreenSize.keep(c, pixel));
        getChildren().addAll(clusters);
        // Added during this layout pass: size their chips now, or they would show only after the next pulse.
        clusters.forEach(c -> {
            c.applyCss();
            c.layout();
        });
    }

    private static Box box(Bounds b) {
        return new Box(b.getMinX(), b.getMinY(), Math.max(0, b.getWidth()), Math.max(0, b.getHeight()));
    }
}
