package io.meridian.app.results;

import io.meridian.availability.AvailabilityFigure;
import io.meridian.availability.AvailabilityFigures;
import io.meridian.availability.AvailabilityReport;
import io.meridian.availability.ImportanceEntry;
import io.meridian.availability.PopulationAvailability;
import io.meridian.evaluation.Evaluation;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Availability per population, static and with failover time side by side, each as a percentage, nines and
 * downtime minutes per year; then the elements ranked by the downtime they cause.
 */
final class AvailabilityPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Availability";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        AvailabilityReport r = e.availability();
        Cells.Table table = new Cells.Table("Population", "Static", "With failover").numericColumns(1, 2);
        for (PopulationAvailability p : r.populations()) {
            String name = AvailabilityReport.ALL.equals(p.populationId()) ? "All users" : names.of(p.populationId());
            Label who = Cells.explained(Cells.text(name), names.full(p.populationId()) + "\nserved by "
                    + String.join(", ", p.servingRegionIds()) + "\n" + p.method().description()
                    + (p.notes().isEmpty() ? "" : "\n" + String.join("\n", p.notes())));
            add(table, who, p.staticAvailability().requestWeighted(), p.withFailover().requestWeighted(),
                    breakdown(p.staticAvailability()), breakdown(p.withFailover()) + "\n" + p.failoverLoss().explain());
        }
        if (r.populations().size() > 1) {
            add(table, Cells.text("Overall (by requests)", "results-total"), r.overall(), r.overallWithFailover(),
                    r.overall().availability().explain(), r.overallWithFailover().availability().explain());
        }
        var sections = Cells.sections(Cells.heading("Per population"), table.node(),
                Cells.note("With failover: every failure event also costs the users it touches its own recovery: "
                        + "moved users the area above the read curve, writes until a copy takes them, a switchover "
                        + "its own time (the RTO, " + Format.seconds(r.rtoSeconds()) + ", is not charged)."),
                Cells.heading("What causes the downtime"), importance(r, names));
        r.notes().forEach(n -> sections.getChildren().add(Cells.note(n)));
        return sections;
    }

    private static void add(Cells.Table table, Label who, AvailabilityFigure statics, AvailabilityFigure failover,
                            String staticTip, String failoverTip) {
        table.row(who, cell(statics, staticTip), cell(failover, failoverTip));
    }

    /** "99.99%" over "4.0 nines · 53 min/yr": the percentage and what it means for a year, side by side. */
    private static VBox cell(AvailabilityFigure f, String tip) {
        Label percent = Cells.numeric(Cells.text(Format.availability(f.value()), "availability"));
        Label year = Cells.numeric(Cells.text(Format.nines(f.nines()) + " nines · "
                + Format.minutesPerYear(f.downtimeMinutesPerYear()), "availability-year"));
        percent.setMinWidth(Region.USE_PREF_SIZE);
        year.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(percent, year);
        box.setAlignment(Pos.CENTER_RIGHT);
        return Cells.explained(box, tip);
    }

    /** Reads and writes apart, then the headline and its formula. */
    private static String breakdown(AvailabilityFigures f) {
        return "reads " + Format.availability(f.read().value()) + " (" + Format.minutesPerYear(
                f.read().downtimeMinutesPerYear()) + "), writes " + Format.availability(f.write().value()) + " ("
                + Format.minutesPerYear(f.write().downtimeMinutesPerYear()) + ")\n"
                + f.requestWeighted().availability().explain();
    }

    private static Node importance(AvailabilityReport r, Names names) {
        if (r.importance().isEmpty()) {
            return Cells.note("No single element causes measurable downtime.");
        }
        Cells.Table table = new Cells.Table("#", "Element", "Kind", "Downtime it causes").numericColumns(0, 3);
        for (ImportanceEntry i : r.importance()) {
            table.row(Cells.text(String.valueOf(i.rank())),
                    Cells.explained(Cells.text(names.of(i.elementId())), i.description()),
                    Cells.text(Format.words(i.kind())),
                    Cells.figure(i.downtimeSaved()));
        }
        return table.node();
    }
}
