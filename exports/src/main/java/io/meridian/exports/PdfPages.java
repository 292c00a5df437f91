package io.meridian.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A top-to-bottom flow of A4 pages: a cursor, page breaks, wrapped paragraphs, headings that become bookmarks,
 * and footers with page numbers once the page count is known. All drawing goes through PDFBox path and text
 * operators; nothing is rasterised.
 */
final class PdfPages implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 42;
    static final float TOP = SIZE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 18;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    static final float[] INK = {0.13f, 0.16f, 0.2f};
    static final float[] MUTED = {0.4f, 0.42f, 0.46f};
    static final float[] ACCENT = {0.12f, 0.23f, 0.37f};

    final PDDocument doc;
    final PdfFonts fonts;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final String footer;
    private PDPage page;
    private PDPageContentStream cs;
    private PDOutlineItem section;
    private float y;
    /** Headings waiting for their first content: text and level. */
    private final List<Object[]> pending = new ArrayList<>();
    private boolean flushing;

    PdfPages(PDDocument doc, String footer) throws IOException {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
        this.footer = footer;
        doc.getDocumentCatalog().setDocumentOutline(outline);
        newPage();
    }

    PDPageContentStream cs() {
        flush();
        return cs;
    }

    PDPage page() {
        flush();
        return page;
    }

    float y() {
        flush();
        return y;
    }

    void moveTo(float value) {
        flush();
        y = value;
    }

    void down(float by) {
        flush();
        y -= by;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        page = new PDPage(SIZE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /**
     * Starts a new page unless {@code height} still fits above the bottom margin. Headings not yet drawn count
     * with what follows them, so a heading never stays alone at the bottom of a page.
     */
    void ensure(float height) throws IOException {
        float headings = 0;
        for (Object[] h : pending) {
            headings += headingHeight((Integer) h[1], y - headings < TOP);
        }
        if (y - headings - height < BOTTOM && y < TOP) {
            newPage();
        }
        flush();
    }

    /**
     * A section heading and its bookmark; level 0 is a chapter, 1 is nested under the last chapter. It is drawn
     * with the first thing that follows it (kept with it on one page).
     */
    void heading(String text, int level) throws IOException {
        pending.add(new Object[] {text, level});
    }

    private float headingHeight(int level, boolean belowTop) {
        float size = level == 0 ? 15 : 11.5f;
        return (belowTop ? (level == 0 ? 14 : 8) : 0) + size + (level == 0 ? 4 + 8 : 6);
    }

    /** Draws the headings waiting for their content at the cursor. */
    private void flush() {
        if (pending.isEmpty() || flushing) {
            return;
        }
        flushing = true;
        try {
            for (Object[] h : pending) {
                String text = (String) h[0];
                int level = (Integer) h[1];
                float size = level == 0 ? 15 : 11.5f;
                if (y < TOP) {
                    y -= level == 0 ? 14 : 8;
                }
                bookmark(text, level);
                for (String line : wrap(text, fonts.bold, size, WIDTH, 2)) {
                    text(MARGIN, y - size, fonts.bold, size, ACCENT, line);
                    y -= size + (level == 0 ? 4 : 3);
                }
                if (level == 0) {
                    rule(ACCENT, 1.2f);
                    y -= 8;
                } else {
                    y -= 3;
                }
            }
            pending.clear();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            flushing = false;
        }
    }

    void bookmark(String title, int level) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop((int) y);
        dest.setLeft(0);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        if (level == 0 || section == null) {
            outline.addLast(item);
            section = item;
        } else {
            section.addLast(item);
        }
    }

    void rule(float[] color, float width) throws IOException {
        cs.setStrokingColor(color[0], color[1], color[2]);
        cs.setLineWidth(width);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + WIDTH, y);
        cs.stroke();
    }

    /** A wrapped paragraph across the body width. */
    void paragraph(String text, PDType0Font font, float size, float[] color) throws IOException {
        paragraph(text, font, size, color, MARGIN, WIDTH);
    }

    void paragraph(String text, PDType0Font font, float size, float[] color, float x, float width)
            throws IOException {
        float leading = size * 1.35f;
        List<String> lines = wrap(text, font, size, width);
        // Up to three lines (all of a short paragraph) stay with what comes before them, such as a heading.
        ensure(leading * Math.min(3, lines.size()));
        for (String line : lines) {
            ensure(leading);
            text(x, y - size, font, size, color, line);
            down(leading);
        }
        down(size * 0.5f);
    }

    /** Single-line text with its baseline at {@code baseline}. */
    void text(float x, float baseline, PDType0Font font, float size, float[] color, String text) throws IOException {
        flush();
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.newLineAtOffset(x, baseline);
        cs.showText(PdfFonts.visualOrder(fonts.printable(text)));
        cs.endText();
    }

    float width(PDType0Font font, float size, String text) {
        return fonts.width(font, size, fonts.printable(text));
    }

    /** Greedy word wrap; a word longer than the width is cut. */
    List<String> wrap(String text, PDType0Font font, float size, float width) {
        return wrap(text, font, size, width, Integer.MAX_VALUE);
    }

    /**
     * Greedy word wrap to at most {@code maxLines} lines, the last ending in "…" when text is left over: a name of
     * 40,000 characters takes a few lines of a title or a table cell, not pages running off the bottom.
     */
    List<String> wrap(String text, PDType0Font font, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (String para : fonts.printable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (lines.size() <= maxLines && fonts.width(font, size, word) > width && word.length() > 1) {
                    int fits = fits(word, font, size, width);
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                if (lines.size() > maxLines) {
                    break;
                }
                line.append(word);
            }
            lines.add(line.toString());
            if (lines.size() > maxLines) {
                break;
            }
        }
        if (lines.size() > maxLines) {
            lines.subList(maxLines, lines.size()).clear();
            int last = maxLines - 1;
            lines.set(last, elided(lines.get(last) + " …", font, size, width));
        }
        return lines;
    }

    /** How many leading characters of the text fit in the width (at least one), measured once per character. */
    private int fits(String text, PDType0Font font, float size, float width) {
        float used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += fonts.width(font, size, text.substring(i, i + 1));
            if (used > width) {
                return Math.max(1, i);
            }
        }
        return text.length();
    }

    /** The text on one line of the width, cut with "…" when longer. */
    String elided(String text, PDType0Font font, float size, float width) {
        String printable = fonts.printable(text == null ? "" : text.replace('\n', ' '));
        if (fonts.width(font, size, printable) <= width) {
            return printable;
        }
        int keep = fits(printable, font, size, width - fonts.width(font, size, "…"));
        return printable.substring(0, Math.max(0, Math.min(keep, printable.length() - 1))) + "…";
    }

    void fillRect(float x, float yBottom, float w, float h, float[] color) throws IOException {
        flush();
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    /** Closes the last page and stamps every page's footer: the design, and "page i of n". */
    @Override
    public void close() throws IOException {
        flush();
        if (cs != null) {
            cs.close();
            cs = null;
        }
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream f = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String number = "Page " + (i + 1) + " of " + n;
                float size = 7.5f;
                f.setStrokingColor(0.8f, 0.8f, 0.8f);
                f.setLineWidth(0.5f);
                f.moveTo(MARGIN, MARGIN + 8);
                f.lineTo(MARGIN + WIDTH, MARGIN + 8);
                f.stroke();
                f.beginText();
                f.setFont(fonts.regular, size);
                f.setNonStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
                f.newLineAtOffset(MARGIN, MARGIN);
                f.showText(PdfFonts.visualOrder(elided(footer, fonts.regular, size, WIDTH - 60)));
                f.endText();
                f.beginText();
                f.newLineAtOffset(MARGIN + WIDTH - fonts.width(fonts.regular, size, number), MARGIN);
                f.showText(number);
                f.endText();
            }
        }
        outline.openNode();
    }
}
