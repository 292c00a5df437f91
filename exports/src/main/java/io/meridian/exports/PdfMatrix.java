package io.meridian.exports;

import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Tone;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A large matrix (region × region RTT, scenario × region utilisation) as a heat-map figure: one coloured square
 * per cell, row labels at the left and column labels turned upright above, no figures inside (the top pairs
 * follow as a table, the workbook has every figure). Past about a dozen columns a table of numbers would wrap them.
 */
final class PdfMatrix {
    /** Columns beyond which a matrix is drawn as a figure rather than a table of numbers. */
    static final int MAX_TABLE_COLUMNS = 12;
    static final float[] DOWN = {0.35f, 0.36f, 0.38f};

    private final PdfPages pages;

    PdfMatrix(PdfPages pages) {
        this.pages = pages;
    }

    /**
     * Draws the matrix's numeric columns (the first column holds the row labels; {@code columns} of them after it
     * are drawn). Heat-map tables are coloured green → red over their range; others by each cell's tone, "down"
     * dark grey.
     */
    void draw(ReportTable t, int columns, String caption) throws IOException {
        float labelSize = 6;
        float rowLabel = 0;
        for (List<Cell> row : t.rows()) {
            rowLabel = Math.max(rowLabel, pages.width(pages.fonts.regular, labelSize, row.get(0).text(t.columns().get(0)
                    .kind())));
        }
        rowLabel = Math.min(rowLabel, 150) + 4;
        float colLabel = 0;
        for (int c = 1; c <= columns; c++) {
            colLabel = Math.max(colLabel, pages.width(pages.fonts.regular, labelSize, t.columns().get(c).header()));
        }
        colLabel = Math.min(colLabel, 80) + 4;
        int rows = t.rows().size();
        float cell = Math.min(14, Math.min((PdfPages.WIDTH - rowLabel) / columns,
                (PdfPages.TOP - PdfPages.BOTTOM - colLabel - 60) / rows));
        float height = colLabel + rows * cell + 30;
        pages.ensure(height);
        pages.text(PdfPages.MARGIN, pages.y() - 9, pages.fonts.bold, 9, PdfPages.INK,
                pages.elided(t.title(), pages.fonts.bold, 9, PdfPages.WIDTH));
        pages.down(14);
        float left = PdfPages.MARGIN + rowLabel;
        float top = pages.y() - colLabel;
        PDPageContentStream cs = pages.cs();
        for (int c = 1; c <= columns; c++) {
            String label = pages.elided(t.columns().get(c).header(), pages.fonts.regular, labelSize, colLabel - 4);
            cs.beginText();
            cs.setFont(pages.fonts.regular, labelSize);
            cs.setNonStrokingColor(PdfPages.INK[0], PdfPages.INK[1], PdfPages.INK[2]);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, left + (c - 0.5f) * cell + labelSize / 3, top + 2));
            cs.showText(PdfFonts.visualOrder(pages.fonts.printable(label)));
            cs.endText();
        }
        double[] range = range(t, columns);
        for (int r = 0; r < rows; r++) {
            List<Cell> row = t.rows().get(r);
            float y = top - (r + 1) * cell;
            String label = pages.elided(row.get(0).text(t.columns().get(0).kind()), pages.fonts.regular, labelSize,
                    rowLabel - 4);
            pages.text(left - 3 - pages.width(pages.fonts.regular, labelSize, label), y + (cell - labelSize) / 2 + 1,
                    pages.fonts.regular, labelSize, PdfPages.INK, label);
            for (int c = 1; c <= columns; c++) {
                float[] fill = colour(row.get(c), t.heatMap(), range);
                if (fill != null) {
                    pages.fillRect(left + (c - 1) * cell, y, cell, cell, fill);
                }
            }
        }
        cs.setStrokingColor(1f, 1f, 1f);
        cs.setLineWidth(0.4f);
        for (int c = 0; c <= columns; c++) {
            cs.moveTo(left + c * cell, top);
            cs.lineTo(left + c * cell, top - rows * cell);
        }
        for (int r = 0; r <= rows; r++) {
            cs.moveTo(left, top - r * cell);
            cs.lineTo(left + columns * cell, top - r * cell);
        }
        cs.stroke();
        pages.moveTo(top - rows * cell - 6);
        pages.paragraph(caption, pages.fonts.regular, 7.5f, PdfPages.MUTED);
        pages.down(4);
    }

    private static float[] colour(Cell c, boolean heat, double[] range) {
        if (c.value() instanceof Double d && heat) {
            return Double.isFinite(d) ? PdfTables.heatColor(d, range) : DOWN;
        }
        if (c.value() instanceof String s && s.equals("down")) {
            return DOWN;
        }
        if (c.tone() == Tone.BAD) {
            return new float[] {0.85f, 0.25f, 0.25f};
        }
        if (c.tone() == Tone.WARN) {
            return new float[] {0.98f, 0.78f, 0.35f};
        }
        if (c.tone() == Tone.GOOD) {
            return new float[] {0.55f, 0.8f, 0.58f};
        }
        return PdfTables.STRIPE;
    }

    private static double[] range(ReportTable t, int columns) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Cell> row : t.rows()) {
            for (int c = 1; c <= columns; c++) {
                if (row.get(c).value() instanceof Double d && Double.isFinite(d)) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        return new double[] {lo, hi};
    }
}
