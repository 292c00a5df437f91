package io.meridian.cli;

import io.meridian.model.Quantities;
import io.meridian.uncertainty.FigureInterval;
import io.meridian.uncertainty.Tornado;
import io.meridian.uncertainty.TornadoBar;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.VerdictFlip;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints what the ranges on a design's inputs do: intervals, what flips the verdict, the widest swings. */
final class UncertaintyText {
    /** Bars shown per tornado in text; the JSON has them all. */
    private static final int BARS = 5;
    private final PrintWriter out;

    UncertaintyText(PrintWriter out) {
        this.out = out;
    }

    void print(UncertaintyReport r) {
        if (r.inputs().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "Uncertain inputs (%d ranges, %,d sampled designs%s)%n", r.inputs().size(),
                r.evaluated(), r.rejected() > 0 ? ", " + r.rejected() + " refused" : "");
        TextTable t = new TextTable("figure", "as written", "P10", "P50", "P90");
        for (FigureInterval i : r.intervals()) {
            t.row(i.label(), value(i.point(), i.unit()), value(i.p10(), i.unit()), value(i.p50(), i.unit()),
                    value(i.p90(), i.unit()));
        }
        t.print(out);
        for (VerdictFlip f : r.flips()) {
            out.println("  " + f.objective() + ": " + f.sentence());
        }
        for (Tornado tornado : r.tornadoes()) {
            java.util.List<TornadoBar> moving = tornado.bars().stream().filter(b -> b.swing() > 0).toList();
            if (moving.isEmpty()) {
                out.printf("  no range moves %s (%s as written)%n", tornado.label(), value(tornado.base(),
                        tornado.unit()));
                continue;
            }
            out.printf("  widest swings of %s (as written %s):%n", tornado.label(), value(tornado.base(),
                    tornado.unit()));
            for (TornadoBar b : moving.subList(0, Math.min(BARS, moving.size()))) {
                out.printf("    %-48s %s … %s%n", b.label(), value(b.atLow(), tornado.unit()),
                        value(b.atHigh(), tornado.unit()));
            }
        }
        r.notes().forEach(n -> out.println("note: " + n));
        out.println();
    }

    /** A figure in its unit: "" is a fraction (availability), then s, ms, USD. */
    static String value(double v, String unit) {
        return switch (unit) {
            case "" -> Quantities.availability(v);
            case "s" -> Quantities.duration(v);
            case "ms" -> Quantities.latencyMs(v);
            case "USD" -> Quantities.usd(v);
            default -> Quantities.number(v) + " " + unit;
        };
    }
}
