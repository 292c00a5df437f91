package io.meridian.app.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the areal geometries (Polygon, MultiPolygon, nested GeometryCollections) of one TopoJSON
 * object into polygons in degrees. Arcs are stored once and shared; with a {@code transform} they are
 * quantized and delta-encoded, so each arc is first rebuilt by running sums and then scaled.
 * See https://github.com/topojson/topojson-specification.
 */
public final class TopoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TopoJson() {
    }

    /** The polygons of the named object (e.g. "land" in world-atlas files). */
    public static List<GeoPolygon> polygons(InputStream in, String objectName) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode object = root.path("objects").path(objectName);
        if (object.isMissingNode()) {
            throw new IOException("TopoJSON has no object named '" + objectName + "'");
        }
        List<double[]> arcs = decodeArcs(root.path("arcs"), root.path("transform"));
        List<GeoPolygon> out = new ArrayList<>();
        collect(object, arcs, out);
        return out;
    }

    private static void collect(JsonNode geometry, List<double[]> arcs, List<GeoPolygon> out) {
        switch (geometry.path("type").asText()) {
            case "GeometryCollection" -> geometry.path("geometries").forEach(g -> collect(g, arcs, out));
            case "Polygon" -> out.add(polygon(geometry.path("arcs"), arcs));
            case "MultiPolygon" -> geometry.path("arcs").forEach(p -> out.add(polygon(p, arcs)));
            default -> {
                // Points and lines have no area: nothing to fill on a map.
            }
        }
    }

    private static GeoPolygon polygon(JsonNode ringsNode, List<double[]> arcs) {
        List<double[]> rings = new ArrayList<>();
        ringsNode.forEach(ring -> rings.add(ring(ring, arcs)));
        return new GeoPolygon(rings);
    }

    /** Joins the ring's arcs; a negative index ~i means arc i reversed. Consecutive arcs share an end point. */
    private static double[] ring(JsonNode indexes, List<double[]> arcs) {
        int total = 0;
        for (JsonNode index : indexes) {
            total += arcs.get(arcIndex(index.asInt())).length;
        }
        double[] out = new double[total];
        int n = 0;
        for (JsonNode index : indexes) {
            int i = index.asInt();
            double[] arc = arcs.get(arcIndex(i));
            int points = arc.length / 2;
            for (int k = n == 0 ? 0 : 1; k < points; k++) {
                int p = i >= 0 ? k : points - 1 - k;
                out[n++] = arc[2 * p];
                out[n++] = arc[2 * p + 1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int arcIndex(int i) {
        return i >= 0 ? i : ~i;
    }

    private static List<double[]> decodeArcs(JsonNode arcsNode, JsonNode transform) {
        boolean quantized = !transform.isMissingNode();
        double sx = quantized ? transform.path("scale").path(0).asDouble() : 1;
        double sy = quantized ? transform.path("scale").path(1).asDouble() : 1;
        double tx = quantized ? transform.path("translate").path(0).asDouble() : 0;
        double ty = quantized ? transform.path("translate").path(1).asDouble() : 0;
        List<double[]> arcs = new ArrayList<>(arcsNode.size());
        for (JsonNode arc : arcsNode) {
            double[] points = new double[arc.size() * 2];
            long x = 0;
            long y = 0;
            int n = 0;
            for (JsonNode position : arc) {
                if (quantized) {
                    x += position.path(0).asLong();
                    y += position.path(1).asLong();
                    points[n++] = x * sx + tx;
                    points[n++] = y * sy + ty;
                } else {
                    points[n++] = position.path(0).asDouble();
                    points[n++] = position.path(1).asDouble();
                }
            }
            arcs.add(points);
        }
        return arcs;
    }
}
