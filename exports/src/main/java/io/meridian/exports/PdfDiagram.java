package io.meridian.exports;

import io.meridian.evaluation.Evaluation;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
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

    private final PdfPages pages;
    private final Topology topology;
    private final Evaluation evaluation;
    private final Projection p;
    private final List<float[]> obstacles = new ArrayList<>();
    /** Population labels: x, baseline, width, text. */
    private final List<Object[]> labels = new ArrayList<>();
    private final float x0;
    private final float y0;
    private final float w;
    private final float h;

    /** Degrees to page points: x = (lon − lon0) × cos φ0 × k, y = (lat − lat0) × k. */
    record Projection(double lonMin, double latMin, double cos, double k, float x0, float y0) {
        float x(double lon) {
            return (float) (x0 + (lon - lonMin) * cos * k);
        }

        float y(double lat) {
            return (float) (y0 + (lat - latMin) * k);
        }
    }

    PdfDiagram(PdfPages pages, Topology topology, Evaluation evaluation, float x, float yBottom, float width,
               float height) {
        this.pages = pages;
        this.topology = topology;
        this.evaluation = evaluation;
        this.x0 = x;
        this.y0 = yBottom;
        this.w = width;
        this.h = height;
        this.p = fit();
    }

    /** The height that shows the design's places (with their margin) at the given width, within limits. */
    static float preferredHeight(Topology topology, float width, float least, float most) {
        double[] b = bounds(topology);
        double cos = Math.cos(Math.toRadians(Math.max(-60, Math.min(60, (b[2] + b[3]) / 2))));
        float h = (float) (width * (b[3] - b[2]) / ((b[1] - b[0]) * cos));
        return Math.max(least, Math.min(most, h));
    }

    /** lonMin, lonMax, latMin, latMax of the regions and populations, with a margin; the world when empty. */
    static double[] bounds(Topology topology) {
        double lonMin = 180;
        double lonMax = -180;
        double latMin = 90;
        double latMax = -90;
        List<double[]> places = new ArrayList<>();
        topology.regions().forEach(r -> places.add(new double[] {r.location().lon(), r.location().lat()}));
        topology.populations().forEach(q -> places.add(new double[] {q.location().lon(), q.location().lat()}));
        for (double[] pl : places) {
            lonMin = Math.min(lonMin, pl[0]);
            lonMax = Math.max(lonMax, pl[0]);
            latMin = Math.min(latMin, pl[1]);
            latMax = Math.max(latMax, pl[1]);
        }
        if (places.isEmpty()) {
            lonMin = -170;
            lonMax = 170;
            latMin = -55;
            latMax = 75;
        }
        double lonPad = Math.max(8, (lonMax - lonMin) * 0.18);
        double latPad = Math.max(6, (latMax - latMin) * 0.18);
        return new double[] {lonMin - lonPad, lonMax + lonPad, latMin - latPad, latMax + latPad * 1.6};
    }

    /** The design's places with a margin, widened to the box's aspect ratio. */
    private Projection fit() {
        double[] b = bounds(topology);
        double lonMin = b[0];
        double lonMax = b[1];
        double latMin = b[2];
        double latMax = b[3];
        double cos = Math.cos(Math.toRadians(Math.max(-60, Math.min(60, (latMin + latMax) / 2))));
        double k = Math.min(w / ((lonMax - lonMin) * cos), h / (latMax - latMin));
        // Widen the short side so the map fills the box.
        double lonSpan = w / (cos * k);
        double latSpan = h / k;
        double lonMid = (lonMin + lonMax) / 2;
        double latMid = (latMin + latMax) / 2;
        return new Projection(lonMid - lonSpan / 2, latMid - latSpan / 2, cos, k, x0, y0);
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
        replication(cs);
        regions(cs);
        for (Object[] l : labels) {
            float lx = (float) l[0];
            float ly = (float) l[1];
            pages.fillRect(lx - 1.5f, ly - 2, (float) l[2] + 3, 8.5f, new float[] {1, 0.97f, 0.92f});
            pages.text(lx, ly, pages.fonts.regular, 6.5f, new float[] {0.55f, 0.3f, 0.05f}, (String) l[3]);
        }
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
            float radius = (float) (4 + 7 * Math.sqrt(most <= 0 ? 0 : q.requestsPerSecond() / most));
            cs.setNonStrokingColor(POPULATION[0], POPULATION[1], POPULATION[2]);
            circle(cs, px, py, radius);
            cs.fill();
            String label = pages.elided(q.name(), pages.fonts.regular, 6.5f, 120) + " · "
                    + ReportTable.Kind.INTEGER.format(q.requestsPerSecond()) + " req/s";
            float lw = pages.width(pages.fonts.regular, 6.5f, label);
            // Written after the regions (see draw), so a region marker next to the users never hides the label.
            labels.add(new Object[] {px - lw / 2, py - radius - 8, lw, label});
            obstacles.add(new float[] {px - radius, py - radius, 2 * radius, 2 * radius});
            obstacles.add(new float[] {px - lw / 2, py - radius - 10, lw, 9});
        }
    }

    /** One curve per pair of regions that replicate, labelled with the modes and how many links. */
    private void replication(PDPageContentStream cs) throws IOException {
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
            pages.fillRect(lx - 2, ly - 2.5f, lw + 4, 9, new float[] {1, 1, 1});
            pages.text(lx, ly, pages.fonts.regular, 6.5f, color, label);
        }
    }

    private void regions(PDPageContentStream cs) throws IOException {
        // Cards avoid the population markers and labels, and the other regions' markers.
        List<float[]> placed = new ArrayList<>(obstacles);
        for (Region r : topology.regions()) {
            placed.add(new float[] {p.x(r.location().lon()) - 6, p.y(r.location().lat()) - 6, 12, 12});
        }
        for (Region r : topology.regions()) {
            float rx = p.x(r.location().lon());
            float ry = p.y(r.location().lat());
            placed.add(card(cs, r, rx, ry, placed));
        }
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

    /** Draws the region's card where it overlaps the fewest cards already placed; returns its box. */
    private float[] card(PDPageContentStream cs, Region r, float rx, float ry, List<float[]> placed)
            throws IOException {
        List<Component> components = topology.componentsIn(r.id());
        List<String> lines = new ArrayList<>();
        List<ComponentKind> kinds = new ArrayList<>();
        for (Component c : components) {
            if (lines.size() == MAX_LINES - 1 && components.size() > MAX_LINES) {
                lines.add("+ " + (components.size() - lines.size()) + " more components");
                kinds.add(null);
                break;
            }
            lines.add(pages.elided(c.name(), pages.fonts.regular, 6.8f, 140) + (c.instances() > 1 ? " ×" + c.instances() : ""));
            kinds.add(c.kind());
        }
        String title = r.id() + (r.catalogId() == null || r.catalogId().isBlank() ? "" : "  " + r.catalogId());
        float size = 6.8f;
        float width = pages.width(pages.fonts.bold, 7.2f, title) + 10;
        for (String l : lines) {
            width = Math.max(width, pages.width(pages.fonts.regular, size, l) + 20);
        }
        width = Math.min(width, 170);
        float height = 14 + lines.size() * (size + 3) + 3;
        float[][] options = {
            {rx + 10, ry - height / 2}, {rx - 10 - width, ry - height / 2},
            {rx - width / 2, ry + 10}, {rx - width / 2, ry - 10 - height},
            {rx + 10, ry + 6}, {rx - 10 - width, ry - height - 6}};
        float[] best = null;
        float bestOverlap = Float.MAX_VALUE;
        for (float[] o : options) {
            float bx = Math.max(x0 + 3, Math.min(x0 + w - width - 3, o[0]));
            float by = Math.max(y0 + 3, Math.min(y0 + h - height - 3, o[1]));
            float overlap = 0;
            for (float[] q : placed) {
                overlap += Math.max(0, Math.min(bx + width, q[0] + q[2]) - Math.max(bx, q[0]))
                        * Math.max(0, Math.min(by + height, q[1] + q[3]) - Math.max(by, q[1]));
            }
            if (overlap < bestOverlap - 0.5f) {
                bestOverlap = overlap;
                best = new float[] {bx, by, width, height};
            }
        }
        float bx = best[0];
        float by = best[1];
        float[] pc = PdfStyle.provider(r.provider());
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.setStrokingColor(pc[0], pc[1], pc[2]);
        cs.setLineWidth(0.9f);
        cs.addRect(bx, by, width, height);
        cs.fillAndStroke();
        pages.fillRect(bx, by + height - 12, width, 12, pc);
        pages.text(bx + 4, by + height - 9, pages.fonts.bold, 7.2f, new float[] {1, 1, 1}, title);
        float ty = by + height - 14 - size;
        for (int i = 0; i < lines.size(); i++) {
            ComponentKind kind = kinds.get(i);
            if (kind != null) {
                float[] kc = PdfStyle.kind(kind);
                pages.fillRect(bx + 5, ty, 6, 6, kc);
            }
            pages.text(bx + 15, ty + 0.5f, pages.fonts.regular, size, PdfPages.INK, lines.get(i));
            ty -= size + 3;
        }
        return best;
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
