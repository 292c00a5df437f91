package io.meridian.cli;

import io.meridian.latency.DatasetRead;
import io.meridian.latency.LatencyReport;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.PathLatency;
import io.meridian.latency.ReadLatency;
import io.meridian.latency.RegionPath;
import io.meridian.latency.WeightedLatency;
import io.meridian.latency.WriteLatency;
import io.meridian.model.Link;
import io.meridian.model.Problem;
import io.meridian.model.Topology;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a latency report for people: aligned tables, typical RTT with the physical floor beside it. */
final class LatencyText {
    /**
     * The widest region matrix printed whole: 12 columns of "typical (floor)" already fill a wide terminal, and a
     * 1,000-region matrix would be 15 MB of text nobody reads. Beyond it the text lists the pairs the design uses.
     */
    static final int MATRIX_REGIONS = 12;
    /** Beyond this many dataset × population rows the text shows each dataset's slowest population only. */
    static final int WRITE_ROWS = 200;
    /** Measured pairs listed one per line; the rest are counted (all are in --json). */
    static final int MEASURED_LINES = 20;

    private final PrintWriter out;

    LatencyText(PrintWriter out) {
        this.out = out;
    }

    void print(Topology topology, LatencyReport report) {
        boolean measured = !report.measuredPaths().isEmpty();
        if (report.regions().rowIds().size() <= MATRIX_REGIONS) {
            out.println("Region RTT, ms: typical (floor)" + (measured ? "; * measured, not estimated" : ""));
            matrix(report.regions(), measured);
        } else {
            usedPairs(topology, report.regions());
        }
        measuredPaths(report.measuredPaths());
        out.println();
        if (!report.reads().isEmpty()) {
            out.println("Request latency per population, ms (client RTT + service tiers; p50: share-weighted mean of "
                    + "the serving regions' medians; p99: the slowest region's 99th percentile)");
            TextTable reads = new TextTable("population", "served by", "p50", "floor", "p99");
            for (ReadLatency r : report.reads()) {
                String name = topology.population(r.populationId()).map(p -> p.name()).orElse(r.populationId());
                if (r.latency() == null) {
                    reads.row(name, "unserved: " + r.unavailable(), "—", "—", "—");
                } else {
                    reads.row(name, servedBy(r.latency()), ms(r.latency().meanMs().value()),
                            ms(r.latency().floorMeanMs().value()), ms(r.latency().p99Ms().value()));
                }
            }
            reads.print(out);
            out.println();
        }
        if (!report.datasetReads().isEmpty()) {
            datasetReads(topology, report.datasetReads());
            out.println();
        }
        if (report.writes().size() > WRITE_ROWS) {
            worstWrites(topology, report.writes());
            out.println();
        } else if (!report.writes().isEmpty()) {
            out.println("Write latency per dataset and population, ms (client RTT + commit + service times; 2PC: "
                    + "the client's acknowledgement, and how long participants hold locks)");
            boolean twoPhase = report.writes().stream().anyMatch(w -> lockHold(w) != null);
            TextTable writes = twoPhase
                    ? new TextTable("dataset", "strategy", "population", "p50", "floor", "p99", "lock hold")
                    : new TextTable("dataset", "strategy", "population", "p50", "floor", "p99");
            for (WriteLatency w : report.writes()) {
                String population = topology.population(w.populationId()).map(p -> p.name())
                        .orElse(w.populationId());
                List<Object> row = new ArrayList<>(List.of(w.datasetId(), w.strategy().id(), population));
                if (w.latency() == null) {
                    row.addAll(List.of("—", "—", w.unavailable()));
                } else {
                    row.addAll(List.of(ms(w.latency().meanMs().value()), ms(w.latency().floorMeanMs().value()),
                            ms(w.latency().p99Ms().value())));
                }
                if (twoPhase) {
                    Double hold = lockHold(w);
                    row.add(hold == null ? "—" : ms(hold));
                }
                writes.row(row.toArray());
            }
            writes.print(out);
            out.println();
        }
        for (Problem p : report.problems()) {
            out.println("warning: $." + p);
        }
    }

