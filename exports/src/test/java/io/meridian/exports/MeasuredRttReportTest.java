package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.latency.MeasuredRtts;
import io.meridian.model.Design;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A measured RTT is starred in both reports' region matrix and listed with where it was measured. */
class MeasuredRttReportTest {
    @TempDir
    Path dir;

    private static DesignEvaluation evaluate(Design design, String rows) {
        MeasuredRtts measured = MeasuredRtts.parse(new StringReader("from,to,rtt_ms\n" + rows), "rtts.csv",
                RegionCatalog.builtin());
        return Evaluator.evaluate(design, PriceCatalog.builtin(), measured);
    }

    @Test
    void theWorkbookStarsTheMeasuredCellAndListsIt() throws Exception {
        Design design = Fixtures.twoRegion();
        Path file = dir.resolve("measured.xlsx");
        Reports.writeXlsx(design, evaluate(design, "aws:us-west-2,aws:us-east-1,58\n"), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Latency");
            Row header = ExcelReportTest.rowLabelled(s, "From \\ to");
            Row use1 = s.getRow(header.getRowNum() + 1);
            // Still a number (the heat map and formulas use it), shown as "58.0 ms*".
            assertThat(use1.getCell(2).getNumericCellValue()).isEqualTo(58);
            assertThat(use1.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0 \"ms*\"");
            assertThat(use1.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0 \"ms\"");
            Row listed = ExcelReportTest.rowWithText(s, 4, "median in rtts.csv:2");
            assertThat(listed.getCell(0).getStringCellValue()).isEqualTo("use1");
            assertThat(listed.getCell(1).getStringCellValue()).isEqualTo("usw2");
            assertThat(listed.getCell(2).getNumericCellValue()).isEqualTo(58);
            assertThat(ExcelReportTest.rowLabelled(s, "Measured round trips (they replace the estimate)")).isNotNull();
        }
    }

    @Test
    void thePdfStarsTheMeasuredCellAndListsIt() throws Exception {
        Design design = Fixtures.twoRegion();
        Path file = dir.resolve("measured.pdf");
        Reports.writePdf(design, evaluate(design, "aws:us-west-2,aws:us-east-1,58\n"), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String all = PdfReportTest.text(doc, 1, doc.getNumberOfPages());
            assertThat(all).contains("use1 0.0 58.0*").contains("use1 usw2 58 ms* 35.1 ms median in rtts.csv:2").contains("Measured round trips (they replace the estimate)")
                    .contains("median in rtts.csv:2");
        }
    }

    @Test
    void withoutMeasurementsTheReportsHaveNoMeasuredTable() throws Exception {
        Design design = Fixtures.twoRegion();
        Path file = dir.resolve("plain.xlsx");
        Reports.writeXlsx(design, Evaluator.evaluate(design), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Latency");
            Row use1 = s.getRow(ExcelReportTest.rowLabelled(s, "From \\ to").getRowNum() + 1);
            assertThat(use1.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0 \"ms\"");
            assertThatThrownBy(() -> ExcelReportTest.rowLabelled(s, "Measured round trips (they replace the estimate)"))
                    .isInstanceOf(AssertionError.class);
        }
    }
}
