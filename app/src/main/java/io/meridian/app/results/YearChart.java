package io.meridian.app.results;

import io.meridian.risk.YearHistogram;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A histogram of the simulated years by downtime, with the objective's yearly budget as a line: bars right of it
 * are years that breach, in the danger colour. Bars and line are styled nodes, so the theme colours them; the
 * chart lays itself out to the width it gets.
 */
final class YearChart extends Region {
    private static final double AXIS = 22;
    private static final double TOP = 18;
    private final YearHistogram histogram;
    private final Double budget;
    private final List<Region> bars = new ArrayList<>();
    private final Line budgetLine = new Line();
    private final Label budgetLabel = new Label();
    private final List<Label> ticks = new ArrayList<>();
    private final Label countLabel = new Label();

    YearChart(YearHistogram histogram, Double budgetMinutes) {
        this.histogram = histogram;
        this.budget = budgetMinutes;
        getStyleClass().add("risk-chart");
        for (YearHistogram.Bin b : histogram.bins()) {
            Region bar = new Region();
            bar.getStyleClass().add(budget != null && b.fromMinutes() >= budget - 1e-9 ? "risk-bar-over" : "risk-bar");
            Cells.explained(bar, Format.minutesPerYear(b.fromMinutes()).replace("/yr", "") + " – "
                    + (b.toMinutes() == null ? "more" : Format.minutesPerYear(b.toMinutes()).replace("/yr", ""))
                    + ": " + b.years() + " years");
            bars.add(bar);
        }
        getChildren().addAll(bars);
        budgetLine.getStyleClass().add("risk-budget");
        budgetLabel.getStyleClass().add("risk-budget-label");
        countLabel.getStyleClass().add("risk-axis");
        if (budget != null) {
            budgetLabel.setText("budget " + Format.minutesPerYear(budget));
            getChildren().addAll(budgetLine, budgetLabel);
        }
        for (int k = 0; k < 3; k++) {
            Label tick = new Label();
            tick.getStyleClass().add("risk-axis");
            tick.setAlignment(Pos.CENTER);
            ticks.add(tick);
        }
        getChildren().addAll(ticks);
        getChildren().add(countLabel);
        setPrefSize(560, 210);
        setMinHeight(160);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset() - AXIS - TOP;
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset() + TOP;
        List<YearHistogram.Bin> bins = histogram.bins();
        int most = bins.stream().mapToInt(YearHistogram.Bin::years).max().orElse(1);
        double slot = w / Math.max(1, bins.size());
        for (int k = 0; k < bins.size(); k++) {
            double bh = most == 0 ? 0 : h * bins.get(k).years() / most;
            bars.get(k).resizeRelocate(x0 + k * slot + 1, y0 + h - bh, Math.max(1, slot - 2), bh);
        }
        // The open-ended last bin sits beyond the scale; the scale ends where the equal bins do.
        YearHistogram.Bin lastEqual = bins.get(bins.size() - 1).toMinutes() == null && bins.size() > 1
                ? bins.get(bins.size() - 2) : bins.get(bins.size() - 1);
        double top = lastEqual.toMinutes() == null ? 1 : lastEqual.toMinutes();
        int equal = bins.get(bins.size() - 1).toMinutes() == null ? bins.size() - 1 : bins.size();
        double scale = slot * equal / top;
        if (budget != null) {
            double bx = x0 + Math.min(budget * scale, slot * equal);
            budgetLine.setStartX(bx);
            budgetLine.setEndX(bx);
            budgetLine.setStartY(y0 - 4);
            budgetLine.setEndY(y0 + h);
            budgetLabel.autosize();
            budgetLabel.relocate(Math.min(bx + 4, x0 + w - budgetLabel.getWidth()), y0 - TOP);
        }
        double[] at = {0, top / 2, top};
        for (int k = 0; k < ticks.size(); k++) {
            Label tick = ticks.get(k);
            tick.setText(at[k] == 0 ? "0" : Format.minutesPerYear(at[k]).replace("/yr", ""));
            tick.autosize();
            double x = x0 + at[k] * scale - tick.getWidth() / 2;
            tick.relocate(Math.max(x0, Math.min(x, x0 + w - tick.getWidth())), y0 + h + 4);
        }
        // The scale of the bars, at the right; the budget's label left of it when they would meet.
        countLabel.setText(String.format(java.util.Locale.ROOT, "tallest bar: %,d years", most));
        countLabel.autosize();
        countLabel.relocate(x0 + w - countLabel.getWidth(), y0 - TOP);
        if (budget != null && budgetLabel.getLayoutX() + budgetLabel.getWidth() > countLabel.getLayoutX() - 8) {
            budgetLabel.relocate(Math.max(x0, budgetLine.getStartX() - 4 - budgetLabel.getWidth()), y0 - TOP);
        }
    }
}