    /** Where each measured RTT comes from: a network link of the design or a measured-RTT file's line. */
    private void measuredPaths(List<RegionPath> paths) {
        for (int k = 0; k < Math.min(paths.size(), MEASURED_LINES); k++) {
            RegionPath p = paths.get(k);
            PathLatency l = p.latency();
            out.println("measured: " + p.fromRegionId() + " ↔ " + p.toRegionId() + " " + ms(l.typicalRttMs().value())
                    + " ms, " + (l.measuredByLinkId() != null ? "network link '" + l.measuredByLinkId() + "'"
                    : "median in " + l.measuredIn()));
        }
        if (paths.size() > MEASURED_LINES) {
            out.println("measured: " + CliFormat.number(paths.size() - MEASURED_LINES, 0)
                    + " more pairs (every one is in --json, latency.measuredPaths)");
        }
    }

    /** The longest lock hold over the serving regions of a two-phase-commit write; null for other strategies. */
    private static Double lockHold(WriteLatency w) {
        if (w.latency() == null) {
            return null;
        }
        return w.latency().byRegion().stream().filter(s -> s.lockHoldMs() != null)
                .mapToDouble(s -> s.lockHoldMs().value()).boxed().max(Double::compare).orElse(null);
    }

    /** Reads of each dataset, by its read consistency; a stale read shows its staleness bound (s). */
    private void datasetReads(Topology topology, List<DatasetRead> reads) {
        out.println("Read latency per dataset and population, ms (strong: at the leader or after waiting for safe "
                + "time; stale: the nearest copy, may miss recent writes)" + (reads.size() > WRITE_ROWS
                ? " — the first " + CliFormat.number(WRITE_ROWS, 0) + " of " + CliFormat.number(reads.size(), 0)
                + " (all in --json, latency.datasetReads)" : ""));
        TextTable table = new TextTable("dataset", "reads", "population", "p50", "floor", "p99", "staleness");
        for (DatasetRead r : reads.subList(0, Math.min(reads.size(), WRITE_ROWS))) {
            String population = topology.population(r.populationId()).map(p -> p.name()).orElse(r.populationId());
            if (r.latency() == null) {
                table.row(r.datasetId(), r.consistency().id(), population, "—", "—", "—", r.unavailable());
                continue;
            }
            String staleness = !r.stale() ? "—" : r.stalenessSeconds() == null ? "stale, no bound"
                    : "stale ≤ " + CliFormat.number(r.stalenessSeconds().value(), 2) + " s";
            table.row(r.datasetId(), r.consistency().id(), population, ms(r.latency().meanMs().value()),
                    ms(r.latency().floorMeanMs().value()), ms(r.latency().p99Ms().value()), staleness);
        }
        table.print(out);
    }

    private void matrix(LatencyTable t, boolean marked) {
        if (t.rowIds().isEmpty()) {
            out.println("(no regions)");
            return;
        }
        List<String> header = new ArrayList<>();
        header.add("from \\ to");
        header.addAll(t.columnIds());
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (int i = 0; i < t.rowIds().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(t.rowIds().get(i));
            for (int j = 0; j < t.columnIds().size(); j++) {
                row.add(ms(t.typicalRttMs().get(i).get(j)) + " (" + ms(t.floorRttMs().get(i).get(j)) + ")"
                        + (t.measured(i, j) ? "*" : marked ? " " : ""));
            }
            table.row(row.toArray());
        }
        table.print(out);
    }

