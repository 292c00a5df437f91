package io.meridian.cli;

import io.meridian.latency.LatencyReport;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.ReadLatency;
import io.meridian.latency.WeightedLatency;
import io.meridian.latency.WriteLatency;
import io.meridian.model.Problem;
import io.meridian.model.Topology;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a latency report for people: aligned tables, typical RTT with the physical floor beside it. */
final class LatencyText {
    private final PrintWriter out;

    LatencyText(PrintWriter out) {
        this.out = out;
    }

    void print(Topology topology, LatencyReport report) {
        out.println("Region RTT, ms: typical (floor)");
        matrix(report.regions());
        out.println();
        if (!report.reads().isEmpty()) {
            out.println("Read latency per population, ms");
            TextTable reads = new TextTable("population", "served by", "typical", "floor", "worst");
            for (ReadLatency r : report.reads()) {
                String name = topology.population(r.populationId()).map(p -> p.name()).orElse(r.populationId());
                if (r.latency() == null) {
                    reads.row(name, "unserved: " + r.unavailable(), "—", "—", "—");
                } else {
                    reads.row(name, servedBy(r.latency()), ms(r.latency().meanMs().value()),
                            ms(r.latency().floorMeanMs().value()), ms(r.latency().worstMs().value()));
                }
            }
            reads.print(out);
            out.println();
        }
        if (!report.writes().isEmpty()) {
            out.println("Write latency per dataset and population, ms (client RTT + commit)");
            TextTable writes = new TextTable("dataset", "strategy", "population", "typical", "floor", "worst");
            for (WriteLatency w : report.writes()) {
                String population = topology.population(w.populationId()).map(p -> p.name())
                        .orElse(w.populationId());
                if (w.latency() == null) {
                    writes.row(w.datasetId(), w.strategy().id(), population, "—", "—", w.unavailable());
                } else {
                    writes.row(w.datasetId(), w.strategy().id(), population, ms(w.latency().meanMs().value()),
                            ms(w.latency().floorMeanMs().value()), ms(w.latency().worstMs().value()));
                }
            }
            writes.print(out);
            out.println();
        }
        for (Problem p : report.problems()) {
            out.println("warning: $." + p);
        }
    }

    private void matrix(LatencyTable t) {
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
                row.add(ms(t.typicalRttMs().get(i).get(j)) + " (" + ms(t.floorRttMs().get(i).get(j)) + ")");
            }
            table.row(row.toArray());
        }
        table.print(out);
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
