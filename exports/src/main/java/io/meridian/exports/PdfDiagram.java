package io.meridian.exports;

import io.meridian.evaluation.Evaluation;
import io.meridian.maplayout.Box;
import io.meridian.maplayout.LabelSizes;
import io.meridian.maplayout.MapItem;
import io.meridian.maplayout.MapLabeller;
import io.meridian.maplayout.MapLayout;
import io.meridian.maplayout.MapScene;
import io.meridian.maplayout.Placement;
import io.meridian.model.Component;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.routing.RegionAssignment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The design on a map, drawn with PDF path operators: land outlines in an equirectangular projection zoomed to the
 * design, regions at their coordinates with a card of their components, replication between regions as curves,
 * and user populations with dashed lines to the regions that serve them.
 */
final class PdfDiagram {
    static final float[] OCEAN = {0.93f, 0.96f, 0.99f};
    static final float[] LAND = {0.86f, 0.87f, 0.85f};
    static final float[] COAST = {0.72f, 0.74f, 0.71f};
    static final float[] POPULATION = {0.93f, 0.55f, 0.13f};
    static final float[] REPLICATION = {0.16f, 0.4f, 0.75f};
    static final float[] BLOCKING = {0.78f, 0.16f, 0.16f};
    static final int MAX_LINES = 7;
    static final float LABEL = 6.5f;
    static final float CHIP_H = 11;
    /** Radius of the largest marker (a population's disc; a region's is 5). */
    static final float MARKER = 7;

    private final PdfPages pages;
    private final Topology topology;
    private final Evaluation evaluation;
    private final PdfMapProjection p;
    private final List<String> replicationTexts = new ArrayList<>();
    private final PdfMapLabels kit;
    private MapLayout layout;
    private final float x0;
    private final float y0;
    private final float w;
    private final float h;

    PdfDiagram(PdfPages pages, Topology topology, Evaluation evaluation, float x, float yBottom, float width,
               float height) {
        this.pages = pages;
        this.topology = topology;
        this.evaluation = evaluation;
        this.x0 = x;
        this.y0 = yBottom;
        this.w = width;
        this.h = height;
        this.p = PdfMapProjection.fit(topology, x, yBottom, width, height);
        this.kit = new PdfMapLabels(pages, topology);
    }

    void draw() throws IOException {
        PDPageContentStream cs = pages.cs();
        cs.saveGraphicsState();
        cs.addRect(x0, y0, w, h);
        cs.clip();
        pages.fillRect(x0, y0, w, h, OCEAN);
        land(cs);
        graticule(cs);
        populations(cs);
        List<float[]> replicationLabels = replication(cs);
        markers(cs);
        labels(cs, replicationLabels);
        cs.restoreGraphicsState();
        cs.setStrokingColor(0.7f, 0.72f, 0.75f);
        cs.setLineWidth(0.6f);
        cs.addRect(x0, y0, w, h);
        cs.stroke();
    }

    private void land(PDPageContentStream cs) throws IOException {
        cs.setNonStrokingColor(LAND[0], LAND[1], LAND[2]);
        cs.setStrokingColor(COAST[0], COAST[1], COAST[2]);
        cs.setLineWidth(0.3f);
        for (float[] ring : WorldOutline.rings()) {
            if (!overlaps(ring)) {
                continue;
            }
            cs.moveTo(p.x(ring[0]), p.y(ring[1]));
            for (int i = 2; i < ring.length; i += 2) {
                cs.lineTo(p.x(ring[i]), p.y(ring[i + 1]));
            }
            cs.closePath();
        }
        cs.fillAndStroke();
    }

