package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Alternative;
import io.meridian.model.Component;
import io.meridian.model.Design;
import io.meridian.model.Limits;
import io.meridian.model.Topology;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values the model accepts but no one expects: every component at the largest price and instance count validation
 * allows (an annual bill near 10^16 dollars), 40,000-character names, control characters, emoji, right-to-left text and combining marks. Both reports are
 * written, reopened and checked for what used to break them.
 */
class HostileValuesExportTest {
    static final String LONG = "Long name ".repeat(4_000);
    static final String ODD = "Shop\u0007\u001b[2J\u0000 😀 עברית عربي e\u0301\u0308 \uD800 end";
    @TempDir
    static Path dir;
    static Design design;
    static Path xlsx;
    static Path pdf;

    @BeforeAll
    static void export() throws Exception {
        Design base = Fixtures.twoRegion();
        Topology huge = priced(base.topology(), Limits.MAX_HOURLY_PRICE, Limits.MAX_INSTANCES, n -> ODD + " " + n);
        // An alternative at zero cost beside the baseline's enormous one: the chart's range spans 16 decades.
        Topology free = priced(base.topology(), 0, 1, n -> n);
        design = new Design(LONG, LONG + ODD, huge,
                List.of(new Alternative("free", ODD, LONG, free), new Alternative("same", "Same", "", huge)),
                base.layout());
        DesignEvaluation evaluation = Fixtures.evaluate(design);
        // 10 components × 100,000 instances × $1,000,000/h × 8,766 h = $8.8e15 a year, and finite.
        assertThat(evaluation.baseline().cost().annual().value()).isGreaterThan(1e15).isFinite();
        xlsx = dir.resolve("hostile.xlsx");
        pdf = dir.resolve("hostile.pdf");
        Reports.writeXlsx(design, evaluation, xlsx);
        Reports.writePdf(design, evaluation, pdf);
    }

    static Topology priced(Topology t, double price, int instances, UnaryOperator<String> rename) {
        Topology out = t;
        for (Component c : t.components()) {
            out = out.withComponent(new Component(c.id(), rename.apply(c.name()), c.regionId(), instances,
                    price, c.reliability(), c.spec()));
        }
        return out;
    }

    @Test
    void everyWorkbookCellFitsExcelsLimitAndLongTextEndsInAnEllipsis() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int longest = 0;
            boolean truncatedSeen = false;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String s = cell.getStringCellValue();
                            longest = Math.max(longest, s.length());
                            truncatedSeen |= s.length() == 32_767 && s.endsWith("…");
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            assertThat(Double.isFinite(cell.getNumericCellValue())).as(sheet.getSheetName()).isTrue();
                        }
                    }
                }
            }
            assertThat(longest).isEqualTo(32_767);
            assertThat(truncatedSeen).isTrue();
            // The alternatives chart's legend names each variant; the baseline's (the design's 40,000-character
            // name) is cut to the 255 characters Excel allows a series name.
            org.apache.poi.xssf.usermodel.XSSFChart chart = wb.getSheet("Alternatives").getDrawingPatriarch()
                    .getCharts().get(0);
            List<String> legend = new ArrayList<>();
            for (var series : chart.getCTChart().getPlotArea().getScatterChartArray(0).getSerArray()) {
                legend.add(series.getTx().getV());
            }
            assertThat(legend).hasSize(3);
            assertThat(legend.get(0)).hasSize(255).endsWith("…");
        }
    }

    @Test
    void thePdfHasNoNaNOrInfinityInAnyContentStreamAndWritesHugeCostsCompactly() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof COSNumber n) {
                        assertThat(Float.isFinite(n.floatValue())).as("number in a content stream").isTrue();
                        assertThat(Math.abs(n.floatValue())).isLessThan(1e6f);
                    }
                }
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // Figures from 10^15 up are written compactly: 8.76e15 a year = 12 × $730,000,000,000,166 a month. The free
            // variant's $137,571 a year is what no instance price removes: transfer, storage, routing and the
            // template's internet egress to users ($11,296 a month).
            assertThat(text).contains("$8.76e15 a year", "Total annual cost $8.76e15", "Annual cost $8.76e15 $137,571");
            assertThat(text).doesNotContain("NaN", "Infinity");
        }
    }

    @Test
    void rightToLeftTextIsDrawnInVisualOrderWithMarksAfterTheirLetters() {
        // עברית is ע ב ר י ת in memory; drawn left to right it must be ת י ר ב ע so it reads right to left.
        assertThat(PdfFonts.visualOrder("Shop עברית end")).isEqualTo("Shop תירבע end");
        // Digits after Hebrew belong to its run (Unicode bidi): they come first, left of the reversed word.
        assertThat(PdfFonts.visualOrder("Shop עברית 42")).isEqualTo("Shop 42 תירבע");
        // A mark (U+05B8 qamats) stays after its letter when the run is reversed.
        assertThat(PdfFonts.visualOrder("אָב")).isEqualTo("באָ");
        assertThat(PdfFonts.visualOrder("plain e\u0301")).isEqualTo("plain e\u0301");
    }

    @Test
    void theWorkbookKeepsTheTextAndThePdfShowsItWithoutFailing() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String title = wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue();
            assertThat(title).startsWith("Long name Long name").hasSize(32_767);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // Emoji and the lone surrogate have no glyph: '?'; the bell and escape become spaces; Hebrew and the
            // combining accents are drawn.
            assertThat(text).contains("Shop  [2J  ?", "e\u0301\u0308");
            assertThat(text).doesNotContain("\u0007", "\u001b");
        }
    }
}
