package io.meridian.exports;

import io.meridian.evaluation.Evaluation;
import io.meridian.recovery.RecoveryCurve;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Charts drawn as vector paths: the recovery curve and availability against cost of the alternatives. */
final class PdfCharts {
    static final float[] READS = {0.16f, 0.4f, 0.75f};
    static final float[] WRITES = {0.89f, 0.47f, 0.09f};
    static final float[] GRID = {0.88f, 0.89f, 0.91f};

    private final PdfPages pages;

    PdfCharts(PdfPages pages) {
        this.pages = pages;
    }

    /** Share of affected users served against seconds since a region failure, reads and writes. */
    void recovery(RecoveryCurve reads, RecoveryCurve writes, String caption) throws IOException {
        float height = 170;
        pages.ensure(height + 30);
        float top = pages.y();
        float left = PdfPages.MARGIN + 34;
        float bottom = top - height + 22;
        float width = PdfPages.WIDTH - 44;
        float plotH = height - 34;
        List<Double> ts = ExcelReport.curveSeconds(reads, writes);
        double tMax = ChartAxis.niceCeil(ts.get(ts.size() - 1));
        PDPageContentStream cs = pages.cs();
        grid(left, bottom, width, plotH, 4, 5);
        for (int i = 0; i <= 4; i++) {
            String label = (i * 25) + "%";
            pages.text(left - 4 - pages.width(pages.fonts.regular, 6.5f, label), bottom + plotH * i / 4 - 2,
                    pages.fonts.regular, 6.5f, PdfPages.MUTED, label);
        }
        for (int i = 0; i <= 5; i++) {
            String label = secondsLabel(tMax * i / 5);
            float x = left + width * i / 5;
            float lw = pages.width(pages.fonts.regular, 6.5f, label);
            // The last tick's label ends at the margin rather than half past the plot's edge.
            pages.text(Math.min(x - lw / 2, PdfPages.MARGIN + PdfPages.WIDTH - lw), bottom - 9, pages.fonts.regular,
                    6.5f, PdfPages.MUTED, label);
        }
        curve(cs, writes, WRITES, left, bottom, width, plotH, tMax);
        curve(cs, reads, READS, left, bottom, width, plotH, tMax);
        float ly = bottom + plotH + 4;
        legendItem(left, ly, READS, String.format(Locale.ROOT, "reads (99%% at %s)",
                seconds(reads.secondsTo99Percent().value())));
        legendItem(left + 150, ly, WRITES, String.format(Locale.ROOT, "writes (99%% at %s)",
                seconds(writes.secondsTo99Percent().value())));
        pages.moveTo(bottom - 14);
        pages.paragraph(caption, pages.fonts.regular, 7.5f, PdfPages.MUTED);
    }

    private static String seconds(double s) {
        return Double.isInfinite(s) ? "never" : secondsLabel(s);
    }

    /** Whole seconds, or scientific notation for a time no one will wait for (a 1e300 s DNS TTL). */
    private static String secondsLabel(double s) {
        return s < ChartAxis.LARGE ? String.format(Locale.ROOT, "%,.0f s", s) : ReportTable.Kind.SECONDS.format(s);
    }

    /** Where a point of the curve falls across the plot, 0 to 1; a time past the axis (or ∞) at its end. */
    private static float along(double seconds, double tMax) {
        double p = seconds / tMax;
        return Double.isNaN(p) ? 0 : (float) Math.max(0, Math.min(1, p));
    }

    private void curve(PDPageContentStream cs, RecoveryCurve c, float[] color, float left, float bottom, float width,
                       float plotH, double tMax) throws IOException {
        cs.setStrokingColor(color[0], color[1], color[2]);
        cs.setLineWidth(1.8f);
        List<RecoveryCurve.Point> points = c.points();
        cs.moveTo(left + along(points.get(0).seconds(), tMax) * width,
                bottom + (float) points.get(0).share() * plotH);
        for (RecoveryCurve.Point pt : points.subList(1, points.size())) {
            cs.lineTo(left + along(pt.seconds(), tMax) * width, bottom + (float) pt.share() * plotH);
        }
        RecoveryCurve.Point last = points.get(points.size() - 1);
        cs.lineTo(left + width, bottom + (float) last.share() * plotH);
        cs.stroke();
    }

