package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the two-region template's PDF, reopens it with PDFBox and checks text, fonts, drawing and outline. */
class PdfReportTest {
    static Design design;
    static DesignEvaluation evaluation;
    static Evaluation baseline;
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        design = Fixtures.twoRegion();
        evaluation = Fixtures.evaluate(design);
        baseline = evaluation.baseline();
        file = dir.resolve("report.pdf");
        Reports.writePdf(design, evaluation, file);
    }

    static String text(PDDocument doc, int from, int to) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc);
    }

    @Test
    void firstPageLeadsWithTitleVerdictAndHeadlineFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // Front page, objectives/findings, alternatives, latency … assumptions: a handful of pages, not dozens.
            assertThat(doc.getNumberOfPages()).isBetween(5, 12);
            String first = text(doc, 1, 1);
            assertThat(first).contains("Two-region active-active");
            assertThat(first).contains("FAIL");
            // The verdict and the recommendation may wrap on the page: compare with line breaks read as spaces.
            assertThat(first.replaceAll("\\s+", " ")).contains(baseline.verdict().summary());
            assertThat(first.replaceAll("\\s+", " ")).contains(evaluation.recommendation());
            assertThat(first).contains(Kind.AVAILABILITY.format(baseline.availability().overallWithFailover().value()));
            assertThat(first).contains(Kind.USD.format(baseline.cost().monthly().value()));
            assertThat(first).contains(Kind.SECONDS.format(baseline.recovery().rto().rto().value()));
            // The diagram's labels: both regions and the populations.
            assertThat(first).contains("aws:us-east-1", "aws:us-west-2", "East Coast users");
        }
    }

    @Test
    void everyPageIsNumberedAndTheTablesCarryTheEnginesFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int n = doc.getNumberOfPages();
            String all = text(doc, 1, n);
            for (int i = 1; i <= n; i++) {
                assertThat(text(doc, i, i)).contains("Page " + i + " of " + n);
            }
            // The Virginia–Oregon RTT, each objective's result, the cost totals and the fixes.
            double rtt = baseline.latency().regions().typicalRttMs().get(0).get(1);
            assertThat(all).contains(String.format(java.util.Locale.ROOT, "%.1f", rtt));
            assertThat(all).contains(Kind.USD.format(baseline.cost().totalAnnualCost().value()));
            assertThat(baseline.findings()).isNotEmpty();
            assertThat(all.replaceAll("\\s+", " ")).contains("Fix: " + baseline.findings().get(0).fix().substring(0, 30));
            assertThat(all).contains("fiberKmPerMs");
        }
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            Set<String> names = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(names).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void theDiagramIsDrawnWithVectorOperatorsNotAnImage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDPage first = doc.getPage(0);
            List<String> operators = new ArrayList<>();
            for (Object token : new PDFStreamParser(first).parse()) {
                if (token instanceof Operator op) {
                    operators.add(op.getName());
                }
            }
            // re: rectangles (cards, map frame), l: land outlines and lines, c: Bézier curves (replication, markers),
            // W: the clip to the map frame; and no image anywhere on the page.
            assertThat(operators).contains("re", "l", "c", "W", "f", "S");
            assertThat(operators.stream().filter("l"::equals).count()).isGreaterThan(500);
            assertThat(operators).doesNotContain("Do", "BI");
            assertThat(first.getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void bookmarksLeadToEverySection() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsExactly("Verdict and design", "Objectives and findings", "Alternatives",
                    "Latency", "Availability", "Recovery", "Capacity under failure", "Cost", "Inputs and assumptions");
        }
    }
}
