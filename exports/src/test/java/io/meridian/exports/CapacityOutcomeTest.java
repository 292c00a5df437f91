package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 1: a scenario that leaves load unserved never reads "holds", and shows what is left unserved. */
class CapacityOutcomeTest {
    @TempDir
    Path dir;

    @Test
    void losingTheOnlyRegionIsATotalOutageNotHolds() throws Exception {
        // One region, 300 req/s of users: when it is down nobody serves them: 300 req/s unserved, 0% served.
        Design d = SmallDesigns.apiIn(300, "aws:us-east-1");
        DesignEvaluation ev = Fixtures.evaluate(d);
        Reports.writeXlsx(d, ev, dir.resolve("c.xlsx"));
        Reports.writePdf(d, ev, dir.resolve("c.pdf"));
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("c.xlsx").toFile())) {
            Sheet s = wb.getSheet(ExcelReport.CAPACITY);
            Row down = ExcelReportTest.rowLabelled(s, "US East (N. Virginia) down");
            Row header = ExcelReportTest.rowLabelled(s, "Scenario");
            assertThat(down.getCell(ExcelReportTest.column(header, "Unserved after cascade (req/s)"))
                    .getNumericCellValue()).isEqualTo(300);
            assertThat(down.getCell(ExcelReportTest.column(header, "Served")).getNumericCellValue()).isEqualTo(0);
            String outcome = down.getCell(ExcelReportTest.column(header, "Outcome")).getStringCellValue();
            assertThat(outcome).startsWith("total outage: 300 req/s unserved").doesNotContain("holds");
        }
        try (PDDocument doc = Loader.loadPDF(dir.resolve("c.pdf").toFile())) {
            String all = PdfReportTest.text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
            assertThat(all).contains("total outage: 300 req/s unserved");
        }
    }

    @Test
    void aSurvivorThatShedsLoadSaysHowMuchIsServed() throws Exception {
        // Two regions of 2 × 200 = 400 req/s, 300 req/s of users each. One down: the other takes 600 on 400,
        // 150%; it sheds (the default overload behaviour), serving 400 / 600 = 67%.
        Design d = SmallDesigns.apiIn(300, "aws:us-east-1", "aws:us-west-2");
        DesignEvaluation ev = Fixtures.evaluate(d);
        Reports.writeXlsx(d, ev, dir.resolve("s.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("s.xlsx").toFile())) {
            Sheet s = wb.getSheet(ExcelReport.CAPACITY);
            Row down = ExcelReportTest.rowLabelled(s, "US East (N. Virginia) down");
            Row header = ExcelReportTest.rowLabelled(s, "Scenario");
            assertThat(down.getCell(ExcelReportTest.column(header, "Served")).getNumericCellValue())
                    .isCloseTo(400.0 / 600, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(down.getCell(ExcelReportTest.column(header, "Outcome")).getStringCellValue())
                    .startsWith("sheds load: 67% served");
        }
    }
}
