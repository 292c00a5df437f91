package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.model.Design;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the two-region template's workbook, reopens it with POI and checks it against the engine. */
class ExcelReportTest {
    static Design design;
    static DesignEvaluation evaluation;
    static Evaluation baseline;
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        design = Fixtures.twoRegion();
        evaluation = Fixtures.evaluate(design);
        baseline = evaluation.baseline();
        file = dir.resolve("report.xlsx");
        Reports.writeXlsx(design, evaluation, file);
    }

    static XSSFWorkbook open() throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void hasOneSheetPerSubjectAndComparesTheAlternatives() throws Exception {
        try (XSSFWorkbook wb = open()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            // The template holds the baseline and two alternatives, so the Alternatives sheet is there.
            assertThat(evaluation.variants()).hasSize(3);
            assertThat(names).containsExactly("Summary", "Objectives", "Latency", "Availability", "Recovery",
                    "Capacity", "Cost", "Findings", "Assumptions", "Alternatives");
            assertThat(wb.getSheet("Alternatives").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(wb.getSheet("Recovery").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void summaryHoldsTheVerdictAndTheEnginesHeadlineNumbers() throws Exception {
        try (XSSFWorkbook wb = open()) {
            Sheet s = wb.getSheet("Summary");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Two-region active-active");
            Row verdict = rowLabelled(s, "Verdict");
            assertThat(verdict.getCell(1).getStringCellValue()).isEqualTo("FAIL");
            assertThat(verdict.getCell(2).getStringCellValue()).isEqualTo(baseline.verdict().summary());
            assertThat(number(s, "Availability, with failover"))
                    .isEqualTo(baseline.availability().overallWithFailover().value());
            // A formula over the Cost sheet's total now: its cached result, to rounding.
            assertThat(number(s, "Monthly cost")).isCloseTo(baseline.cost().monthly().value(), within(1e-6));
            assertThat(number(s, "RTO")).isEqualTo(baseline.recovery().rto().rto().value());
            // Stored as a number with a percent format, not as text.
            Cell a = rowLabelled(s, "Availability, with failover").getCell(1);
            assertThat(a.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a.getCellStyle().getDataFormatString()).isEqualTo("0.0000%");
        }
    }

    @Test
    void latencyMatrixIsAHeatMapOfTheEnginesRtts() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet s = wb.getSheet("Latency");
            Row header = rowLabelled(s, "From \\ to");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("use1");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("usw2");
            Row use1 = s.getRow(header.getRowNum() + 1);
            assertThat(use1.getCell(0).getStringCellValue()).isEqualTo("use1");
            double rtt = baseline.latency().regions().typicalRttMs().get(0).get(1);
            // Virginia–Oregon is about 3,800 km: floor ≈ 38 ms, typical ≈ 38 × 1.5 + 2 ≈ 59 ms.
            assertThat(rtt).isBetween(50.0, 65.0);
            assertThat(use1.getCell(2).getNumericCellValue()).isEqualTo(rtt);
            assertThat(use1.getCell(1).getNumericCellValue()).isZero();
            assertThat(s.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(1);
            assertThat(s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0)
                    .getColorScaleFormatting()).isNotNull();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void availabilityRowsCarryNinesAndDowntime() throws Exception {
        try (XSSFWorkbook wb = open()) {
            Sheet s = wb.getSheet("Availability");
            var east = baseline.availability().populations().get(0);
            Row r = rowLabelled(s, east.name());
            assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(east.staticAvailability().requestWeighted().value());
            assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(east.staticAvailability().requestWeighted().nines());
            double downtime = r.getCell(4).getNumericCellValue();
            // Downtime is (1 − A) × 525,960 min per year.
            assertThat(downtime).isCloseTo((1 - east.staticAvailability().requestWeighted().value()) * 525_960,
                    within(1e-6));
            assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(east.withFailover().requestWeighted().value());
        }
    }

    @Test
    void capacityShowsTheSeedsOverloadInRed() throws Exception {
        try (XSSFWorkbook wb = open()) {
            Sheet s = wb.getSheet("Capacity");
            Row header = rowLabelled(s, "Scenario");
            int usw2 = column(header, "usw2");
            Row normal = s.getRow(header.getRowNum() + 1);
            // 4,200 req/s on 50 × 200 req/s = 42%; 6,300 on 10,000 = 63%.
            assertThat(normal.getCell(usw2).getNumericCellValue()).isCloseTo(0.42, within(1e-9));
            assertThat(normal.getCell(column(header, "use1")).getNumericCellValue()).isCloseTo(0.63, within(1e-9));
            Row eastDown = s.getRow(header.getRowNum() + 2);
            assertThat(eastDown.getCell(column(header, "use1")).getStringCellValue()).isEqualTo("down");
            // All 10,500 req/s on usw2's 10,000 req/s of capacity: 105%, overloaded.
            Cell over = eastDown.getCell(usw2);
            assertThat(over.getNumericCellValue()).isCloseTo(1.05, within(1e-9));
            assertThat(((XSSFCellStyle) over.getCellStyle()).getFillForegroundColorColor().getRGB())
                    .isEqualTo(XlsxStyles.BAD_FILL);
        }
    }

    @Test
    void costFormulasEvaluateToTheEnginesTotals() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(named(wb, evaluator, "MonthlyTotal")).isCloseTo(baseline.cost().monthly().value(), within(1e-6));
            assertThat(named(wb, evaluator, "AnnualCost")).isCloseTo(baseline.cost().annual().value(), within(1e-6));
            assertThat(named(wb, evaluator, "DowntimeCostPerYear"))
                    .isCloseTo(baseline.cost().downtimeCostPerYear().value(), within(1e-4));
            assertThat(named(wb, evaluator, "TotalAnnualCost"))
                    .isCloseTo(baseline.cost().totalAnnualCost().value(), within(1e-4));
            // Compute by hand: 2 × 50 × $0.096 × 730 h = $7,008 of API instances.
            Sheet s = wb.getSheet("Cost");
            Row compute = rowWithText(s, 7, "compute");
            assertThat(evaluator.evaluate(compute.getCell(8)).getNumberValue()).isCloseTo(7008, within(1e-6));
        }
    }

    @Test
    void changingAPriceMovesEveryTotal() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            double before = named(wb, evaluator, "MonthlyTotal");
            double totalBefore = named(wb, evaluator, "TotalAnnualCost");
            Row api = rowWithText(wb.getSheet("Cost"), 1, "api-use1");
            assertThat(api.getCell(XlsxCost.PRICE).getNumericCellValue()).isEqualTo(0.096);
            api.getCell(XlsxCost.PRICE).setCellValue(0.192);
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            // Doubling one region's m5.large price adds 50 × $0.096 × 730 h = $3,504 a month, $42,048 a year.
            assertThat(named(wb, evaluator, "MonthlyTotal") - before).isCloseTo(3504, within(1e-6));
            assertThat(named(wb, evaluator, "TotalAnnualCost") - totalBefore).isCloseTo(42_048, within(1e-6));
        }
    }

    @Test
    void findingsAndAssumptionsAreListedWithFixesAndSources() throws Exception {
        try (XSSFWorkbook wb = open()) {
            Sheet f = wb.getSheet("Findings");
            Row header = rowLabelled(f, "Severity");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Fix");
            assertThat(baseline.findings()).isNotEmpty();
            var first = baseline.findings().get(0);
            Row r = f.getRow(header.getRowNum() + 1);
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo(first.code().name());
            assertThat(r.getCell(4).getStringCellValue()).isEqualTo(first.fix());
            Sheet a = wb.getSheet("Assumptions");
            Row fiber = rowLabelled(a, "fiberKmPerMs");
            assertThat(fiber.getCell(1).getNumericCellValue()).isEqualTo(200.0);
            assertThat(fiber.getCell(4).getStringCellValue()).contains("200,000 km/s");
        }
    }

    @Test
    void alternativesSheetPutsEveryVariantSideBySide() throws Exception {
        try (XSSFWorkbook wb = open()) {
            Sheet s = wb.getSheet("Alternatives");
            Row header = rowLabelled(s, "Variant");
            for (int i = 0; i < evaluation.variants().size(); i++) {
                Evaluation v = evaluation.variants().get(i);
                Row r = s.getRow(header.getRowNum() + 1 + i);
                assertThat(r.getCell(0).getStringCellValue()).startsWith(v.variantName());
                assertThat(r.getCell(column(header, "Annual cost")).getNumericCellValue())
                        .isCloseTo(v.cost().annual().value(), within(1e-6));
            }
        }
    }

    static double named(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, String name) {
        AreaReference ref = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion());
        CellReference c = ref.getFirstCell();
        Cell cell = wb.getSheet(c.getSheetName()).getRow(c.getRow()).getCell(c.getCol());
        return evaluator.evaluate(cell).getNumberValue();
    }

    static Row rowLabelled(Sheet s, String label) {
        return rowWithText(s, 0, label);
    }

    static Row rowWithText(Sheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row with '" + text + "' in column " + col + " of " + s.getSheetName());
    }

    static double number(Sheet s, String label) {
        return rowLabelled(s, label).getCell(1).getNumericCellValue();
    }

    static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
