package io.meridian.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The horizontal runs of text on one page of a PDF, each with its box, as PDFBox reads them back. */
final class TextRuns extends PDFTextStripper {
    /** A run's text and box, in points from the page's top-left corner. */
    record Run(String text, float x, float top, float w, float h) {
        boolean overlaps(Run o, float tolerance) {
            return x + tolerance < o.x + o.w && o.x + tolerance < x + w
                    && top + tolerance < o.top + o.h && o.top + tolerance < top + h;
        }
    }

    private final List<Run> runs = new ArrayList<>();

    private TextRuns() throws IOException {
        setSortByPosition(true);
    }

    static List<Run> of(PDDocument doc, int page) throws IOException {
        TextRuns s = new TextRuns();
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return s.runs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        // Upright text only (a matrix figure's column labels are turned); one run per gap-free stretch.
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getDir() != 0) {
                continue;
            }
            if (!run.isEmpty()) {
                TextPosition last = run.get(run.size() - 1);
                boolean sameLine = Math.abs(last.getYDirAdj() - p.getYDirAdj()) < 0.5;
                if (!sameLine || p.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 2) {
                    add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(p);
        }
        add(run);
    }

    private void add(List<TextPosition> run) {
        if (run.isEmpty()) {
            return;
        }
        TextPosition first = run.get(0);
        TextPosition last = run.get(run.size() - 1);
        StringBuilder text = new StringBuilder();
        float h = 0;
        for (TextPosition p : run) {
            text.append(p.getUnicode());
            h = Math.max(h, p.getHeightDir());
        }
        if (text.toString().isBlank()) {
            return;
        }
        float x = first.getXDirAdj();
        runs.add(new Run(text.toString(), x, first.getYDirAdj() - h, last.getXDirAdj() + last.getWidthDirAdj() - x,
                h));
    }
}
