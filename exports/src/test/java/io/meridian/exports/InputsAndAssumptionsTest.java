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

/**
 * Issue 14 item 6: 0.99995 and 0.9999 never read "1"; the inputs that drive the result (downtime cost, region,
 * instance and routing availability, capacity per instance, target utilisation, common causes) are listed.
 */
class InputsAndAssumptionsTest {
    @TempDir
    Path dir;

    @Test
    void availabilitiesKeepEveryNineAndTheDesignsInputsAreListed() throws Exception {
        Design d = SmallDesigns.oneRegion(0.99995, 0.9995);
        DesignEvaluation ev = Fixtures.evaluate(d);
        Reports.writePdf(d, ev, dir.resolve("a.pdf"));
        Reports.writeXlsx(d, ev, dir.resolve("a.xlsx"));
        try (PDDocument doc = Loader.loadPDF(dir.resolve("a.pdf").toFile())) {
            String all = PdfReportTest.text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
            // Region 0.99995 → 99.995%; API instances 0.9995 → 99.95%; zoneAvailability default 0.9999 → 99.99%;
            // 200 req/s per instance, 70% target, $ downtime cost per hour of the defaults.
            assertThat(all).contains("Region availability r0 99.995% MTTR 4 h, 3 zones");
            assertThat(all).contains("Instance availability api-r0 99.95% API, 2 instances");
            assertThat(all).contains("Capacity per instance api-r0 200 API, req/s");
            assertThat(all).contains("Target utilisation api-r0 70% API, of capacity");
            assertThat(all).contains("zoneAvailability 99.99% 99.99%");
            assertThat(all).contains("Downtime cost per hour design");
            assertThat(all).contains("Global change events common cause");
            assertThat(all).doesNotContain("zoneAvailability 1 1");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("a.xlsx").toFile())) {
            Sheet s = wb.getSheet(ExcelReport.ASSUMPTIONS);
            Row region = ExcelReportTest.rowLabelled(s, "Region availability");
            assertThat(region.getCell(2).getNumericCellValue()).isEqualTo(0.99995);
            assertThat(region.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0000%");
            Row zone = ExcelReportTest.rowLabelled(s, "zoneAvailability");
            assertThat(zone.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0000%");
            Row fiber = ExcelReportTest.rowLabelled(s, "fiberKmPerMs");
            assertThat(fiber.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
        }
    }
}