    /**
     * The region pairs a link of the design crosses (replication, dependencies, measured network paths), longest
     * typical RTT first: the pairs whose round trips the design pays. The whole matrix stays in {@code --json}.
     */
    private void usedPairs(Topology topology, LatencyTable t) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < t.rowIds().size(); i++) {
            index.put(t.rowIds().get(i), i);
        }
        Map<String, int[]> pairs = new LinkedHashMap<>();
        Map<String, List<String>> kinds = new HashMap<>();
        for (Link link : topology.links()) {
            String from = regionOf(topology, link.from());
            String to = regionOf(topology, link.to());
            Integer i = from == null ? null : index.get(from);
            Integer j = to == null ? null : index.get(to);
            if (i == null || j == null || i.equals(j)) {
                continue;
            }
            String key = Math.min(i, j) + ":" + Math.max(i, j);
            pairs.putIfAbsent(key, new int[] {Math.min(i, j), Math.max(i, j)});
            List<String> k = kinds.computeIfAbsent(key, x -> new ArrayList<>());
            if (!k.contains(link.kind().id())) {
                k.add(link.kind().id());
            }
        }
        int n = t.rowIds().size();
        out.println("Region RTT, ms: the " + CliFormat.number(pairs.size(), 0) + " region pairs the design's links cross, "
                + "longest first (" + CliFormat.number(n, 0) + " regions: the whole " + CliFormat.number(n, 0) + " × "
                + CliFormat.number(n, 0) + " matrix is in --json, latency.regions)");
        if (pairs.isEmpty()) {
            out.println("(no link crosses regions)");
            return;
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(pairs.entrySet());
        sorted.sort(Comparator.comparingDouble(
                (Map.Entry<String, int[]> e) -> -t.typicalRttMs().get(e.getValue()[0]).get(e.getValue()[1])));
        TextTable table = new TextTable("region", "region", "links", "typical", "floor", "km", "source");
        for (Map.Entry<String, int[]> e : sorted) {
            int i = e.getValue()[0];
            int j = e.getValue()[1];
            table.row(t.rowIds().get(i), t.columnIds().get(j), String.join(", ", kinds.get(e.getKey())),
                    ms(t.typicalRttMs().get(i).get(j)), ms(t.floorRttMs().get(i).get(j)),
                    CliFormat.number(t.distanceKm().get(i).get(j), 0), t.source().get(i).get(j));
        }
        table.print(out);
    }

    /** A link's end is a component (its region) or, for a network path, a region itself. */
    private static String regionOf(Topology topology, String id) {
        return topology.component(id).map(c -> c.regionId())
                .orElseGet(() -> topology.region(id).map(r -> r.id()).orElse(null));
    }

    /** One row per dataset: the population that waits longest for its writes, and how many populations write. */
    private void worstWrites(Topology topology, List<WriteLatency> writes) {
        out.println("Write latency per dataset, ms (client RTT + commit + service times): the slowest population "
                + "of each ("
                + CliFormat.number(writes.size(), 0) + " dataset × population figures: every one is in --json, "
                + "latency.writes)");
        Map<String, List<WriteLatency>> byDataset = new LinkedHashMap<>();
        for (WriteLatency w : writes) {
            byDataset.computeIfAbsent(w.datasetId(), k -> new ArrayList<>()).add(w);
        }
        TextTable table = new TextTable("dataset", "strategy", "populations", "slowest population", "typical",
                "floor", "p99");
        for (List<WriteLatency> rows : byDataset.values()) {
            WriteLatency first = rows.get(0);
            WriteLatency blocked = rows.stream().filter(w -> w.latency() == null).findFirst().orElse(null);
            String count = CliFormat.number(rows.size(), 0);
            if (blocked != null) {
                long n = rows.stream().filter(w -> w.latency() == null).count();
                table.row(first.datasetId(), first.strategy().id(), count, populationName(topology, blocked)
                        + (n > 1 ? " and " + CliFormat.number(n - 1, 0) + " more" : ""), "—", "—", blocked.unavailable());
                continue;
            }
            WriteLatency slowest = rows.stream()
                    .max(Comparator.comparingDouble((WriteLatency w) -> w.latency().meanMs().value())).orElseThrow();
            table.row(first.datasetId(), first.strategy().id(), count, populationName(topology, slowest),
                    ms(slowest.latency().meanMs().value()), ms(slowest.latency().floorMeanMs().value()),
                    ms(slowest.latency().p99Ms().value()));
        }
        table.print(out);
    }

    private static String populationName(Topology topology, WriteLatency w) {
        return topology.population(w.populationId()).map(p -> p.name()).orElse(w.populationId());
    }

    private static String servedBy(WeightedLatency l) {
        return String.join(", ", l.byRegion().stream()
                .map(s -> s.share() >= 0.9999 ? s.regionId()
                        : s.regionId() + " " + CliFormat.number(100 * s.share(), 0) + "%")
                .toList());
    }

    private static String ms(double value) {
        return CliFormat.number(value, 1);
    }
}
