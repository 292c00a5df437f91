package io.meridian.maplayout;

import io.meridian.maplayout.LabelSizes.Size;
import io.meridian.maplayout.Placement.Form;
import io.meridian.maplayout.Placement.Leader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the labels of a map so that none covers another label, a marker or anything the caller keeps clear, and
 * none runs past the view's edge: each label goes to the cheapest free spot on rings around its coordinate (near
 * and to the right preferred) with a leader line back to the true coordinate. The level of detail is the first at
 * which every region fits (full cards, then chips, then one chip per cluster; with cards, up to a quarter of the
 * regions may show their chip where their card finds no room); population labels take the room left (full, else
 * their load alone, else none). If even the least detail does not fit, labels with no free spot
 * are left out and listed, never drawn over something. One routine for the app's map and the reports' map.
 */
public final class MapLabeller {
    /** Least distance from a coordinate to its label's edge. */
    static final double GAP = 10;
    /** Space kept between two labels. */
    static final double PAD = 3;
    /** Space kept between a label and the view's edge. */
    static final double MARGIN = 4;
    /** Markers closer than this are one group: their halos touch and their labels would stack anyway. */
    public static final double CLUSTER_DISTANCE = 26;
    /**
     * Wider groupings tried, in turn, when even one chip per close group does not fit: at world scale a continent's
     * regions become one chip, as map software clusters its pins.
     */
    private static final double[] WIDER_CLUSTERS = {60, 120};
    /** Distances tried from the coordinate, nearest first; the farther rings need a visible leader line. */
    private static final double[] RINGS = {GAP, GAP + 22, GAP + 55, GAP + 100, GAP + 160, GAP + 240, GAP + 340};
    private static final int DIRECTIONS = 16;
    /** Cost of covering one square unit of a line: a card over a link is allowed, but a free spot is better. */
    private static final double SOFT_COST = 0.02;
    private static final double LEADER_CROSSING_COST = 25;
    private static final int RETRIES = 4;

    private MapLabeller() {
    }

    public static MapLayout place(MapScene scene) {
        // An item outside the view, or hidden under an overlay (the title, the legend), gets no label: none could
        // point at it without its leader crossing the overlay, and it would take the detail from the whole map.
        List<MapItem> visible = scene.items().stream().filter(i -> scene.view().contains(i.x(), i.y())
                && scene.keepClear().stream().noneMatch(k -> k.contains(i.x(), i.y()))).toList();
        List<MapItem> regions = visible.stream().filter(i -> i.kind() == MapItem.Kind.REGION).toList();
        List<List<MapItem>> clusters = Clusters.of(regions, CLUSTER_DISTANCE);
        BoxIndex avoid = new BoxIndex(scene.avoid(), Attempt.inside(scene.view()));
        for (Detail d : Detail.values()) {
            MapLayout layout = tryLevel(scene, avoid, visible, d, clusters);
            if (layout != null) {
                return layout;
            }
        }
        for (double distance : WIDER_CLUSTERS) {
            clusters = Clusters.of(regions, distance);
            MapLayout layout = tryLevel(scene, avoid, visible, Detail.CLUSTERS, clusters);
            if (layout != null) {
                return layout;
            }
        }
        return new Attempt(scene, avoid, visible, Detail.CLUSTERS, List.of()).run(clusters, true);
    }

    /**
     * One level of detail, greedy; when a label finds no room, the level is tried again with that label choosing
     * first (a few times), since the greedy order is what usually blocks it. Null when the level does not fit.
     */
    private static MapLayout tryLevel(MapScene scene, BoxIndex avoid, List<MapItem> visible, Detail d,
                                      List<List<MapItem>> clusters) {
        List<String> first = new ArrayList<>();
        for (int retry = 0; retry < RETRIES; retry++) {
            Attempt attempt = new Attempt(scene, avoid, visible, d, first);
            MapLayout layout = attempt.run(clusters, false);
            if (layout != null) {
                return layout;
            }
            if (attempt.blocked == null || first.contains(attempt.blocked)) {
                return null;
            }
            first.add(0, attempt.blocked);
        }
        return null;
    }

