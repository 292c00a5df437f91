package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.Severity;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.model.Design;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 2: in ledger-2pc the race variant is the cheapest in total cost and meets both objectives, but a
 * double-spend error finding rules it out. Both reports show that finding beside its verdict and say why the
 * recommendation passed over the cheaper variant.
 */
class AlternativeFindingsTest {
    static final String RACE = "Every region accepts withdrawals (the race)";
    @TempDir
    static Path dir;
    static DesignEvaluation ev;
    static Evaluation race;
    static Finding error;

    @BeforeAll
    static void export() throws Exception {
        Design d = Fixtures.template("ledger-2pc");
        ev = Fixtures.evaluate(d);
        race = ev.variants().stream().filter(e -> e.variantName().equals(RACE)).findFirst().orElseThrow();
        error = race.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        Reports.writeXlsx(d, ev, dir.resolve("l.xlsx"));
        Reports.writePdf(d, ev, dir.resolve("l.pdf"));
    }

    @Test
    void theCheaperVariantsErrorAndWhyItWasPassedOverAreInThePdf() throws Exception {
        assertThat(ev.comparison().cheapestId()).isEqualTo(race.variantId());
        assertThat(ev.recommendedId()).isNotEqualTo(race.variantId());
        double chosen = ev.comparison().variant(ev.recommendedId()).orElseThrow().totalAnnualCost().value();
        double cheaper = ev.comparison().variant(race.variantId()).orElseThrow().totalAnnualCost().value();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("l.pdf").toFile())) {
            String all = PdfReportTest.text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
            assertThat(all).contains("'" + RACE + "' costs " + Kind.USD.format(chosen - cheaper)
                    + " a year less in total but is passed over: error findings: " + error.title());
            assertThat(all).contains("ERRORS · " + race.verdict().summary());
            assertThat(all).contains("Error findings");
        }
    }

    @Test
    void theWorkbookListsEachVariantsErrorsAndDoesNotPaintTheRuledOutTotalGreen() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("l.xlsx").toFile())) {
            Sheet s = wb.getSheet(ExcelReport.ALTERNATIVES);
            Row header = ExcelReportTest.rowLabelled(s, "Variant");
            Row row = ExcelReportTest.rowLabelled(s, RACE);
            assertThat(row.getCell(ExcelReportTest.column(header, "Error findings")).getStringCellValue())
                    .contains(error.title(), "CONFLICT_UNSAFE_WRITES");
            assertThat(row.getCell(ExcelReportTest.column(header, "Verdict")).getStringCellValue())
                    .startsWith("ERRORS · ");
            XSSFCellStyle total = (XSSFCellStyle) row.getCell(ExcelReportTest.column(header, "Total annual cost"))
                    .getCellStyle();
            // Amber (the warning fill), not the green of a variant to choose.
            assertThat(total.getFillForegroundXSSFColor().getRGB()).isEqualTo(XlsxStyles.WARN_FILL);
            assertThat(ExcelReportTest.rowLabelled(wb.getSheet(ExcelReport.SUMMARY), "Recommendation").getCell(1)
                    .getStringCellValue()).contains("is passed over: error findings: " + error.title());
        }
    }
}