    private boolean overlaps(float[] ring) {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < ring.length; i += 2) {
            float x = p.x(ring[i]);
            float y = p.y(ring[i + 1]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return maxX >= x0 && minX <= x0 + w && maxY >= y0 && minY <= y0 + h;
    }

    private void graticule(PDPageContentStream cs) throws IOException {
        double span = w / (p.cos() * p.k());
        int step = span > 120 ? 30 : span > 40 ? 10 : 5;
        cs.setStrokingColor(0.8f, 0.85f, 0.92f);
        cs.setLineWidth(0.3f);
        for (int lon = -180; lon <= 180; lon += step) {
            cs.moveTo(p.x(lon), y0);
            cs.lineTo(p.x(lon), y0 + h);
        }
        for (int lat = -80; lat <= 80; lat += step) {
            cs.moveTo(x0, p.y(lat));
            cs.lineTo(x0 + w, p.y(lat));
        }
        cs.stroke();
    }

    private void populations(PDPageContentStream cs) throws IOException {
        double most = topology.populations().stream().mapToDouble(Population::requestsPerSecond).max().orElse(1);
        Map<String, Region> regions = topology.regionsById();
        for (Population q : topology.populations()) {
            float px = p.x(q.location().lon());
            float py = p.y(q.location().lat());
            RegionAssignment a = evaluation.latency().routing().get(q.id());
            if (a != null) {
                cs.setLineDashPattern(new float[] {3, 2}, 0);
                cs.setStrokingColor(POPULATION[0], POPULATION[1], POPULATION[2]);
                cs.setLineWidth(0.8f);
                for (var share : a.shares()) {
                    Region r = regions.get(share.regionId());
                    if (r != null) {
                        cs.moveTo(px, py);
                        cs.lineTo(p.x(r.location().lon()), p.y(r.location().lat()));
                    }
                }
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
            }
            // At most the marker radius the placement keeps clear (MARKER), so no label covers a population's disc.
            float radius = (float) (3 + (MARKER - 3) * Math.sqrt(most <= 0 ? 0 : q.requestsPerSecond() / most));
            cs.setNonStrokingColor(POPULATION[0], POPULATION[1], POPULATION[2]);
            circle(cs, px, py, radius);
            cs.fill();
        }
    }

    /**
     * One curve per pair of regions that replicate; returns each curve's label (x, baseline, width, colour index,
     * text index into {@link #replicationTexts}), drawn later where no region or population label sits.
     */
    private List<float[]> replication(PDPageContentStream cs) throws IOException {
        List<float[]> out = new ArrayList<>();
        Map<String, List<Link>> pairs = new LinkedHashMap<>();
        for (Link l : topology.links()) {
            if (l.kind() != LinkKind.REPLICATION) {
                continue;
            }
            String a = topology.component(l.from()).map(Component::regionId).orElse(null);
            String b = topology.component(l.to()).map(Component::regionId).orElse(null);
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
        }
        Map<String, Region> regions = topology.regionsById();
        for (Map.Entry<String, List<Link>> e : pairs.entrySet()) {
            String[] ids = e.getKey().split("\\|");
            Region a = regions.get(ids[0]);
            Region b = regions.get(ids[1]);
            float ax = p.x(a.location().lon());
            float ay = p.y(a.location().lat());
            float bx = p.x(b.location().lon());
            float by = p.y(b.location().lat());
            boolean blocking = e.getValue().stream().anyMatch(l -> l.mode().blocksCommit()
                    || l.mode() == ReplicationMode.QUORUM_MEMBER);
            float[] color = blocking ? BLOCKING : REPLICATION;
            // Bow the curve to one side so that it does not hide the population lines.
            float mx = (ax + bx) / 2;
            float my = (ay + by) / 2;
            float dx = bx - ax;
            float dy = by - ay;
            float len = (float) Math.max(1, Math.hypot(dx, dy));
            float bow = Math.min(60, len * 0.25f);
            float cx = mx - dy / len * bow;
            float cy = my + dx / len * bow;
            cs.setStrokingColor(color[0], color[1], color[2]);
            cs.setLineWidth(1.6f);
            cs.moveTo(ax, ay);
            cs.curveTo(cx, cy, cx, cy, bx, by);
            cs.stroke();
            Map<String, Integer> modes = new LinkedHashMap<>();
            e.getValue().forEach(l -> modes.merge(l.mode().id(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            modes.forEach((m, n) -> parts.add(n == 1 ? m : m + " ×" + n));
            String label = "replication: " + String.join(", ", parts);
            float lw = pages.width(pages.fonts.regular, 6.5f, label);
            float lx = (ax + 2 * cx + bx) / 4 - lw / 2;
            float ly = (ay + 2 * cy + by) / 4 + 3;
            replicationTexts.add(label);
            out.add(new float[] {lx, ly, lw, blocking ? 1 : 0, replicationTexts.size() - 1});
        }
        return out;
    }

    private void markers(PDPageContentStream cs) throws IOException {
        for (Region r : topology.regions()) {
            float rx = p.x(r.location().lon());
            float ry = p.y(r.location().lat());
            float[] c = PdfStyle.provider(r.provider());
            cs.setNonStrokingColor(1f, 1f, 1f);
            circle(cs, rx, ry, 5);
            cs.fill();
            cs.setNonStrokingColor(c[0], c[1], c[2]);
            circle(cs, rx, ry, 3.6f);
            cs.fill();
        }
    }

    /**
     * Every label where the app's map would put it ({@link MapLabeller}: no label over another, a marker or the
     * edge; full cards, else chips, else cluster chips), with leader lines to the true coordinates; then the
     * replication labels that still find free room.
     */
    private void labels(PDPageContentStream cs, List<float[]> replicationLabels) throws IOException {
        layout = layout();
        List<Box> taken = new ArrayList<>();
        cs.setStrokingColor(0.35f, 0.37f, 0.4f);
        cs.setLineWidth(0.5f);
        for (Placement pl : layout.placements()) {
            for (Placement.Leader l : pl.leaders()) {
                if (l.from().distance(l.to()) > 2) {
                    cs.moveTo((float) l.from().x(), pdfY(l.from().y()));
                    cs.lineTo((float) l.to().x(), pdfY(l.to().y()));
                }
            }
        }
        cs.stroke();
        for (Placement pl : layout.placements()) {
            Box b = pl.box();
            taken.add(b);
            float bx = (float) b.x();
            float by = pdfY(b.maxY());
            String id = pl.ids().get(0);
            Region region = topology.region(id).orElse(null);
            if (pl.form() == Placement.Form.CLUSTER) {
                kit.chip(bx, by, (float) b.w(), kit.clusterText(pl.ids()), PdfStyle.provider(region.provider()));
            } else if (region != null && pl.form() == Placement.Form.FULL) {
                kit.drawCard(cs, region, bx, by, kit.card(id));
            } else if (region != null) {
                kit.chip(bx, by, (float) b.w(), kit.chipText(region), PdfStyle.provider(region.provider()));
            } else {
                String text = pl.form() == Placement.Form.FULL ? kit.populationText(id) : kit.populationLoad(id);
                pages.fillRect(bx, by, (float) b.w(), (float) b.h(), new float[] {1, 0.97f, 0.92f});
                pages.text(bx + 1.5f, by + 2, pages.fonts.regular, LABEL, new float[] {0.55f, 0.3f, 0.05f}, text);
            }
        }
        for (float[] l : replicationLabels) {
            Box box = new Box(l[0] - 2, screenY(l[1] + 6.5f), l[2] + 4, 9);
            if (taken.stream().anyMatch(t -> t.overlaps(box)) || !new Box(x0, 0, w, h).contains(box)) {
                continue; // the curve's colour still tells async from blocking (legend)
            }
            taken.add(box);
            pages.fillRect(l[0] - 2, l[1] - 2.5f, l[2] + 4, 9, new float[] {1, 1, 1});
            pages.text(l[0], l[1], pages.fonts.regular, LABEL, l[3] > 0 ? BLOCKING : REPLICATION,
                    replicationTexts.get((int) l[4]));
        }
    }

    /** The shared placement of this map's labels, measured with the report's fonts. */
    MapLayout layout() {
        if (layout != null) {
            return layout;
        }
        List<MapItem> items = new ArrayList<>();
        for (Region r : topology.regions()) {
            items.add(MapItem.region(r.id(), p.x(r.location().lon()), screenY(p.y(r.location().lat())), null));
        }
        for (Population q : topology.populations()) {
            items.add(MapItem.population(q.id(), p.x(q.location().lon()), screenY(p.y(q.location().lat()))));
        }
        LabelSizes sizes = kit.sizes();
        Box view = new Box(x0, 0, w, h);
        layout = MapLabeller.place(new MapScene(view, items, List.of(), List.of(), MARKER, sizes));
        boolean regionHidden = layout.hidden().stream().anyMatch(id -> topology.region(id).isPresent());
        if (regionHidden) {
            // Users drawn right beside their region block every leader into a crowded area. The same routine in
            // two passes then: the regions first (the users' discs only to be avoided), then the users around
            // the placed region labels and markers.
            List<MapItem> regionItems = items.stream().filter(i -> i.kind() == MapItem.Kind.REGION).toList();
            List<Box> discs = items.stream().filter(i -> i.kind() == MapItem.Kind.POPULATION)
                    .map(i -> new Box(i.x() - MARKER, i.y() - MARKER, 2 * MARKER, 2 * MARKER)).toList();
            MapLayout regions = MapLabeller.place(new MapScene(view, regionItems, List.of(), discs, MARKER, sizes));
            List<Box> clear = new ArrayList<>();
            regions.placements().forEach(pl -> clear.add(pl.box()));
            regionItems.forEach(i -> clear.add(new Box(i.x() - 3, i.y() - 3, 6, 6)));
            List<MapItem> users = items.stream().filter(i -> i.kind() == MapItem.Kind.POPULATION).toList();
            MapLayout people = MapLabeller.place(new MapScene(view, users, clear, List.of(), MARKER, sizes));
            List<Placement> all = new ArrayList<>(regions.placements());
            all.addAll(people.placements());
            // Users under a region's label or marker are not placed and not listed by the routine: list them.
            java.util.Set<String> placed = new java.util.HashSet<>();
            all.forEach(pl -> placed.addAll(pl.ids()));
            List<String> hidden = items.stream().map(MapItem::id).filter(id -> !placed.contains(id)).toList();
            layout = new MapLayout(regions.detail(), all, hidden);
        }
        return layout;
    }

    private float screenY(float pdfY) {
        return y0 + h - pdfY;
    }

    private float pdfY(double screenY) {
        return (float) (y0 + h - screenY);
    }

    /** A circle as four Bézier curves (the 'c' operator). */
    static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }
}
