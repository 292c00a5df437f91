package io.meridian.app.results;

import io.meridian.uncertainty.Tornado;
import io.meridian.uncertainty.TornadoBar;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A tornado chart: one bar per uncertain input that moves the output, widest first, from the output with the input
 * at its low end to the output at its high end, around the value as written (the vertical line). The half towards
 * the low end and the half towards the high end take different colours, so the direction reads at a glance.
 */
final class TornadoChart extends Region {
    static final int BARS = 8;
    private static final double ROW = 22;
    private static final double LABELS = 230;
    private final Tornado tornado;
    private final List<TornadoBar> bars;
    private final List<Label> names = new ArrayList<>();
    private final List<Region> lows = new ArrayList<>();
    private final List<Region> highs = new ArrayList<>();
    private final List<Label> ends = new ArrayList<>();
    private final Line base = new Line();

    TornadoChart(Tornado tornado) {
        this.tornado = tornado;
        this.bars = tornado.bars().stream().filter(b -> b.swing() > 0 && Double.isFinite(b.swing())).limit(BARS)
                .toList();
        getStyleClass().add("tornado-chart");
        for (TornadoBar b : bars) {
            Label name = Cells.text(b.label(), "risk-axis");
            name.setMaxWidth(LABELS - 8);
            names.add(name);
            Region low = new Region();
            low.getStyleClass().add("tornado-low");
            Region high = new Region();
            high.getStyleClass().add("tornado-high");
            Cells.explained(low, b.label() + " at " + Format.plain(b.lowInput()) + ": " + value(b.atLow()));
            Cells.explained(high, b.label() + " at " + Format.plain(b.highInput()) + ": " + value(b.atHigh()));
            lows.add(low);
            highs.add(high);
            Label end = Cells.text(value(b.atLow()) + " … " + value(b.atHigh()), "risk-axis");
            ends.add(end);
        }
        base.getStyleClass().add("risk-budget");
        getChildren().addAll(names);
        getChildren().addAll(lows);
        getChildren().addAll(highs);
        getChildren().addAll(ends);
        getChildren().add(base);
        setPrefHeight(bars.size() * ROW + 8);
        setMinHeight(bars.size() * ROW + 8);
        setPrefWidth(620);
    }

    boolean isEmpty() {
        return bars.isEmpty();
    }

    String value(double v) {
        return RiskView.value(v, tornado.unit());
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset() + LABELS;
        double w = Math.max(60, getWidth() - snappedLeftInset() - snappedRightInset() - LABELS - 200);
        double lo = tornado.base();
        double hi = tornado.base();
        for (TornadoBar b : bars) {
            lo = Math.min(lo, Math.min(b.atLow(), b.atHigh()));
            hi = Math.max(hi, Math.max(b.atLow(), b.atHigh()));
        }
        double span = hi > lo ? hi - lo : 1;
        double scale = w / span;
        double bx = x0 + (tornado.base() - lo) * scale;
        for (int k = 0; k < bars.size(); k++) {
            TornadoBar b = bars.get(k);
            double y = snappedTopInset() + k * ROW + 3;
            names.get(k).resizeRelocate(snappedLeftInset(), y, LABELS - 8, ROW - 6);
            double xl = x0 + (b.atLow() - lo) * scale;
            double xh = x0 + (b.atHigh() - lo) * scale;
            lows.get(k).resizeRelocate(Math.min(xl, bx), y, Math.max(1, Math.abs(bx - xl)), ROW - 8);
            highs.get(k).resizeRelocate(Math.min(xh, bx), y, Math.max(1, Math.abs(xh - bx)), ROW - 8);
            Label end = ends.get(k);
            end.autosize();
            end.relocate(x0 + w + 8, y);
        }
        base.setStartX(bx);
        base.setEndX(bx);
        base.setStartY(snappedTopInset());
        base.setEndY(snappedTopInset() + bars.size() * ROW);
    }
}
