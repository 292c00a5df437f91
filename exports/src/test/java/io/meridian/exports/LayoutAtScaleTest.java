package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.cost.CostLine;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 items 3–5, read back from the PDF: on every page of the ten-region template's report and of generated
 * 14- and 30-region designs no two runs of text overlap (map labels included) and none passes the right margin;
 * figures are never broken across lines; the 30-region report has at most 20 pages; every region is named on
 * the map of page 1 unless the page says it had no room.
 */
class LayoutAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void tenRegionTemplate() throws Exception {
        check(Fixtures.template("ten-region-multicloud-2pc"), 20);
    }

    @Test
    void fourteenRegions() throws Exception {
        check(LargeDesigns.ofRegions(14), 20);
    }

    @Test
    void thirtyRegionsInTwentyPagesAtMost() throws Exception {
        check(LargeDesigns.ofRegions(30), 20);
    }

    private void check(Design design, int maxPages) throws Exception {
        DesignEvaluation ev = Fixtures.evaluate(design);
        Path file = dir.resolve("r.pdf");
        Reports.writePdf(design, ev, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int n = doc.getNumberOfPages();
            assertThat(n).isLessThanOrEqualTo(maxPages);
            float right = PdfPages.MARGIN + PdfPages.WIDTH + 1;
            for (int page = 1; page <= n; page++) {
                List<TextRuns.Run> runs = TextRuns.of(doc, page);
                for (int i = 0; i < runs.size(); i++) {
                    TextRuns.Run a = runs.get(i);
                    assertThat(a.x() + a.w()).as("page %d: '%s' passes the right margin", page, a.text())
                            .isLessThanOrEqualTo(right);
                    for (int j = i + 1; j < runs.size(); j++) {
                        TextRuns.Run b = runs.get(j);
                        assertThat(a.overlaps(b, 0.8f)).as("page %d: '%s' overlaps '%s'", page, a.text(), b.text())
                                .isFalse();
                    }
                }
            }
            String all = PdfReportTest.text(doc, 1, n).replaceAll("\\s+", " ");
            // Every bill line's monthly figure reads whole: a number wrapped inside would read "$1,051.2 0".
            List<String> missing = new ArrayList<>();
            // (The PDF lists the 30 largest; the rest are summed in one line.)
            List<CostLine> lines = new ArrayList<>(ev.baseline().cost().lines());
            lines.sort((x, y) -> Double.compare(y.monthly().value(), x.monthly().value()));
            for (CostLine l : lines.subList(0, Math.min(PdfReport.MAX_BILL_LINES, lines.size()))) {
                String figure = Kind.USD_CENTS.format(l.monthly().value());
                if (!all.contains(figure)) {
                    missing.add(figure);
                }
            }
            assertThat(missing).isEmpty();
            // Page 1's map accounts for every region: named on a card or chip, counted on a cluster chip
            // ("r8 · r9 + 6 regions"), or listed as not labelled for room.
            String first = PdfReportTest.text(doc, 1, 2).replaceAll("\\s+", " ");
            long named = design.topology().regions().stream().filter(r -> first.matches("(?s).*\\b"
                    + java.util.regex.Pattern.quote(r.id()) + "\\b.*")).count();
            var clustered = java.util.regex.Pattern.compile("\\+ (\\d+) regions").matcher(first);
            long counted = 0;
            while (clustered.find()) {
                counted += Long.parseLong(clustered.group(1));
            }
            assertThat(named + counted).isGreaterThanOrEqualTo(design.topology().regions().size());
        }
    }
}
