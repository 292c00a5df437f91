package io.meridian.app.results;

import io.meridian.cost.CategoryCost;
import io.meridian.cost.CostLine;
import io.meridian.cost.CostReport;
import io.meridian.cost.RegionCost;
import io.meridian.evaluation.Evaluation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;

/** The monthly bill by category and by region, the expected downtime cost, the total cost per year, the lines. */
final class CostPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Cost";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        CostReport r = e.cost();
        Cells.Table totals = new Cells.Table("", "USD").numericColumns(1);
        for (CategoryCost c : r.byCategory()) {
            totals.row(Cells.text(Format.words(c.category()) + " / month"), Cells.figure(c.monthly()));
        }
        totals.row(Cells.text("Monthly total", "results-total"), Cells.figure(r.monthly(), "results-total"));
        totals.row(Cells.text("Per year (12 × monthly)"), Cells.figure(r.annual()));
        Label downtime = Cells.text("Expected downtime / year (" + Format.seconds(r.downtimeHoursPerYear().value() * 3600)
                + " at " + Format.usd(r.downtimeCostPerHour()) + "/h)");
        totals.row(Cells.explained(downtime, r.downtimeHoursPerYear().explain()), Cells.figure(r.downtimeCostPerYear()));
        totals.row(Cells.text("Total cost per year", "results-total"),
                Cells.figure(r.totalAnnualCost(), "results-total"));

        Cells.Table regions = new Cells.Table("Region", "USD / month").numericColumns(1);
        for (RegionCost c : r.byRegion()) {
            regions.row(Cells.explained(Cells.text(names.of(c.regionId())), names.full(c.regionId())),
                    Cells.figure(c.monthly()));
        }

        Cells.Table lines = new Cells.Table("Item", "Region", "USD / month").numericColumns(2);
        for (CostLine l : r.lines()) {
            Label what = Cells.text(names.of(l.elementId()) + " — " + l.description());
            what.setWrapText(true);
            what.setMaxWidth(380);
            lines.row(what, Cells.text(l.regionId() == null ? "global" : names.of(l.regionId())), Cells.figure(l.monthly()));
        }
        TitledPane bill = new TitledPane("The bill, line by line (" + r.lines().size() + ")", lines.node());
        bill.setExpanded(false);
        bill.getStyleClass().add("cost-lines");

        var sections = Cells.sections(Cells.heading("Totals"), totals.node(), Cells.heading("By region"),
                regions.node(), bill, Cells.note("Prices: " + r.prices()));
        r.notes().forEach(n -> sections.getChildren().add(Cells.note(n)));
        return sections;
    }
}
