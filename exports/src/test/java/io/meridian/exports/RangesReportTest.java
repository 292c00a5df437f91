package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import io.meridian.uncertainty.UncertaintyEngine;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.UncertaintySettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design with ranges on its inputs: the reports show what the ranges do, with the widest swing first. */
class RangesReportTest {
    @TempDir
    Path dir;

    @Test
    void thePdfAndTheWorkbookShowTheIntervalsAndTheTornadoes() throws Exception {
        Design design = new DesignReader().read(Path.of("../docs/examples/two-region-ranges.json"));
        DesignEvaluation evaluation = Fixtures.evaluate(design);
        UncertaintyReport u = UncertaintyEngine.evaluate(design, Design.BASELINE_ID,
                new UncertaintySettings(40, UncertaintySettings.DEFAULTS.seed(), UncertaintySettings.DEFAULTS.sampling(),
                        2), RegionCatalog.builtin(), PriceCatalog.builtin());
        Reports.write(design, evaluation, Map.of(), Map.of(Design.BASELINE_ID, u), List.of(
                new ReportOutput(ReportOutput.Format.PDF, dir.resolve("r.pdf"), "PDF"),
                new ReportOutput(ReportOutput.Format.XLSX, dir.resolve("r.xlsx"), "workbook")));
        // Total annual cost moves most with the downtime cost per hour: it multiplies every hour of downtime.
        String widest = u.tornado("total-annual-cost").orElseThrow().bars().get(0).label();
        assertThat(widest).isEqualTo("Downtime cost per hour");
        try (PDDocument doc = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("What the ranges on 10 inputs do").contains("The headline figures over the ranges")
                    .contains("What moves total annual cost").contains(widest);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("r.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Risk");
            assertThat(sheet).isNotNull();
            boolean found = false;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals(widest)) {
                    // Low end, high end, then the figure at each: numbers, not text.
                    assertThat(row.getCell(3).getNumericCellValue()).isLessThan(row.getCell(4).getNumericCellValue());
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