    /**
     * One point per variant: total annual cost, bill plus expected downtime at the baseline's $/h, the figure the
     * recommendation compares (x), against nines with failover (y), labelled, the recommended in green.
     * A variant whose cost overflowed or whose availability is exactly 1 (infinite nines) has no place on the axes;
     * it is named under the chart instead of breaking the drawing.
     */
    void alternatives(ReportContext ctx) throws IOException {
        float height = 190;
        pages.ensure(height + 20);
        float top = pages.y();
        float left = PdfPages.MARGIN + 48;
        float bottom = top - height + 24;
        float width = PdfPages.WIDTH - 70;
        float plotH = height - 34;
        List<Evaluation> placed = new ArrayList<>();
        List<String> offChart = new ArrayList<>();
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        double yMin = Double.MAX_VALUE;
        double yMax = -Double.MAX_VALUE;
        for (Evaluation e : ctx.variants()) {
            double cost = totalCost(ctx, e);
            double nines = e.availability().overallWithFailover().nines();
            if (!Double.isFinite(cost) || !Double.isFinite(nines)) {
                offChart.add(pages.elided(e.variantName(), pages.fonts.regular, 7.5f, 200) + " ("
                        + (Double.isFinite(cost) ? "100% available"
                        : "annual cost " + ReportTable.Kind.USD.format(cost)) + ")");
                continue;
            }
            placed.add(e);
            xMin = Math.min(xMin, cost);
            xMax = Math.max(xMax, cost);
            yMin = Math.min(yMin, nines);
            yMax = Math.max(yMax, nines);
        }
        if (placed.isEmpty()) {
            pages.paragraph("No chart: no variant has a finite annual cost and availability below 100%: "
                    + String.join("; ", offChart) + ".", pages.fonts.regular, 7.5f, PdfPages.MUTED);
            return;
        }
        ChartAxis xAxis = ChartAxis.over(xMin, xMax, 4, 1);
        double yLo = Math.floor(yMin);
        double yHi = Math.max(yLo + 1, Math.ceil(yMax + 0.2));
        int yTicks = (int) (yHi - yLo);
        grid(left, bottom, width, plotH, yTicks, xAxis.ticks());
        for (int i = 0; i <= yTicks; i++) {
            int nines = (int) yLo + i;
            String label = nines(nines);
            pages.text(left - 4 - pages.width(pages.fonts.regular, 6.5f, label), bottom + plotH * i / yTicks - 2,
                    pages.fonts.regular, 6.5f, PdfPages.MUTED, label);
        }
        for (int i = 0; i <= xAxis.ticks(); i++) {
            String x = xAxis.label(i, ReportTable.Kind.USD);
            float lw = pages.width(pages.fonts.regular, 6.5f, x);
            pages.text(Math.min(left + width * i / xAxis.ticks() - lw / 2, PdfPages.MARGIN + PdfPages.WIDTH - lw),
                    bottom - 9, pages.fonts.regular, 6.5f, PdfPages.MUTED, x);
        }
        PDPageContentStream cs = pages.cs();
        float[][] at = new float[placed.size()][];
        ChartLabels labels = new ChartLabels(left, bottom, left + width, bottom + plotH);
        for (int i = 0; i < placed.size(); i++) {
            Evaluation e = placed.get(i);
            at[i] = new float[] {left + (float) xAxis.position(totalCost(ctx, e)) * width,
                    bottom + (float) ((e.availability().overallWithFailover().nines() - yLo) / (yHi - yLo)) * plotH};
            labels.point(at[i][0], at[i][1]);
        }
        List<Integer> front = frontier(ctx, placed);
        if (front.size() > 1) {
            // The trade-off frontier: passing designs no other passing design beats on cost and availability at once.
            cs.setStrokingColor(0.18f, 0.49f, 0.2f);
            cs.setLineWidth(1.2f);
            cs.moveTo(at[front.get(0)][0], at[front.get(0)][1]);
            for (int i : front.subList(1, front.size())) {
                cs.lineTo(at[i][0], at[i][1]);
            }
            cs.stroke();
        }
        List<String> unlabelled = new ArrayList<>();
        String recommended = ctx.evaluation().recommendedId();
        // The recommended variant is labelled first, so a crowd never hides it.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            order.add(placed.get(i).variantId().equals(recommended) ? 0 : order.size(), i);
        }
        for (int i : order) {
            Evaluation e = placed.get(i);
            boolean best = e.variantId().equals(recommended);
            float[] c = best ? new float[] {0.18f, 0.49f, 0.2f} : READS;
            cs.setNonStrokingColor(c[0], c[1], c[2]);
            PdfDiagram.circle(cs, at[i][0], at[i][1], best ? 5 : 4);
            cs.fill();
            String label = pages.elided(e.variantName() + (best ? " (recommended)" : ""), pages.fonts.bold, 7,
                    width / 2);
            ChartLabels.Box box = labels.place(at[i][0], at[i][1], pages.width(pages.fonts.bold, 7, label));
            if (box == null) {
                unlabelled.add(e.variantName());
            } else {
                pages.text(box.x(), box.y(), pages.fonts.bold, 7, PdfPages.INK, label);
            }
        }
        pages.text(left, bottom + plotH + 5, pages.fonts.regular, 7, PdfPages.MUTED,
                pages.elided("nines with failover against total annual cost incl. expected downtime (what the "
                        + "decision compares); up-left is better", pages.fonts.regular, 7, width));
        pages.moveTo(bottom - 16);
        if (front.size() > 1) {
            pages.paragraph("Green line: the frontier, " + front.size() + " passing designs that no other passing "
                    + "design beats on both total annual cost and availability.", pages.fonts.regular, 7.5f,
                    PdfPages.MUTED);
        }
        if (!unlabelled.isEmpty()) {
            pages.paragraph("Too close to another point to label: " + String.join(", ", unlabelled)
                    + " (their figures are in the table below).", pages.fonts.regular, 7.5f, PdfPages.MUTED);
        }
        if (!offChart.isEmpty()) {
            pages.paragraph("Not on the chart: " + String.join("; ", offChart) + ".", pages.fonts.regular, 7.5f,
                    PdfPages.MUTED);
        }
    }

    /**
     * Indices of the passing variants on the cost/availability frontier, cheapest first: each more available than
     * every cheaper passing one.
     */
    static List<Integer> frontier(ReportContext ctx, List<Evaluation> placed) {
        List<Integer> passing = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).verdict().pass()) {
                passing.add(i);
            }
        }
        passing.sort(java.util.Comparator.<Integer>comparingDouble(i -> totalCost(ctx, placed.get(i)))
                .thenComparing(i -> -placed.get(i).availability().overallWithFailover().value()));
        List<Integer> out = new ArrayList<>();
        double best = -1;
        for (int i : passing) {
            double a = placed.get(i).availability().overallWithFailover().value();
            if (a > best) {
                out.add(i);
                best = a;
            }
        }
        return out;
    }

    /** The comparison's total annual cost of a variant (downtime at the baseline's $/h), else its own. */
    static double totalCost(ReportContext ctx, Evaluation e) {
        return ctx.evaluation().comparison().variant(e.variantId()).map(v -> v.totalAnnualCost().value())
                .orElse(e.cost().totalAnnualCost().value());
    }

    private void grid(float left, float bottom, float width, float height, int rows, int cols) throws IOException {
        PDPageContentStream cs = pages.cs();
        cs.setStrokingColor(GRID[0], GRID[1], GRID[2]);
        cs.setLineWidth(0.5f);
        for (int i = 0; i <= rows; i++) {
            cs.moveTo(left, bottom + height * i / rows);
            cs.lineTo(left + width, bottom + height * i / rows);
        }
        for (int i = 0; i <= cols; i++) {
            cs.moveTo(left + width * i / cols, bottom);
            cs.lineTo(left + width * i / cols, bottom + height);
        }
        cs.stroke();
        cs.setStrokingColor(0.5f, 0.52f, 0.55f);
        cs.setLineWidth(0.8f);
        cs.moveTo(left, bottom + height);
        cs.lineTo(left, bottom);
        cs.lineTo(left + width, bottom);
        cs.stroke();
    }

    private void legendItem(float x, float baseline, float[] color, String label) throws IOException {
        PDPageContentStream cs = pages.cs();
        cs.setStrokingColor(color[0], color[1], color[2]);
        cs.setLineWidth(1.8f);
        cs.moveTo(x, baseline + 2.5f);
        cs.lineTo(x + 16, baseline + 2.5f);
        cs.stroke();
        pages.text(x + 20, baseline, pages.fonts.regular, 7, PdfPages.INK, label);
    }

    /** 2 → "99%", 4 → "99.99%". */
    static String nines(int n) {
        if (n <= 0) {
            return "0%";
        }
        if (n == 1) {
            return "90%";
        }
        return "99" + (n > 2 ? "." + "9".repeat(n - 2) : "") + "%";
    }
}
