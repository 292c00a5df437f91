package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import io.meridian.model.Figure;
import io.meridian.recovery.DatasetRpo;
import io.meridian.recovery.RecoveryCurve;
import io.meridian.recovery.RecoveryReport;
import io.meridian.recovery.RtoBreakdown;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Share of the affected users served against seconds since a region failure, the RTO step by step, the RPO. */
final class RecoveryPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Recovery";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        RecoveryReport r = e.recovery();
        var sections = Cells.sections(Cells.heading("Users served after the worst region failure"), chart(r),
                Cells.heading("RTO, step by step"), breakdown(r.rto(), names),
                Cells.heading("RPO per dataset"), rpo(r, names));
        r.notes().forEach(n -> sections.getChildren().add(Cells.note(n)));
        return sections;
    }

    private static LineChart<Number, Number> chart(RecoveryReport r) {
        double end = 1.15 * Math.max(last(r.reads()), last(r.writes()));
        NumberAxis x = new NumberAxis();
        x.setLabel("seconds since the failure");
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel("% served");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add("recovery-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
        chart.getData().add(series("Reads", r.reads(), end));
        chart.getData().add(series("Writes", r.writes(), end));
        return chart;
    }

    private static double last(RecoveryCurve c) {
        double s = c.points().get(c.points().size() - 1).seconds();
        return s > 0 ? s : 1;
    }

    /** The curve's points, held flat to {@code end} (the last share holds after the last point). */
    private static XYChart.Series<Number, Number> series(String name, RecoveryCurve c, double end) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name + " (100% at " + Format.seconds(c.secondsTo100Percent().value()) + ")");
        for (RecoveryCurve.Point p : c.points()) {
            s.getData().add(new XYChart.Data<>(p.seconds(), 100 * p.share()));
        }
        s.getData().add(new XYChart.Data<>(end, 100 * c.points().get(c.points().size() - 1).share()));
        return s;
    }

    private static Node breakdown(RtoBreakdown b, Names names) {
        Cells.Table table = new Cells.Table("Step", "Time").numericColumns(1);
        step(table, "Detection", b.detection());
        step(table, "Routing switch", b.routingSwitch());
        step(table, "Reconnect", b.reconnect());
        step(table, "Reads back (read RTO)", b.readRto());
        step(table, b.promotionDatasetId() == null ? "Promotion"
                : "Promotion (" + names.of(b.promotionDatasetId()) + ")", b.promotion());
        table.row(Cells.text("RTO: reads and writes back", "results-total"), Cells.figure(b.rto(), "results-total"));
        step(table, "Expected read outage per affected user", b.expectedReadOutage());
        step(table, "Expected write outage per affected user", b.expectedWriteOutage());
        if (b.dnsCacheTail() != null) {
            RtoBreakdown.DnsCacheTail tail = b.dnsCacheTail();
            table.row(Cells.explained(Cells.text("DNS-cache tail ("
                            + Format.percent(100 * tail.share().value()) + " of clients)"), tail.share().explain()),
                    Cells.figure(tail.staleSeconds()));
        }
        return Cells.sections(Cells.note(b.routing()), table.node());
    }

    private static void step(Cells.Table table, String name, Figure f) {
        table.row(Cells.text(name), Cells.figure(f));
    }

    private static Node rpo(RecoveryReport r, Names names) {
        if (r.rpo().isEmpty()) {
            return Cells.note("The design holds no datasets.");
        }
        Cells.Table table = new Cells.Table("Dataset", "Strategy", "RPO", "Typical lag", "Why").numericColumns(2, 3);
        for (DatasetRpo d : r.rpo()) {
            var why = Cells.note(d.basis());
            why.setMaxWidth(380);
            table.row(Cells.explained(Cells.text(names.of(d.datasetId())), names.full(d.datasetId())),
                    Cells.text(Format.words(d.strategy())),
                    d.unbounded() ? Cells.text("unbounded", "fail") : Cells.figure(d.rpoSeconds()),
                    d.typicalLag() == null ? Cells.text("—") : Cells.figure(d.typicalLag()),
                    why);
        }
        return table.node();
    }
}
