package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.Place;
import io.meridian.latency.LatencyModel;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.MeasuredRtts;
import io.meridian.latency.PathLatency;
import java.io.PrintWriter;
import java.util.List;

/** {@code meridian latency --matrix}: every ordered pair of the places, as a text table, JSON or CSV. */
final class LatencyMatrixText {
    enum Form { TEXT, JSON, CSV }

    private final PrintWriter out;
    private final LatencyModel model;
    private final List<Place> places;
    private final PathLatency[][] paths;

    LatencyMatrixText(PrintWriter out, LatencyModel model, MeasuredRtts measured, List<Place> places) {
        this.out = out;
        this.model = model;
        this.places = places;
        int n = places.size();
        this.paths = new PathLatency[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // The diagonal is a place to itself (0, as within a region); two places given apart pay the overhead.
                paths[i][j] = i == j ? model.sameRegion() : LatencyCommand.path(model, measured, places.get(i),
                        places.get(j), model.between(places.get(i).location(), places.get(j).location()));
            }
        }
    }

    private static String source(PathLatency p) {
        return p.measured() ? LatencyTable.MEASURED : LatencyTable.ESTIMATED;
    }

    private boolean anyMeasured() {
        for (PathLatency[] row : paths) {
            for (PathLatency p : row) {
                if (p.measured()) {
                    return true;
                }
            }
        }
        return false;
    }

    void print(Form form) {
        switch (form) {
            case JSON -> out.println(CliJson.pretty(json()));
            case CSV -> csv();
            default -> text();
        }
    }

    private String id(int i) {
        Place p = places.get(i);
        return p.entry() == null ? p.label().replace(" ", "") : p.entry().id();
    }

    private void text() {
        boolean marked = anyMeasured();
        out.println("RTT, ms: typical (floor); typical = floor × corridor inflation + overhead, estimated"
                + (marked ? "; * measured (a measured-RTT file's median)" : ""));
        String[] header = new String[places.size() + 1];
        header[0] = "from \\ to";
        for (int j = 0; j < places.size(); j++) {
            header[j + 1] = id(j);
        }
        TextTable t = new TextTable(header);
        for (int i = 0; i < places.size(); i++) {
            Object[] row = new Object[places.size() + 1];
            row[0] = id(i);
            for (int j = 0; j < places.size(); j++) {
                PathLatency p = paths[i][j];
                row[j + 1] = LatencyCommand.fixed(p.typicalRttMs().value(), 1) + " ("
                        + LatencyCommand.fixed(p.floorRttMs().value(), 1) + ")" + (p.measured() ? "*" : marked ? " " : "");
            }
            t.row(row);
        }
        t.print(out);
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                if (paths[i][j].measured()) {
                    out.println("measured: " + id(i) + " ↔ " + id(j) + " in " + paths[i][j].measuredIn());
                }
            }
        }
    }

    private ObjectNode json() {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        ArrayNode ps = root.putArray("places");
        places.forEach(p -> ps.add(LatencyCommand.place(p)));
        ArrayNode distance = root.putArray("distanceKm");
        ArrayNode floor = root.putArray("floorRttMs");
        ArrayNode typical = root.putArray("typicalRttMs");
        ArrayNode source = root.putArray("source");
        for (PathLatency[] row : paths) {
            ArrayNode d = distance.addArray();
            ArrayNode f = floor.addArray();
            ArrayNode t = typical.addArray();
            ArrayNode s = source.addArray();
            for (PathLatency p : row) {
                d.add(LatencyCommand.round(p.distanceKm().value(), 1));
                f.add(LatencyCommand.round(p.floorRttMs().value(), 2));
                t.add(LatencyCommand.round(p.typicalRttMs().value(), 2));
                s.add(source(p));
            }
        }
        root.put("fiberKmPerMs", model.assumptions().fiberKmPerMs());
        return root;
    }

    /** Coordinates hold a comma, so they are quoted (RFC 4180); catalogue ids never need it. */
    private static String csvField(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private void csv() {
        out.println("from,to,distance_km,floor_rtt_ms,typical_rtt_ms,source");
        for (int i = 0; i < places.size(); i++) {
            for (int j = 0; j < places.size(); j++) {
                PathLatency p = paths[i][j];
                out.println(csvField(id(i)) + "," + csvField(id(j)) + "," + LatencyCommand.fixed(p.distanceKm().value(), 1) + ","
                        + LatencyCommand.fixed(p.floorRttMs().value(), 2) + ","
                        + LatencyCommand.fixed(p.typicalRttMs().value(), 2) + "," + source(p));
            }
        }
    }
}
