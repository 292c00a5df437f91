package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's 300-component design exports without error, and its workbook totals still add up. */
class LargeDesignExportTest {
    @TempDir
    Path dir;

    @Test
    void threeHundredComponentsExportToBothFormats() throws Exception {
        Design design = LargeDesigns.of300Components();
        assertThat(design.topology().components()).hasSize(300);
        DesignEvaluation evaluation = Fixtures.evaluate(design);
        Reports.writeXlsx(design, evaluation, dir.resolve("large.xlsx"));
        Reports.writePdf(design, evaluation, dir.resolve("large.pdf"));
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("large.xlsx").toFile())) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            // 10 regions × 27 tiers × 10 instances × $0.096 × 730 h = $189,216 of compute alone.
            assertThat(ExcelReportTest.named(wb, evaluator, "MonthlyTotal"))
                    .isCloseTo(evaluation.baseline().cost().monthly().value(), org.assertj.core.api.Assertions.within(1e-6))
                    .isGreaterThan(189_216);
        }
        try (PDDocument doc = Loader.loadPDF(dir.resolve("large.pdf").toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(8);
        }
    }
}
