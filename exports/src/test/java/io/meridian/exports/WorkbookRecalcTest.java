package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 9, recalculated by another program: LibreOffice (headless, when installed) opens the two-region
 * workbook and its Summary totals equal the engine's; after a price edit and a line a reviewer adds under the bill,
 * LibreOffice's Summary total moves by exactly what the edit costs, worked out here by hand.
 */
class WorkbookRecalcTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculatesTheSummaryFromTheBill() throws Exception {
        Assumptions.assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed");
        Design d = Fixtures.twoRegion();
        DesignEvaluation ev = Fixtures.evaluate(d);
        Path book = dir.resolve("book.xlsx");
        Reports.writeXlsx(d, ev, book);
        double total = ev.baseline().cost().totalAnnualCost().value();
        assertThat(summaryTotal(book, "as-written")).isCloseTo(total, within(0.01));

        Path edited = dir.resolve("edited.xlsx");
        double delta;
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet cost = wb.getSheet(ExcelReport.COST);
            XSSFTable table = cost.getTables().get(0);
            int header = table.getStartRowIndex();
            Row first = cost.getRow(header + 1);
            // The first bill line: its price up by $0.10. It is quantity × price × hours (an instance line: hours
            // in column H) or quantity × price: the monthly bill moves by quantity × 0.10 (× hours).
            double qty = first.getCell(XlsxCost.QTY).getNumericCellValue();
            double price = first.getCell(XlsxCost.PRICE).getNumericCellValue();
            boolean hourly = first.getCell(XlsxCost.HOURS) != null
                    && first.getCell(XlsxCost.HOURS).getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA;
            first.getCell(XlsxCost.PRICE).setCellValue(price + 0.10);
            double monthlyDelta = qty * 0.10 * (hourly ? 730 : 1);
            // A line typed right under the bill: $500 a month of support, in the compute category; Excel grows
            // the table over it as it is typed (done here by hand, as Excel would).
            int added = table.getEndRowIndex() + 1;
            XSSFRow r = cost.getRow(added) == null ? cost.createRow(added) : cost.getRow(added);
            r.createCell(0).setCellValue("compute");
            r.createCell(3).setCellValue("support contract (added by a reviewer)");
            r.createCell(XlsxCost.QTY).setCellValue(1);
            r.createCell(XlsxCost.PRICE).setCellValue(500);
            r.createCell(XlsxCost.MONTHLY).setCellFormula(new CellReference(added, XlsxCost.QTY).formatAsString() + "*"
                    + new CellReference(added, XlsxCost.PRICE).formatAsString());
            table.setArea(new AreaReference(new CellReference(header, 0), new CellReference(added, XlsxCost.MONTHLY),
                    wb.getSpreadsheetVersion()));
            monthlyDelta += 500;
            delta = 12 * monthlyDelta;
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out); // cached results left stale on purpose: LibreOffice must recalculate
            }
        }
        assertThat(summaryTotal(edited, "edited")).isCloseTo(total + delta, within(0.01));
    }

    /**
     * The Summary's "Total annual cost" as LibreOffice computes it (the first sheet, to CSV), in a profile told to
     * recalculate every formula on load (its default keeps an Excel file's cached results).
     */
    private double summaryTotal(Path xlsx, String name) throws Exception {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        Path registry = dir.resolve("lo-profile/user/registrymodifications.xcu");
        if (!Files.exists(registry)) {
            Files.createDirectories(registry.getParent());
            Files.writeString(registry, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                    <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """);
        }
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=file://" + dir.resolve("lo-profile")
                .toAbsolutePath(), "--headless", "--convert-to", "csv", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path csv = out.resolve(xlsx.getFileName().toString().replace(".xlsx", ".csv"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.ISO_8859_1);
        for (String line : lines) {
            if (line.startsWith("Total annual cost,")) {
                String v = line.substring("Total annual cost,".length());
                v = v.startsWith("\"") ? v.substring(1, v.indexOf('"', 1)) : v.substring(0, v.indexOf(','));
                return Double.parseDouble(v.replace("$", "").replace(",", ""));
            }
        }
        throw new AssertionError("no total in " + lines);
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        return null;
    }
}