    /** One try at one level of detail; {@code bestEffort} leaves out what does not fit instead of giving up. */
    private static final class Attempt {
        private final MapScene scene;
        private final List<MapItem> visible;
        private final Detail detail;
        private final Box inside;
        private final BoxIndex hard;
        private final BoxIndex avoid;
        private final java.util.Map<String, Box> markers = new java.util.HashMap<>();
        private final List<Box> labels = new ArrayList<>();
        private final List<Leader> leaders = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();
        private final List<String> hidden = new ArrayList<>();
        /** Ids (first item of a unit) that choose before the rest, in this order. */
        private final List<String> first;
        /** The first item of the unit that found no room, if any. */
        String blocked;

        Attempt(MapScene scene, BoxIndex avoid, List<MapItem> visible, Detail detail, List<String> first) {
            this.first = first;
            this.avoid = avoid;
            this.scene = scene;
            this.visible = visible;
            this.detail = detail;
            inside = inside(scene.view());
            List<Box> clear = new ArrayList<>(scene.keepClear());
            double m = scene.markerRadius() + 2;
            visible.forEach(i -> markers.put(i.id(), new Box(i.x() - m, i.y() - m, 2 * m, 2 * m)));
            clear.addAll(markers.values());
            hard = new BoxIndex(clear, inside);
        }

        /** Where labels go: the view less its margin. */
        static Box inside(Box v) {
            return new Box(v.x() + MARGIN, v.y() + MARGIN, Math.max(0, v.w() - 2 * MARGIN),
                    Math.max(0, v.h() - 2 * MARGIN));
        }

        MapLayout run(List<List<MapItem>> clusters, boolean bestEffort) {
            List<LabelUnit> units = new ArrayList<>();
            for (List<MapItem> c : clusters) {
                List<MapItem> loose = new ArrayList<>();
                for (MapItem r : c) {
                    if (detail == Detail.CARDS && r.pinned() != null && placePinned(r)) {
                        continue;
                    } else {
                        loose.add(r);
                    }
                }
                if (loose.isEmpty()) {
                    continue;
                }
                if (detail == Detail.CLUSTERS && loose.size() > 1) {
                    units.add(new LabelUnit(loose, Form.CLUSTER, () -> List.of(scene.sizes().cluster(ids(loose))),
                            false));
                } else {
                    Form form = detail == Detail.CARDS ? Form.FULL : Form.COMPACT;
                    units.add(new LabelUnit(loose, form, () -> loose.stream().map(r -> size(r.id(), form)).toList(),
                            loose.size() > 1));
                }
            }
            // Crowding counted once per unit, not per comparison: quadratic in the regions as it is (1,000 at fit).
            java.util.Map<LabelUnit, Integer> crowded = new java.util.IdentityHashMap<>();
            units.forEach(u -> crowded.put(u, crowding(u)));
            units.sort(Comparator.comparingInt((LabelUnit u) -> rank(u)).thenComparingInt(u -> -crowded.get(u))
                    .thenComparingDouble(u -> u.anchor().y()).thenComparing(u -> u.items().get(0).id()));
            // With cards, a few regions whose card finds no room (often beside a card the user pinned) show their chip
            // instead of taking the detail from the whole map; more than a quarter of them and the level is too rich.
            int chipsAllowed = detail == Detail.CARDS ? Math.max(1, units.size() / 4) : 0;
            if (!bestEffort && !LabelUnit.roomForAll(units, chipsAllowed, inside.w() * inside.h(), scene.sizes())) {
                blocked = null; // no order of placing could fit this level: not worth a retry either
                return null;
            }
            for (LabelUnit u : units) {
                if (!placeUnit(u) && !(chipsAllowed-- > 0 && placeUnit(u.asChips(scene.sizes())))) {
                    blocked = u.items().get(0).id();
                    if (!bestEffort) {
                        return null;
                    }
                    u.items().forEach(i -> hidden.add(i.id()));
                }
            }
            for (MapItem p : visible) {
                if (p.kind() == MapItem.Kind.POPULATION && !placeUnit(population(p, Form.FULL))
                        && !placeUnit(population(p, Form.COMPACT))) {
                    hidden.add(p.id());
                }
            }
            return new MapLayout(detail, placements, hidden);
        }

