package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import io.meridian.latency.LatencyModel;
import io.meridian.latency.DatasetRead;
import io.meridian.latency.LatencyReport;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.ReadLatency;
import io.meridian.latency.RegionPath;
import io.meridian.latency.WeightedLatency;
import io.meridian.latency.WriteLatency;
import io.meridian.latency.Zone;
import io.meridian.model.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Region ↔ region and population → region RTT heat maps, then read and write latency per population. */
final class LatencyPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Latency";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        LatencyReport r = e.latency();
        LatencyModel model = names.topology() == null ? null : new LatencyModel(names.topology().assumptions());
        Map<String, RegionPath> measured = r.measuredPaths().stream().collect(Collectors.toMap(
                p -> key(p.fromRegionId(), p.toRegionId()), p -> p, (a, b) -> a));
        var sections = Cells.sections(
                Cells.heading("Region ↔ region, typical RTT (ms)" + (measured.isEmpty() ? ""
                        : "; " + HeatMap.MEASURED_MARK + " measured, not estimated")),
                r.regions().rowIds().isEmpty() ? Cells.note("No regions yet.")
                        : HeatMap.of(r.regions(), names, (i, j) -> regionTip(r.regions(), i, j, model, measured, names)),
                Cells.heading("Population → region, typical RTT (ms)"),
                r.populations().rowIds().isEmpty() ? Cells.note("No user populations yet.")
                        : HeatMap.of(r.populations(), names, (i, j) -> tip(r.populations(), i, j, model, names)),
                HeatMap.legend(),
                Cells.heading("What each population waits for"),
                perPopulation(r, names));
        for (Problem p : r.problems()) {
            sections.getChildren().add(Cells.note("⚠ " + p));
        }
        return sections;
    }

    private static Node perPopulation(LatencyReport r, Names names) {
        if (r.reads().isEmpty()) {
            return Cells.note("No user populations yet.");
        }
        Cells.Table table = new Cells.Table("Population", "Read (p50, mean)", "Read (p99)", "Reads of data", "Writes")
                .numericColumns(1, 2);
        for (ReadLatency read : r.reads()) {
            VBox readCells = new VBox();
            for (DatasetRead d : r.datasetReads()) {
                if (!d.populationId().equals(read.populationId())) {
                    continue;
                }
                String prefix = names.of(d.datasetId()) + " (" + Format.words(d.consistency()) + "): ";
                String stale = !d.stale() ? "" : d.stalenessSeconds() == null ? ", stale (no bound)"
                        : ", stale ≤ " + Format.plain(d.stalenessSeconds().value()) + " s";
                readCells.getChildren().add(d.latency() == null
                        ? Cells.text(prefix + d.unavailable(), "results-note")
                        : Cells.explained(Cells.text(prefix + Format.ms(d.latency().meanMs().value()) + stale),
                                d.latency().meanMs().explain() + "\n" + routes(d.latency())
                                        + (d.stalenessNote() == null ? "" : "\nstaleness: " + d.stalenessNote())));
            }
            List<WriteLatency> writes = r.writes().stream()
                    .filter(w -> w.populationId().equals(read.populationId())).toList();
            VBox writeCells = new VBox();
            for (WriteLatency w : writes) {
                String prefix = names.of(w.datasetId()) + " (" + Format.words(w.strategy()) + "): ";
                writeCells.getChildren().add(w.latency() == null
                        ? Cells.text(prefix + w.unavailable(), "results-note")
                        : Cells.explained(Cells.text(prefix + Format.ms(w.latency().meanMs().value())),
                                w.latency().meanMs().explain() + "\n" + routes(w.latency())));
            }
            WeightedLatency l = read.latency();
            table.row(Cells.explained(Cells.text(names.of(read.populationId())), names.full(read.populationId())),
                    l == null ? Cells.text(read.unavailable(), "results-note")
                            : Cells.explained(Cells.figure(l.meanMs()), l.meanMs().explain() + "\n" + routes(l)),
                    l == null ? null : Cells.figure(l.p99Ms()),
                    readCells, writeCells);
        }
        return table.node();
    }

    private static String routes(WeightedLatency l) {
        return l.byRegion().stream().map(s -> Format.percent(100 * s.share()) + " " + s.route() + ": "
                + Format.ms(s.typicalMs().value()) + " (floor " + Format.ms(s.floorMs().value()) + ")"
                + (s.lockHoldMs() == null ? "" : "; locks held " + Format.ms(s.lockHoldMs().value()) + " ("
                        + s.lockHoldMs().formula() + ")"))
                .collect(Collectors.joining("\n"));
    }

    private static String regionTip(LatencyTable t, int i, int j, LatencyModel model, Map<String, RegionPath> measured,
                                    Names names) {
        RegionPath path = measured.get(key(t.rowIds().get(i), t.columnIds().get(j)));
        if (path == null) {
            return tip(t, i, j, model, names);
        }
        return header(t, i, j, names) + "\n" + path.latency().typicalRttMs().explain() + "\n"
                + (path.latency().measuredByLinkId() != null
                        ? "measured by network link '" + path.latency().measuredByLinkId() + "'"
                        : "measured: the median in " + path.latency().measuredIn());
    }

    private static String tip(LatencyTable t, int i, int j, LatencyModel model, Names names) {
        double distance = t.distanceKm().get(i).get(j);
        String head = header(t, i, j, names);
        Zone from = zone(names, t.rowIds().get(i));
        Zone to = zone(names, t.columnIds().get(j));
        if (model == null || distance == 0 || from == null || to == null) {
            return head + "\ntypical RTT " + Format.ms(t.typicalRttMs().get(i).get(j)) + ", floor "
                    + Format.ms(t.floorRttMs().get(i).get(j)) + ", " + Format.plain(distance) + " km";
        }
        var path = model.forDistance(distance, from, to);
        return head + "\n" + path.typicalRttMs().explain() + "\n" + path.floorRttMs().explain();
    }

    /**
     * The corridor zone of a region or population of the design (the table knows ids, the topology places); null
     * when the shown topology does not hold the id, and the tip then shows the figures without their working.
     */
    private static Zone zone(Names names, String id) {
        var t = names.topology();
        if (t == null) {
            return null;
        }
        var region = t.regionsById().get(id);
        if (region != null) {
            return Zone.of(region.location());
        }
        return t.populations().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> Zone.of(p.location())).orElse(null);
    }

    private static String header(LatencyTable t, int i, int j, Names names) {
        return names.full(t.rowIds().get(i)) + " → " + names.full(t.columnIds().get(j));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
