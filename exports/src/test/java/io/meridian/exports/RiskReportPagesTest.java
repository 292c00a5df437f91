package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import io.meridian.risk.RiskEngine;
import io.meridian.risk.RiskReport;
import io.meridian.risk.RiskSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated years in the reports: a Risk page in the PDF and a Risk sheet in the workbook, only when given. */
class RiskReportPagesTest {
    static Design design;
    static DesignEvaluation evaluation;
    static RiskReport risk;
    @TempDir
    static Path dir;

    @BeforeAll
    static void export() throws Exception {
        design = Fixtures.twoRegion();
        evaluation = Fixtures.evaluate(design);
        risk = RiskEngine.evaluate(design.topology(), evaluation.baseline(), RiskSettings.DEFAULTS.withYears(3000, 3000));
        Reports.write(design, evaluation, Map.of(Design.BASELINE_ID, risk), List.of(
                new ReportOutput(ReportOutput.Format.PDF, dir.resolve("r.pdf"), "PDF"),
                new ReportOutput(ReportOutput.Format.XLSX, dir.resolve("r.xlsx"), "workbook")));
        Reports.write(design, evaluation, List.of(
                new ReportOutput(ReportOutput.Format.PDF, dir.resolve("plain.pdf"), "PDF"),
                new ReportOutput(ReportOutput.Format.XLSX, dir.resolve("plain.xlsx"), "workbook")));
    }

    @Test
    void thePdfHasARiskPageWithTheBreachShareAndOneRowPerPopulation() throws Exception {
        try (PDDocument doc = Loader.loadPDF(dir.resolve("r.pdf").toFile());
             PDDocument plain = Loader.loadPDF(dir.resolve("plain.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            long percent = Math.round(risk.breachProbability() * 100);
            assertThat(text).contains("Risk year to year")
                    .contains(percent + "% of 3,000 simulated years breach 99.99% (a budget of 52.6 min a year)")
                    .contains("A year's downtime, per population").contains("East Coast users")
                    .contains("budget 52.6 min/yr");
            assertThat(new PDFTextStripper().getText(plain)).doesNotContain("Risk year to year");
        }
    }

    @Test
    void theWorkbookHasARiskSheetWhoseFiguresAreTheReportsAndWhoseBinsAddUpToTheYears() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("r.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Risk");
            assertThat(sheet).isNotNull();
            Row east = null;
            double years = 0;
            boolean inBins = false;
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (first.equals("East Coast users")) {
                    east = row;
                }
                if (first.equals("From")) {
                    inBins = true;
                    continue;
                }
                if (inBins && row.getCell(2) != null && row.getCell(2).getCellType()
                        == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    years += row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(east).isNotNull();
            // Expected, simulated mean, P50 … as numbers (minutes), the breach share as a fraction.
            assertThat(east.getCell(1).getNumericCellValue()).isCloseTo(risk.populations().get(0).expectedMinutes(),
                    within(1e-9));
            assertThat(east.getCell(2).getNumericCellValue()).isCloseTo(risk.populations().get(0).annual().mean(),
                    within(1e-9));
            assertThat(east.getCell(7).getNumericCellValue()).isCloseTo(risk.populations().get(0)
                    .breachProbability(), within(1e-12));
            assertThat(years).isEqualTo(3000);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("plain.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Risk")).isNull();
        }
    }
}
