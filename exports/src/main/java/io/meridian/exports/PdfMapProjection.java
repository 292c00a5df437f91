package io.meridian.exports;

import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The map diagram's projection, equirectangular: degrees to page points, x = (lon − lon0) × cos φ0 × k,
 * y = (lat − lat0) × k, zoomed to the design's regions and populations with a margin.
 */
record PdfMapProjection(double lonMin, double latMin, double cos, double k, float x0, float y0) {
    float x(double lon) {
        return (float) (x0 + (lon - lonMin) * cos * k);
    }

    float y(double lat) {
        return (float) (y0 + (lat - latMin) * k);
    }

    /** The design's places with a margin, widened to the box's aspect ratio so the map fills it. */
    static PdfMapProjection fit(Topology topology, float x0, float y0, float w, float h) {
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
        return new PdfMapProjection(lonMid - lonSpan / 2, latMid - latSpan / 2, cos, k, x0, y0);
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
}