        private LabelUnit population(MapItem p, Form form) {
            return new LabelUnit(List.of(p), form, () -> List.of(size(p.id(), form)), false);
        }

        private Size size(String id, Form form) {
            return form == Form.FULL ? scene.sizes().full(id) : scene.sizes().compact(id);
        }

        /**
         * The user put this card here: it stays, pulled inside the view so it is never cut off. False, and nothing
         * placed, when the title, the legend or another overlay would cover it there (a view fitted anew can put a
         * dragged card under them): it is then placed as any card is, until the view leaves it room again.
         */
        private boolean placePinned(MapItem r) {
            Size s = scene.sizes().full(r.id());
            double x = clamp(r.x() + r.pinned().x(), inside.x(), inside.maxX() - s.w());
            double y = clamp(r.y() + r.pinned().y(), inside.y(), inside.maxY() - s.h());
            Box box = new Box(x, y, s.w(), s.h());
            if (scene.keepClear().stream().anyMatch(box::overlaps)) {
                return false;
            }
            Leader leader = new Leader(r.id(), box.nearest(r.x(), r.y()), r.at());
            commit(new Placement(List.of(r.id()), Form.FULL, box, List.of(leader), true), box);
            return true;
        }

        /** Puts a unit at its cheapest free candidate; false when none is free. */
        private boolean placeUnit(LabelUnit u) {
            if (u.leastArea(scene.sizes()) > inside.w() * inside.h()) {
                return false; // a stack of cards larger than the view (hundreds of regions at one spot): unmeasured
            }
            double w = u.sizes().stream().mapToDouble(Size::w).max().orElse(0);
            double h = u.sizes().stream().mapToDouble(Size::h).sum() + PAD * (u.sizes().size() - 1);
            Box.Point a = u.anchor();
            Candidate best = null;
            for (double r : RINGS) {
                if (best != null && r > best.cost()) {
                    break; // a farther ring cannot beat what is found: the cost is at least the distance
                }
                for (int k = 0; k < DIRECTIONS; k++) {
                    double angle = 2 * Math.PI * k / DIRECTIONS;
                    Box outer = around(a, r, angle, w, h);
                    // Also slid along the side it sits on (a wide card below its marker may hang left or right).
                    boolean vertical = Math.abs(Math.sin(angle)) > 0.7;
                    double slide = vertical ? Math.max(0, w / 2 - GAP) : Math.max(0, h / 2 - GAP / 2);
                    for (double shift : new double[] {0, -slide, slide}) {
                        Box box = vertical ? outer.moved(shift, 0) : outer.moved(0, shift);
                        Candidate c = evaluate(u, box, r + Math.abs(shift) / 4, angle);
                        if (c != null && (best == null || c.cost() < best.cost())) {
                            best = c;
                        }
                    }
                }
            }
            if (best == null) {
                return false;
            }
            for (Placement p : best.placements()) {
                commit(p, p.box());
            }
            return true;
        }

        /** The box of size w × h whose edge is {@code r} from {@code a} in the direction {@code angle}. */
        private static Box around(Box.Point a, double r, double angle, double w, double h) {
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double half = Math.min(Math.abs(cos) < 1e-9 ? Double.MAX_VALUE : w / 2 / Math.abs(cos),
                    Math.abs(sin) < 1e-9 ? Double.MAX_VALUE : h / 2 / Math.abs(sin));
            double cx = a.x() + (r + half) * cos;
            double cy = a.y() + (r + half) * sin;
            return new Box(cx - w / 2, cy - h / 2, w, h);
        }

