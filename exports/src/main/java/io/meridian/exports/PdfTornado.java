package io.meridian.exports;

import io.meridian.uncertainty.Tornado;
import io.meridian.uncertainty.TornadoBar;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A tornado chart on the Risk page: per input, the figure with the input at the low end of its range (blue) and at
 * the high end (amber), around the figure as written (the dashed line); widest first.
 */
final class PdfTornado {
    private static final float[] LOW = {0.16f, 0.4f, 0.75f};
    private static final float[] HIGH = {0.85f, 0.6f, 0.13f};
    private static final float ROW = 13;
    private static final float LABELS = 170;
    private static final float ENDS = 120;
    private final PdfPages pages;

    PdfTornado(PdfPages pages) {
        this.pages = pages;
    }

    void draw(Tornado t) throws IOException {
        List<TornadoBar> bars = UncertaintyTables.moving(t);
        if (bars.isEmpty()) {
            return;
        }
        ReportTable.Kind kind = UncertaintyTables.kind(t.unit());
        float height = bars.size() * ROW + 22;
        pages.ensure(height + 14);
        float top = pages.y();
        pages.text(PdfPages.MARGIN, top - 9, pages.fonts.bold, 8.5f, PdfPages.INK, pages.elided("What moves "
                + t.label() + " (as written " + kind.format(t.base()) + ")", pages.fonts.bold, 8.5f, PdfPages.WIDTH));
        float left = PdfPages.MARGIN + LABELS;
        float width = PdfPages.WIDTH - LABELS - ENDS;
        double lo = t.base();
        double hi = t.base();
        for (TornadoBar b : bars) {
            lo = Math.min(lo, Math.min(b.atLow(), b.atHigh()));
            hi = Math.max(hi, Math.max(b.atLow(), b.atHigh()));
        }
        double span = hi > lo ? hi - lo : 1;
        float base = left + (float) ((t.base() - lo) / span) * width;
        float y = top - 16;
        for (TornadoBar b : bars) {
            float yb = y - ROW + 3;
            pages.text(PdfPages.MARGIN, yb + 2.5f, pages.fonts.regular, 7, PdfPages.INK,
                    pages.elided(b.label(), pages.fonts.regular, 7, LABELS - 6));
            float xl = left + (float) ((b.atLow() - lo) / span) * width;
            float xh = left + (float) ((b.atHigh() - lo) / span) * width;
            pages.fillRect(Math.min(xl, base), yb, Math.max(0.6f, Math.abs(base - xl)), ROW - 4, LOW);
            pages.fillRect(Math.min(xh, base), yb, Math.max(0.6f, Math.abs(xh - base)), ROW - 4, HIGH);
            String ends = kind.format(b.atLow()) + " … " + kind.format(b.atHigh());
            pages.text(left + width + 6, yb + 2.5f, pages.fonts.regular, 6.5f, PdfPages.MUTED,
                    pages.elided(ends, pages.fonts.regular, 6.5f, ENDS - 8));
            y -= ROW;
        }
        PDPageContentStream cs = pages.cs();
        cs.setStrokingColor(PdfPages.INK[0], PdfPages.INK[1], PdfPages.INK[2]);
        cs.setLineWidth(0.7f);
        cs.setLineDashPattern(new float[] {2, 2}, 0);
        cs.moveTo(base, top - 16);
        cs.lineTo(base, y + 2);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
        pages.moveTo(y - 6);
    }
}
