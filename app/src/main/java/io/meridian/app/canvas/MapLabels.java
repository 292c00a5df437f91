package io.meridian.app.canvas;

import io.meridian.maplayout.Box;
import io.meridian.maplayout.LabelSizes;
import io.meridian.maplayout.MapItem;
import io.meridian.maplayout.MapLabeller;
import io.meridian.maplayout.MapLayout;
import io.meridian.maplayout.MapScene;
import io.meridian.maplayout.Placement;
import io.meridian.model.Layout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The bridge between the canvas's nodes and the shared label placement ({@link MapLabeller}): measures each label
 * as the CSS draws it, hands the placement the markers' screen positions, the view and what to keep clear, and
 * applies the result (card, chip, cluster chip or nothing, with leader lines). Space: world coordinates times the
 * zoom, i.e. screen pixels before the viewport's pan offset, the space the nodes' screen-sized children live in.
 */
final class MapLabels {
    private MapLayout last = new MapLayout(io.meridian.maplayout.Detail.CARDS, List.of(), List.of());

    MapLayout last() {
        return last;
    }

    /** Places every label and returns the cluster chips to add to the layer (new nodes each time). */
    List<ClusterNode> place(double zoom, Box view, List<RegionNode> regions, List<PopulationNode> populations,
                            Map<String, Layout.CardOffset> cards, List<Box> keepClear, List<Box> avoid) {
        Map<String, RegionNode> regionById = new HashMap<>();
        Map<String, PopulationNode> populationById = new HashMap<>();
        List<MapItem> items = new ArrayList<>();
        for (RegionNode r : regions) {
            String id = r.region().id();
            regionById.put(id, r);
            Layout.CardOffset pinned = cards.get(id);
            items.add(MapItem.region(id, r.getLayoutX() * zoom, r.getLayoutY() * zoom,
                    pinned == null ? null : new Box.Point(pinned.dx(), pinned.dy())));
        }
        for (PopulationNode p : populations) {
            String id = (String) p.getUserData();
            populationById.put(id, p);
            items.add(MapItem.population(id, p.getLayoutX() * zoom, p.getLayoutY() * zoom));
        }
        LabelSizes sizes = new LabelSizes() {
            @Override
            public Size full(String id) {
                RegionNode r = regionById.get(id);
                if (r != null) {
                    double w = r.card().prefWidth(-1);
                    return new Size(w, r.card().prefHeight(w));
                }
                return size(populationById.get(id).label());
            }

            @Override
            public Size compact(String id) {
                RegionNode r = regionById.get(id);
                return size(r != null ? r.compactChip() : populationById.get(id).compactLabel());
            }

            /** A card shows the region's whole name (the chip a part of it) over at least two more lines. */
            @Override
            public double fullAreaAtLeast(String id) {
                RegionNode r = regionById.get(id);
                if (r == null) {
                    return 0;
                }
                Size chip = size(r.compactChip());
                return chip.w() * chip.h();
            }

            @Override
            public Size cluster(List<String> ids) {
                Label chip = ClusterNode.chip(ids.stream().map(regionById::get).toList());
                // Measured off-scene: same CSS as the chips, so borrow a live chip's scene for it.
                regions.get(0).getChildren().add(chip);
                chip.applyCss();
                Size s = size(chip);
                regions.get(0).getChildren().remove(chip);
                return s;
            }
        };
        last = MapLabeller.place(new MapScene(view, items, keepClear, avoid, RegionNode.MARKER_RADIUS + 5, sizes));
        List<ClusterNode> clusters = new ArrayList<>();
        for (RegionNode r : regions) {
            Optional<Placement> p = last.of(r.region().id());
            if (p.isEmpty() || p.get().form() == Placement.Form.CLUSTER) {
                r.showLabel(null, 0, 0, 0, 0);
            } else {
                show(p.get(), r, zoom, (f, x, y, lx, ly) -> r.showLabel(f, x, y, lx, ly));
            }
        }
        for (PopulationNode n : populations) {
            Optional<Placement> p = last.of((String) n.getUserData());
            if (p.isEmpty()) {
                n.showLabel(null, 0, 0, 0, 0);
            } else {
                show(p.get(), n, zoom, (f, x, y, lx, ly) -> n.showLabel(f, x, y, lx, ly));
            }
        }
        for (Placement p : last.placements()) {
            if (p.form() == Placement.Form.CLUSTER) {
                List<RegionNode> members = p.ids().stream().map(regionById::get).toList();
                ClusterNode c = new ClusterNode(members);
                RegionNode first = members.get(0);
                c.setLayoutX(first.getLayoutX());
                c.setLayoutY(first.getLayoutY());
                double ax = first.getLayoutX() * zoom;
                double ay = first.getLayoutY() * zoom;
                c.place(p.box().x() - ax, p.box().y() - ay, p.leaders().stream()
                        .map(l -> new double[] {l.from().x() - ax, l.from().y() - ay, zoom}).toList());
                clusters.add(c);
            }
        }
        return clusters;
    }

    private interface Shower {
        void show(Placement.Form form, double x, double y, double lx, double ly);
    }

    private static void show(Placement p, Node node, double zoom, Shower shower) {
        double ax = node.getLayoutX() * zoom;
        double ay = node.getLayoutY() * zoom;
        Placement.Leader leader = p.leaders().get(0);
        shower.show(p.form(), p.box().x() - ax, p.box().y() - ay, leader.from().x() - ax, leader.from().y() - ay);
    }

    private static LabelSizes.Size size(Label l) {
        double w = l.prefWidth(-1);
        return new LabelSizes.Size(w, l.prefHeight(w));
    }
}
