package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 8: date, version, design file and hash, variant and status on page 1 and the Summary sheet. */
class ProvenanceTest {
    @TempDir
    Path dir;

    @Test
    void bothReportsSayWhenFromWhichFileAndWhichBytes() throws Exception {
        Path file = dir.resolve("shop.json");
        Files.copy(Fixtures.TEMPLATES.resolve("two-region-active-active.json"), file);
        // The hash worked out here with the JDK's digest over the file's bytes, not with Provenance's helper.
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        Design d = Fixtures.template("two-region-active-active");
        DesignEvaluation ev = Fixtures.evaluate(d);
        Reports.write(d, ev, Map.of(), Provenance.ofFile(file, clock), List.of(
                new ReportOutput(ReportOutput.Format.PDF, dir.resolve("r.pdf"), "PDF"),
                new ReportOutput(ReportOutput.Format.XLSX, dir.resolve("r.xlsx"), "workbook")));
        try (PDDocument doc = Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
            String first = PdfReportTest.text(doc, 1, 1).replaceAll("\\s+", " ");
            assertThat(first).contains("Generated 2026-03-04 05:06 UTC by Meridian " + Provenance.meridianVersion()
                    + " from shop.json · SHA-256 of the file " + sha.substring(0, 16));
            assertThat(first).contains("variant '" + ev.baseline().variantName() + "'");
            assertThat(first).contains("Status: " + VerdictMarks.word(ev.baseline().verdict()));
            assertThat(Provenance.meridianVersion()).isNotBlank().isNotEqualTo("dev");
            // The real date, not 1970-01-01.
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("r.xlsx").toFile())) {
            var s = wb.getSheet(ExcelReport.SUMMARY);
            assertThat(ExcelReportTest.rowLabelled(s, "Generated").getCell(1).getStringCellValue())
                    .isEqualTo("2026-03-04 05:06 UTC by Meridian " + Provenance.meridianVersion());
            assertThat(ExcelReportTest.rowLabelled(s, "Design file").getCell(1).getStringCellValue())
                    .isEqualTo("shop.json");
            assertThat(ExcelReportTest.rowLabelled(s, "SHA-256").getCell(1).getStringCellValue())
                    .isEqualTo(sha + " (of the file)");
            assertThat(ExcelReportTest.rowLabelled(s, "Status").getCell(1).getStringCellValue())
                    .startsWith("Status: ");
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
        }
    }
}
