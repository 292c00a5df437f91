package io.meridian.exports;

import io.meridian.model.Quantities;
import io.meridian.risk.RiskReport;
import io.meridian.risk.YearHistogram;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The simulated years as a histogram on the Risk page: bars within the objective's yearly budget in blue, beyond it
 * in red, the budget as a dashed line; the open-ended last bin (years beyond the scale) at the right.
 */
final class PdfRiskChart {
    private static final float[] WITHIN = {0.16f, 0.4f, 0.75f};
    private static final float[] BEYOND = {0.8f, 0.2f, 0.2f};
    private final PdfPages pages;

    PdfRiskChart(PdfPages pages) {
        this.pages = pages;
    }

    void years(RiskReport r) throws IOException {
        List<YearHistogram.Bin> bins = r.worstHistogram().bins();
        float height = 160;
        pages.ensure(height + 30);
        float top = pages.y();
        float left = PdfPages.MARGIN + 30;
        float width = PdfPages.WIDTH - 40;
        float bottom = top - height + 22;
        float plotH = height - 36;
        int most = Math.max(1, bins.stream().mapToInt(YearHistogram.Bin::years).max().orElse(1));
        float slot = width / bins.size();
        Double budget = r.budgetMinutes();
        for (int k = 0; k < bins.size(); k++) {
            YearHistogram.Bin b = bins.get(k);
            float h = plotH * b.years() / most;
            boolean over = budget != null && b.fromMinutes() >= budget - 1e-9;
            pages.fillRect(left + k * slot + 0.6f, bottom, Math.max(0.6f, slot - 1.2f), h, over ? BEYOND : WITHIN);
        }
        pages.fillRect(left, bottom - 0.5f, width, 0.5f, PdfPages.MUTED);
        int equal = bins.get(bins.size() - 1).toMinutes() == null ? bins.size() - 1 : bins.size();
        double scaleTop = bins.get(Math.max(0, equal - 1)).toMinutes() == null ? 1
                : bins.get(Math.max(0, equal - 1)).toMinutes();
        float perMinute = (float) (slot * equal / scaleTop);
        for (double at : new double[] {0, scaleTop / 2, scaleTop}) {
            String label = at == 0 ? "0" : Quantities.duration(at * 60);
            float x = left + (float) at * perMinute - pages.width(pages.fonts.regular, 6.5f, label) / 2;
            pages.text(Math.max(left, Math.min(x, left + width - pages.width(pages.fonts.regular, 6.5f, label))),
                    bottom - 9, pages.fonts.regular, 6.5f, PdfPages.MUTED, label);
        }
        String scale = String.format(Locale.ROOT, "tallest bar: %,d years", most);
        pages.text(left + width - pages.width(pages.fonts.regular, 6.5f, scale), bottom + plotH + 6,
                pages.fonts.regular, 6.5f, PdfPages.MUTED, scale);
        if (budget != null) {
            float x = left + (float) Math.min(budget * perMinute, slot * equal);
            PDPageContentStream cs = pages.cs();
            cs.setStrokingColor(PdfPages.INK[0], PdfPages.INK[1], PdfPages.INK[2]);
            cs.setLineWidth(0.8f);
            cs.setLineDashPattern(new float[] {3, 2}, 0);
            cs.moveTo(x, bottom);
            cs.lineTo(x, bottom + plotH + 4);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
            String label = "budget " + Quantities.downtimePerYear(budget);
            float lw = pages.width(pages.fonts.bold, 7, label);
            float lx = x + lw + 4 < left + width - pages.width(pages.fonts.regular, 6.5f, scale) - 8 ? x + 3 : x - lw - 3;
            pages.text(Math.max(left, lx), bottom + plotH + 6, pages.fonts.bold, 7, PdfPages.INK, label);
        }
        pages.moveTo(bottom - 14);
        pages.paragraph(String.format(Locale.ROOT, "Each bar: simulated years whose worst-off users lost that much "
                        + "(what the objective judges). Mean %s, median %s, one year in 20 above %s.",
                Quantities.downtimePerYear(r.worstPopulation().mean()),
                Quantities.downtimePerYear(r.worstPopulation().p50()),
                Quantities.downtimePerYear(r.worstPopulation().p95())), pages.fonts.regular, 7.5f, PdfPages.MUTED);
    }
}
