package io.meridian.app.canvas;

import io.meridian.model.Component;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.app.whatif.WhatIf;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Regions and populations. Cards have a fixed on-screen size while the distances between markers grow
 * with the zoom, so after every zoom change each card is moved to the first side of its marker where it
 * covers no other marker or card (greedy, north to south); regions a few hundred km apart stay readable.
 */
final class NodeLayer extends Pane {
    private static final double GAP = 14;
    /** Covering a marker or a card costs this much more than covering a link or a zone label. */
    private static final double SOLID = 10;

    private final MapProjection projection;
    private final DoubleExpression zoom;
    private final DoubleExpression pixel;
    private final List<RegionNode> regions = new ArrayList<>();
    private final List<PopulationNode> populations = new ArrayList<>();
    private final List<DoubleFunction<List<Bounds>>> avoid = new ArrayList<>();
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
    void render(Topology topology) {
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
        getChildren().setAll(all);
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
     * Adds marks that cards should rather not cover (links, zone labels): given the zoom, their boxes in
     * world coordinates times the zoom, the space the cards are placed in.
     */
    void avoid(DoubleFunction<List<Bounds>> marks) {
        avoid.add(marks);
    }

    void select(Collection<String> ids) {
        regions.forEach(r -> {
            r.setSelected(ids.contains(r.region().id()));
            r.chips().forEach(c -> c.pseudoClassStateChanged(RegionNode.SELECTED, ids.contains(c.getUserData())));
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
            if (r.card().localToScene(r.card().getBoundsInLocal()).contains(sceneX, sceneY)) {
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
        placeCards();
    }

    private void placeCards() {
        double z = zoom.get();
        List<Obstacle> taken = new ArrayList<>();
        for (RegionNode r : regions) {
            double m = RegionNode.MARKER_RADIUS + 4;
            taken.add(new Obstacle(new BoundingBox(r.getLayoutX() * z - m, r.getLayoutY() * z - m, 2 * m, 2 * m), r,
                    SOLID));
        }
        avoid.forEach(marks -> marks.apply(z).forEach(b -> taken.add(new Obstacle(b, null, 1))));
        for (PopulationNode p : populations) {
            Bounds label = p.label().getBoundsInParent();
            taken.add(new Obstacle(new BoundingBox(p.getLayoutX() * z + label.getMinX(),
                    p.getLayoutY() * z + label.getMinY(), label.getWidth(), label.getHeight()), p, SOLID));
        }
        List<RegionNode> northToSouth = new ArrayList<>(regions);
        northToSouth.sort(Comparator.comparingDouble(RegionNode::getLayoutY));
        for (RegionNode r : northToSouth) {
            // Preferred sizes: the cards' own layout runs after this layer's in the same pass.
            double w = r.card().prefWidth(-1);
            double h = r.card().prefHeight(w);
            double x = r.getLayoutX() * z;
            double y = r.getLayoutY() * z;
            double[][] sides = {
                {GAP, -h / 2}, {-GAP - w, -h / 2}, {GAP, GAP / 2}, {GAP, -h - GAP / 2},
                {-GAP - w, GAP / 2}, {-GAP - w, -h - GAP / 2}, {-w / 2, GAP}, {-w / 2, -h - GAP},
            };
            double[] best = sides[0];
            double bestOverlap = Double.MAX_VALUE;
            for (double[] side : sides) {
                double overlap = overlap(new BoundingBox(x + side[0], y + side[1], w, h), taken, r);
                if (overlap < bestOverlap) {
                    best = side;
                    bestOverlap = overlap;
                }
                if (overlap == 0) {
                    break;
                }
            }
            r.placeCard(best[0], best[1]);
            taken.add(new Obstacle(new BoundingBox(x + best[0], y + best[1], w, h), r, SOLID));
        }
    }

    /** Weighted area of {@code box} covered by what others have placed (a card may touch its own marker). */
    private static double overlap(Bounds box, List<Obstacle> taken, RegionNode self) {
        double sum = 0;
        for (Obstacle t : taken) {
            if (t.owner() == self) {
                continue;
            }
            Bounds b = t.bounds();
            double w = Math.min(box.getMaxX(), b.getMaxX()) - Math.max(box.getMinX(), b.getMinX());
            double h = Math.min(box.getMaxY(), b.getMaxY()) - Math.max(box.getMinY(), b.getMinY());
            if (w > 0 && h > 0) {
                sum += w * h * t.weight();
            }
        }
        return sum;
    }

    private record Obstacle(Bounds bounds, Node owner, double weight) {
    }
}
