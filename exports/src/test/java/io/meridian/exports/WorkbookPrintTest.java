package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 9: every sheet prints one page wide on A4; every sheet with a table freezes its header and repeats
 * it on every printed page; the bill is an Excel table the totals sum by name.
 */
class WorkbookPrintTest {
    @TempDir
    Path dir;

    @Test
    void everySheetFitsTheWidthAndRepeatsItsHeader() throws Exception {
        Design d = Fixtures.twoRegion();
        DesignEvaluation ev = Fixtures.evaluate(d);
        Reports.writeXlsx(d, ev, dir.resolve("p.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("p.xlsx").toFile())) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getFitToPage()).as(s.getSheetName()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).as(s.getSheetName()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).as(s.getSheetName()).isEqualTo((short) 0);
                if (!s.getSheetName().equals(ExcelReport.SUMMARY)) {
                    assertThat(s.getPaneInformation()).as(s.getSheetName()).isNotNull();
                    assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                    assertThat(s.getRepeatingRows()).as(s.getSheetName()).isNotNull();
                    // The repeated row is the frozen header: the row just above the freeze line.
                    assertThat(s.getRepeatingRows().getFirstRow())
                            .isEqualTo(s.getPaneInformation().getHorizontalSplitTopRow() - 1);
                }
            }
            var cost = wb.getSheet(ExcelReport.COST);
            assertThat(cost.getTables()).extracting(t -> t.getName()).containsExactly(XlsxCost.TABLE);
            var total = ExcelReportTest.rowWithText(cost, XlsxCost.MONTHLY - 1, "Monthly total")
                    .getCell(XlsxCost.MONTHLY);
            assertThat(total.getCellFormula()).isEqualTo("SUM(CostLines[Monthly])");
            var summaryTotal = ExcelReportTest.rowLabelled(wb.getSheet(ExcelReport.SUMMARY), "Total annual cost")
                    .getCell(1);
            assertThat(summaryTotal.getCellFormula()).isEqualTo(XlsxCost.TOTAL_ANNUAL_COST);
        }
    }
}
