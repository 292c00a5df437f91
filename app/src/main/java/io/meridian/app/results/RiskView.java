package io.meridian.app.results;

import io.meridian.risk.DowntimeDistribution;
import io.meridian.risk.PopulationRisk;
import io.meridian.risk.RiskReport;
import io.meridian.uncertainty.FigureInterval;
import io.meridian.uncertainty.Tornado;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.VerdictFlip;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Risk tab: how often a year breaches the availability objective, the years as a histogram against its
 * budget, and per population the spread of a year's downtime and its incidents. Bound to a {@link RiskViewModel};
 * progress shows while years are being simulated, and the last report stays until the next is in.
 */
public final class RiskView extends BorderPane {
    private final RiskViewModel model;
    private final ScrollPane scroll = new ScrollPane();

    public RiskView(RiskViewModel model) {
        this.model = model;
        getStyleClass().add("risk-view");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(160);
        Label text = Cells.text("", "results-note");
        text.textProperty().bind(model.progressTextProperty());
        HBox status = new HBox(8, bar, text);
        status.getStyleClass().add("risk-status");
        status.visibleProperty().bind(model.busyProperty());
        status.managedProperty().bind(status.visibleProperty());
        Label error = Cells.text("", "results-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        setTop(new VBox(status, error));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("results-scroll");
        setCenter(scroll);
        model.reportProperty().addListener(o -> show());
        model.uncertaintyProperty().addListener(o -> show());
        show();
    }

    private void show() {
        RiskReport r = model.reportProperty().get();
        double v = scroll.getVvalue();
        if (r == null) {
            scroll.setContent(Cells.sections(Cells.note("Simulating operating years once the design has evaluated…")));
        } else {
            VBox content = (VBox) content(r, new Names(model.topologyProperty().get()));
            UncertaintyReport u = model.uncertaintyProperty().get();
            if (u != null && !u.inputs().isEmpty()) {
                content.getChildren().addAll(ranges(u));
            }
            scroll.setContent(content);
        }
        scroll.setVvalue(v);
    }

    static Node content(RiskReport r, Names names) {
        VBox sections = Cells.sections();
        sections.getChildren().add(Cells.heading(r.objective() == null ? "A year's downtime"
                : "How often a year breaches the objective"));
        if (r.objective() != null) {
            Label headline = Cells.text(String.format(java.util.Locale.ROOT, "%s of years breach %s (a budget of %s); "
                            + "%s have a 30-day window over its share (%s)", Format.percent(r.breachProbability() * 100),
                    Format.availability(r.objective()), Format.minutesPerYear(r.budgetMinutes()),
                    Format.percent(r.windowBreachProbability() * 100),
                    Format.minutesPerYear(r.budgetMinutes() * 30 / 365.25).replace("/yr", "")), "risk-headline",
                    r.breachProbability() > 0.1 ? "fail" : "pass");
            headline.setWrapText(true);
            sections.getChildren().add(headline);
        } else {
            sections.getChildren().add(Cells.note("No availability objective: set one (Design → Objectives…) "
                    + "to see how often a year breaches it."));
        }
        YearChart chart = new YearChart(r.worstHistogram(), r.budgetMinutes());
        HBox.setHgrow(chart, Priority.ALWAYS);
        sections.getChildren().addAll(chart, Cells.note("Years by the downtime of the users who had most that year "
                + "(what the objective judges). Mean " + Format.minutesPerYear(r.worstPopulation().mean())
                + ", median " + Format.minutesPerYear(r.worstPopulation().p50()) + ", one year in 20 above "
                + Format.minutesPerYear(r.worstPopulation().p95()) + "."));
        sections.getChildren().addAll(Cells.heading("Per population"), table(r, names),
                Cells.note(r.method()));
        r.notes().forEach(n -> sections.getChildren().add(Cells.note(n)));
        return sections;
    }

    private static Node table(RiskReport r, Names names) {
        Cells.Table t = new Cells.Table("Users", "Expected", "Simulated", "P50", "P90", "P99", "Incidents/yr",
                "No incident", "Breach").numericColumns(1, 2, 3, 4, 5, 6, 7, 8);
        for (PopulationRisk p : r.populations()) {
            DowntimeDistribution d = p.annual();
            t.row(Cells.text(names.of(p.populationId())), minutes(p.expectedMinutes()),
                    Cells.explained(minutes(d.mean()), "± " + Format.minutesPerYear(d.halfWidth())
                            + " (95% interval of the mean)"), minutes(d.p50()), minutes(d.p90()), minutes(d.p99()),
                    Cells.numeric(Cells.text(Format.plain(p.incidentsPerYear()))),
                    Cells.numeric(Cells.text(Format.percent(p.probabilityNoIncident() * 100))),
                    Cells.numeric(Cells.text(p.breachProbability() == null ? "—"
                            : Format.percent(p.breachProbability() * 100))));
        }
        DowntimeDistribution o = r.overall();
        t.row(Cells.text("Overall (by requests)", "results-total"), null, minutes(o.mean()), minutes(o.p50()),
                minutes(o.p90()), minutes(o.p99()));
        return t.node();
    }

    /** What the ranges on the inputs do: what flips the verdict, the figures' intervals, the tornadoes. */
    static List<Node> ranges(UncertaintyReport u) {
        List<Node> out = new ArrayList<>();
        out.add(Cells.heading("What the ranges on " + u.inputs().size() + " inputs do"));
        for (VerdictFlip f : u.flips()) {
            out.add(Cells.text(f.objective() + ": " + f.sentence(), "risk-flip", f.passesAsWritten() ? "fail" : "pass"));
        }
        if (u.flips().isEmpty()) {
            out.add(Cells.note("No single range crosses an objective's line: the verdict holds across them."));
        }
        Cells.Table t = new Cells.Table("Figure", "As written", "P10", "P50", "P90").numericColumns(1, 2, 3, 4);
        for (FigureInterval i : u.intervals()) {
            t.row(Cells.text(i.label()), num(value(i.point(), i.unit())), num(value(i.p10(), i.unit())),
                    num(value(i.p50(), i.unit())), num(value(i.p90(), i.unit())));
        }
        out.add(t.node());
        for (Tornado tornado : u.tornadoes()) {
            TornadoChart chart = new TornadoChart(tornado);
            if (!chart.isEmpty()) {
                out.add(Cells.text("What moves " + tornado.label() + " (as written " + value(tornado.base(),
                        tornado.unit()) + ")", "results-subheading"));
                out.add(chart);
            }
        }
        out.add(Cells.note(u.evaluated() + " sampled designs (" + u.settings().sampling().name().toLowerCase(
                java.util.Locale.ROOT).replace('_', ' ') + ", seed " + u.settings().seed() + "); each bar: the "
                + "figure with one input at the low end (blue) and the high end (amber) of its range, the others as "
                + "written; the dashed line is the figure as written."));
        u.notes().forEach(n -> out.add(Cells.note(n)));
        return out;
    }

    /** A figure in its unit: "" is a fraction (availability), then s, ms, USD. */
    static String value(double v, String unit) {
        return switch (unit) {
            case "" -> Format.availability(v);
            case "s" -> Format.seconds(v);
            case "ms" -> Format.ms(v);
            case "USD" -> Format.usd(v);
            default -> Format.plain(v) + " " + unit;
        };
    }

    private static Label num(String text) {
        return Cells.numeric(Cells.text(text));
    }

    private static Label minutes(double m) {
        return Cells.numeric(Cells.text(Format.minutesPerYear(m).replace("/yr", "")));
    }
}
