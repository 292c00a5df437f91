package io.meridian.exports;

import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.exports.ReportTable.Tone;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a {@link ReportTable} across the body width: numeric columns keep their natural width, text columns share
 * the rest and wrap; rows never split, the header repeats on every page the table reaches.
 */
final class PdfTables {
    static final float PAD = 3;
    /** A cell's text stops here with "…" (the workbook keeps it whole): a row must fit on one page. */
    static final int MAX_CELL_LINES = 30;
    static final float[] HEADER = {0.12f, 0.23f, 0.37f};
    static final float[] STRIPE = {0.96f, 0.97f, 0.98f};
    static final float[] GOOD = {0.85f, 0.94f, 0.86f};
    static final float[] WARN = {0.99f, 0.92f, 0.77f};
    static final float[] BAD = {0.97f, 0.82f, 0.8f};

    private final PdfPages pages;

    PdfTables(PdfPages pages) {
        this.pages = pages;
    }

    /**
     * Draws the table. One wider than the page at its least widths (every number and header word whole) is split
     * into groups of columns, each repeating the first column; a short table is kept on one page.
     */
    void draw(ReportTable t) throws IOException {
        float size = size(t);
        List<List<Integer>> groups = columnGroups(t, texts(t), size);
        if (groups.size() == 1) {
            drawWhole(t);
            return;
        }
        int n = t.columns().size();
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> cols = groups.get(g);
            List<Column> columns = cols.stream().map(i -> t.columns().get(i)).toList();
            List<List<Cell>> rows = t.rows().stream().map(r -> cols.stream().map(r::get).toList()).toList();
            String title = (t.title().isBlank() ? "" : t.title() + " ") + String.format(java.util.Locale.ROOT,
                    "(columns %d–%d of %d)", cols.get(1) + 1, cols.get(cols.size() - 1) + 1, n);
            drawWhole(new ReportTable(title, columns, rows, g == groups.size() - 1 ? t.note() : "", t.heatMap()));
        }
    }

    private static float size(ReportTable t) {
        // Tables of long prose (sources, explanations) in smaller type: they run to pages otherwise.
        boolean prose = t.rows().size() > 20 && t.rows().stream().mapToInt(r -> r.stream().mapToInt(c ->
                c.value() instanceof String s ? s.length() : 0).max().orElse(0)).average().orElse(0) > 120;
        return t.columns().size() > 9 || prose ? 6.5f : t.columns().size() > 6 ? 7.2f : 8f;
    }

    private List<List<String>> texts(ReportTable t) {
        int n = t.columns().size();
        List<List<String>> texts = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Cell c = row.get(i);
                Kind kind = c.kind(t.columns().get(i).kind());
                // A heat map's cells are bare numbers; a measured RTT keeps its star.
                r.add(t.heatMap() && c.value() instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d)
                        + (kind == Kind.MS_MEASURED ? "*" : "") : c.text(kind));
            }
            texts.add(r);
        }
        return texts;
    }

    /** Column groups that each fit the body at their least widths; the first column starts every group. */
    private List<List<Integer>> columnGroups(ReportTable t, List<List<String>> texts, float size) {
        float[] least = least(t, texts, pages.fonts.regular, pages.fonts.bold, size);
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>(List.of(0));
        float used = least[0];
        for (int i = 1; i < least.length; i++) {
            if (used + least[i] > PdfPages.WIDTH && current.size() > 1) {
                groups.add(current);
                current = new ArrayList<>(List.of(0));
                used = least[0];
            }
            current.add(i);
            used += least[i];
        }
        groups.add(current);
        return groups;
    }

    /** The height of the whole table as drawn, to keep a short one on one page. */
    private float height(ReportTable t, List<List<String>> texts, float[] widths, float size) {
        float h = t.title().isBlank() ? 0 : 14;
        h += rowHeight(headers(t), widths, pages.fonts.bold, size, 4);
        for (List<String> row : texts) {
            h += rowHeight(row, widths, pages.fonts.regular, size, MAX_CELL_LINES);
        }
        return h + 4;
    }

    private static List<String> headers(ReportTable t) {
        return t.columns().stream().map(Column::header).toList();
    }

    private float rowHeight(List<String> cells, float[] widths, PDType0Font font, float size, int maxLines) {
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            most = Math.max(most, pages.wrap(cells.get(i), font, size, widths[i] - 2 * PAD, maxLines).size());
        }
        return most * size * 1.25f + 2 * PAD;
    }

    private void drawWhole(ReportTable t) throws IOException {
        float size = size(t);
        PDType0Font regular = pages.fonts.regular;
        PDType0Font bold = pages.fonts.bold;
        int n = t.columns().size();
        List<List<String>> texts = texts(t);
        double[] heat = heatRange(t);
        float[] widths = widths(t, texts, regular, bold, size);
        float tableWidth = sum(widths);
        float whole = height(t, texts, widths, size);
        // A table that fits in half a page is never split; a longer one starts with its header and a few rows.
        float body = PdfPages.TOP - PdfPages.BOTTOM;
        pages.ensure(whole <= body / 2 ? whole : Math.min(whole, 110));
        if (!t.title().isBlank()) {
            for (String line : pages.wrap(t.title(), bold, 9, PdfPages.WIDTH, 2)) {
                pages.text(PdfPages.MARGIN, pages.y() - 9, bold, 9, PdfPages.INK, line);
                pages.down(12);
            }
            pages.down(2);
        }
        header(t, widths, bold, size);
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int i = 0; i < n; i++) {
                List<String> wrapped = pages.wrap(texts.get(r).get(i), regular, size, widths[i] - 2 * PAD,
                        MAX_CELL_LINES);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            float h = most * size * 1.25f + 2 * PAD;
            if (pages.y() - h < PdfPages.BOTTOM) {
                pages.newPage();
                header(t, widths, bold, size);
            }
            float x = PdfPages.MARGIN;
            float top = pages.y();
            if (r % 2 == 1) {
                pages.fillRect(x, top - h, tableWidth, h, STRIPE);
            }
            for (int i = 0; i < n; i++) {
                Cell c = t.rows().get(r).get(i);
                float[] fill = t.heatMap() && c.value() instanceof Double d ? heatColor(d, heat) : fill(c.tone());
                if (fill != null) {
                    pages.fillRect(x, top - h, widths[i], h, fill);
                }
                boolean right = c.value() instanceof Double;
                float ty = top - PAD - size;
                for (String line : lines.get(i)) {
                    float tx = right ? x + widths[i] - PAD - pages.width(regular, size, line) : x + PAD;
                    pages.text(tx, ty, i == 0 ? bold : regular, size, PdfPages.INK, line);
                    ty -= size * 1.25f;
                }
                x += widths[i];
            }
            PDPageContentStream cs = pages.cs();
            cs.setStrokingColor(0.85f, 0.86f, 0.88f);
            cs.setLineWidth(0.4f);
            cs.moveTo(PdfPages.MARGIN, top - h);
            cs.lineTo(PdfPages.MARGIN + tableWidth, top - h);
            cs.stroke();
            pages.down(h);
        }
        pages.down(4);
        if (t.isEmpty()) {
            pages.paragraph("(none)", regular, 8, PdfPages.MUTED);
        }
        if (!t.note().isBlank()) {
            pages.paragraph(t.note(), regular, 7.5f, PdfPages.MUTED);
        }
        pages.down(6);
    }

    private void header(ReportTable t, float[] widths, PDType0Font bold, float size) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> wrapped = pages.wrap(t.columns().get(i).header(), bold, size, widths[i] - 2 * PAD, 4);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float h = most * size * 1.25f + 2 * PAD;
        pages.ensure(h + 3 * size);
        float top = pages.y();
        pages.fillRect(PdfPages.MARGIN, top - h, sum(widths), h, HEADER);
        float x = PdfPages.MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float ty = top - PAD - size;
            boolean right = t.columns().get(i).kind().numeric();
            for (String line : lines.get(i)) {
                float tx = right ? x + widths[i] - PAD - pages.width(bold, size, line) : x + PAD;
                pages.text(tx, ty, bold, size, new float[] {1, 1, 1}, line);
                ty -= size * 1.25f;
            }
            x += widths[i];
        }
        pages.down(h);
    }

    /**
     * The narrowest each column may be: its longest header word, its widest number and its longest word (up to
     * 110 pt: ids can be long) never wrap; at least 48 pt unless everything in it is narrower.
     */
    private float[] least(ReportTable t, List<List<String>> texts, PDType0Font regular, PDType0Font bold,
                          float size) {
        int n = t.columns().size();
        float[] least = new float[n];
        float[] natural = natural(t, texts, regular, bold, size);
        for (int i = 0; i < n; i++) {
            float headerWord = 0;
            for (String word : t.columns().get(i).header().split(" ")) {
                headerWord = Math.max(headerWord, pages.width(bold, size, word));
            }
            headerWord = Math.min(headerWord, 110);
            float word = 0;
            float number = 0;
            for (int r = 0; r < texts.size(); r++) {
                String text = texts.get(r).get(i);
                PDType0Font font = i == 0 ? bold : regular;
                if (t.rows().get(r).get(i).value() instanceof Double) {
                    number = Math.max(number, pages.width(font, size, text));
                }
                for (String w : text.split(" ")) {
                    word = Math.max(word, pages.width(font, size, w));
                }
            }
            // One point of slack: a word measured to exactly the width must not be pushed to a second line.
            float floor = Math.max(Math.max(headerWord, number), Math.min(word, 110)) + 2 * PAD + 1;
            least[i] = Math.min(natural[i], Math.max(floor, 48));
            least[i] = Math.max(least[i], floor);
        }
        return least;
    }

    private float[] natural(ReportTable t, List<List<String>> texts, PDType0Font regular, PDType0Font bold,
                            float size) {
        int n = t.columns().size();
        float[] natural = new float[n];
        for (int i = 0; i < n; i++) {
            Column c = t.columns().get(i);
            float headerWord = 0;
            for (String word : c.header().split(" ")) {
                headerWord = Math.max(headerWord, pages.width(bold, size, word));
            }
            natural[i] = Math.max(Math.min(pages.width(bold, size, c.header()), 90), Math.min(headerWord, 110));
            for (List<String> row : texts) {
                natural[i] = Math.max(natural[i], pages.width(i == 0 ? bold : regular, size, row.get(i)));
            }
            natural[i] += 2 * PAD + 1;
        }
        return natural;
    }

    /**
     * Natural widths, then the columns that can wrap squeezed toward their least widths (never below: the
     * caller splits a table whose least widths do not fit), or the widest text column stretched to fill the body.
     */
    private float[] widths(ReportTable t, List<List<String>> texts, PDType0Font regular, PDType0Font bold,
                           float size) {
        int n = t.columns().size();
        float[] natural = natural(t, texts, regular, bold, size);
        float[] least = least(t, texts, regular, bold, size);
        float total = sum(natural);
        float[] out = natural.clone();
        if (total <= PdfPages.WIDTH) {
            // Stretch the widest text column after the first (the label column stays as it is); a table of
            // numbers only, such as a matrix, keeps its natural width.
            int widest = -1;
            for (int i = 1; i < n; i++) {
                if (!t.columns().get(i).kind().numeric() && (widest < 0 || natural[i] > natural[widest])) {
                    widest = i;
                }
            }
            if (widest > 0) {
                out[widest] += PdfPages.WIDTH - total;
            }
            return out;
        }
        float fixed = 0;
        float spare = 0;
        for (int i = 0; i < n; i++) {
            fixed += least[i];
            spare += natural[i] - least[i];
        }
        float room = Math.max(0, PdfPages.WIDTH - fixed);
        for (int i = 0; i < n; i++) {
            out[i] = least[i] + (spare == 0 ? 0 : (natural[i] - least[i]) * room / spare);
        }
        return out;
    }

    private static float sum(float[] v) {
        float s = 0;
        for (float f : v) {
            s += f;
        }
        return s;
    }

    static float[] fill(Tone tone) {
        return switch (tone) {
            case GOOD -> GOOD;
            case WARN -> WARN;
            case BAD -> BAD;
            case PLAIN -> null;
        };
    }

    private static double[] heatRange(ReportTable t) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Cell> row : t.rows()) {
            for (Cell c : row) {
                if (c.value() instanceof Double d && Double.isFinite(d)) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** Green → yellow → red, the same scale as the workbook's conditional format. */
    static float[] heatColor(double v, double[] range) {
        double f = range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 0;
        float[] green = {0.39f, 0.75f, 0.48f};
        float[] yellow = {1f, 0.92f, 0.52f};
        float[] red = {0.97f, 0.41f, 0.42f};
        float[] a = f < 0.5 ? green : yellow;
        float[] b = f < 0.5 ? yellow : red;
        float k = (float) (f < 0.5 ? f * 2 : (f - 0.5) * 2);
        return new float[] {a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k};
    }
}