        private Candidate evaluate(LabelUnit u, Box outer, double r, double angle) {
            if (!inside.contains(outer)) {
                return null;
            }
            if (u.stacked() && !(outer.x() > maxX(u.items()) || outer.maxX() < minX(u.items()))) {
                return null; // a stack sits beside its coordinates, so no member's leader crosses a sibling
            }
            List<Placement> out = new ArrayList<>();
            List<Box> boxes = new ArrayList<>();
            double y = outer.y();
            for (int i = 0; i < u.sizes().size(); i++) {
                Size s = u.sizes().get(i);
                Box box = new Box(outer.x(), y, s.w(), s.h());
                y += s.h() + PAD;
                List<MapItem> members = u.form() == Form.CLUSTER ? u.items() : List.of(u.items().get(i));
                List<Leader> ls = members.stream().map(m -> new Leader(m.id(), box.nearest(m.x(), m.y()), m.at()))
                        .toList();
                out.add(new Placement(ids(members), u.form(), box, ls, false));
                boxes.add(box);
            }
            double cost = r + 6 * Math.abs(Math.sin(angle)) + (Math.cos(angle) < -1e-9 ? 4 : 0);
            for (Box box : boxes) {
                if (hard.anyOverlaps(box)) {
                    return null;
                }
                for (Box l : labels) {
                    if (box.overlaps(l.grow(PAD))) {
                        return null;
                    }
                }
                for (Leader l : leaders) {
                    if (box.grow(1).crossedBy(l.from().x(), l.from().y(), l.to().x(), l.to().y())) {
                        return null;
                    }
                }
                cost = avoid.plusOverlapCost(box, cost, SOFT_COST);
            }
            List<String> unitIds = ids(u.items());
            for (Placement p : out) {
                for (Leader l : p.leaders()) {
                    for (Box b : labels) {
                        if (b.crossedBy(l.from().x(), l.from().y(), l.to().x(), l.to().y())) {
                            return null;
                        }
                    }
                    for (Box b : scene.keepClear()) {
                        if (b.crossedBy(l.from().x(), l.from().y(), l.to().x(), l.to().y())) {
                            return null;
                        }
                    }
                    for (java.util.Map.Entry<String, Box> e : markers.entrySet()) {
                        // A leader may end at a marker that shares its coordinate, or pass the markers of the regions
                        // its own cluster or stack stands for; never run through another one.
                        Box b = e.getValue();
                        if (!unitIds.contains(e.getKey()) && !b.contains(l.to().x(), l.to().y())
                                && b.crossedBy(l.from().x(), l.from().y(), l.to().x(), l.to().y())) {
                            return null;
                        }
                    }
                    for (Leader other : leaders) {
                        if (crosses(l, other)) {
                            cost += LEADER_CROSSING_COST;
                        }
                    }
                }
            }
            return new Candidate(out, cost);
        }

        private void commit(Placement p, Box box) {
            placements.add(p);
            labels.add(box);
            leaders.addAll(p.leaders());
        }

        private int rank(LabelUnit u) {
            int i = first.indexOf(u.items().get(0).id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }

        /** How many other visible items sit near a unit: the crowded ones choose first, while there is room. */
        private int crowding(LabelUnit u) {
            Box.Point a = u.anchor();
            return (int) visible.stream().filter(i -> Math.hypot(i.x() - a.x(), i.y() - a.y()) < 150).count();
        }
    }

    private record Candidate(List<Placement> placements, double cost) {
    }

    private static List<String> ids(List<MapItem> items) {
        return items.stream().map(MapItem::id).toList();
    }

    private static double minX(List<MapItem> items) {
        return items.stream().mapToDouble(MapItem::x).min().orElse(0);
    }

    private static double maxX(List<MapItem> items) {
        return items.stream().mapToDouble(MapItem::x).max().orElse(0);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Whether two leader lines cross (sharing an end, as a cluster's leaders do, is not a crossing). */
    static boolean crosses(Leader a, Leader b) {
        if (a.to().equals(b.to())) {
            return false;
        }
        double d1 = side(b.from(), b.to(), a.from());
        double d2 = side(b.from(), b.to(), a.to());
        double d3 = side(a.from(), a.to(), b.from());
        double d4 = side(a.from(), a.to(), b.to());
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(Box.Point p, Box.Point q, Box.Point r) {
        return (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
    }
}
