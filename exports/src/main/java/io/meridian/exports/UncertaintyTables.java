package io.meridian.exports;

import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.uncertainty.FigureInterval;
import io.meridian.uncertainty.Tornado;
import io.meridian.uncertainty.TornadoBar;
import io.meridian.uncertainty.UncertaintyReport;
import java.util.ArrayList;
import java.util.List;

/** What the ranges on a design's inputs do, as report tables: the figures' intervals and each tornado's bars. */
final class UncertaintyTables {
    /** Bars per tornado in the reports: the rest move the figure less than the last one shown. */
    static final int BARS = 8;

    private UncertaintyTables() {
    }

    static Kind kind(String unit) {
        return switch (unit) {
            case "" -> Kind.AVAILABILITY;
            case "s" -> Kind.SECONDS;
            case "ms" -> Kind.MS;
            case "USD" -> Kind.USD;
            default -> Kind.NUMBER;
        };
    }

    static ReportTable intervals(UncertaintyReport u) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FigureInterval i : u.intervals()) {
            Kind k = kind(i.unit());
            rows.add(List.of(Cell.of(i.label()), Cell.of(i.point(), k), Cell.of(i.p10(), k), Cell.of(i.p50(), k),
                    Cell.of(i.p90(), k)));
        }
        return new ReportTable("The headline figures over the ranges", List.of(Column.text("Figure"),
                new Column("As written", Kind.NUMBER), new Column("P10", Kind.NUMBER),
                new Column("P50", Kind.NUMBER), new Column("P90", Kind.NUMBER)), rows, String.format(java.util.Locale.ROOT, "%,d sampled designs "
                + "(%s, seed %d), each read back and evaluated by the engine unchanged%s.", u.evaluated(),
                u.settings().sampling().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                u.settings().seed(), u.rejected() > 0 ? "; " + u.rejected() + " refused by the reader" : ""));
    }

    /** The bars that move the figure, widest first, at most {@link #BARS}. */
    static List<TornadoBar> moving(Tornado t) {
        return t.bars().stream().filter(b -> b.swing() > 0 && Double.isFinite(b.swing())).limit(BARS).toList();
    }

    static ReportTable tornado(Tornado t) {
        Kind k = kind(t.unit());
        List<List<Cell>> rows = new ArrayList<>();
        for (TornadoBar b : moving(t)) {
            rows.add(List.of(Cell.of(b.label()), Cell.of(b.lowInput(), Kind.NUMBER), Cell.of(b.highInput(),
                    Kind.NUMBER), Cell.of(b.atLow(), k), Cell.of(b.atHigh(), k), Cell.of(b.swing(), k)));
        }
        return new ReportTable("What moves " + t.label(), List.of(Column.text("Input"), new Column("Low end",
                Kind.NUMBER), new Column("High end", Kind.NUMBER), new Column("At low", k),
                new Column("At high", k), new Column("Swing", k)), rows,
                "Each input at the low and the high end of its range, the others as written.");
    }
}
