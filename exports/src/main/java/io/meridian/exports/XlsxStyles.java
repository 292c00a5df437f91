package io.meridian.exports;

import io.meridian.exports.ReportTable.Kind;
import io.meridian.exports.ReportTable.Tone;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, created once each: a workbook holds at most 64,000 styles. */
final class XlsxStyles {
    static final byte[] HEADER_FILL = rgb(0x1F3A5F);
    static final byte[] GOOD_FILL = rgb(0xD8F0DC);
    static final byte[] WARN_FILL = rgb(0xFCEBC4);
    static final byte[] BAD_FILL = rgb(0xF8D0CC);
    static final byte[] INPUT_FILL = rgb(0xFFF8DC);

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont headerFont;
    private final XSSFFont titleFont;
    private final XSSFFont noteFont;

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerFont.setColor(new XSSFColor(rgb(0xFFFFFF), null));
        titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setColor(new XSSFColor(rgb(0x1F3A5F), null));
        noteFont = workbook.createFont();
        noteFont.setItalic(true);
        noteFont.setColor(new XSSFColor(rgb(0x555555), null));
    }

    static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    XSSFCellStyle title() {
        return cached("title", s -> s.setFont(titleFont));
    }

    XSSFCellStyle heading() {
        return cached("heading", s -> s.setFont(bold));
    }

    XSSFCellStyle note() {
        return cached("note", s -> {
            s.setFont(noteFont);
            s.setWrapText(false);
        });
    }

    XSSFCellStyle header() {
        return cached("header", s -> {
            s.setFont(headerFont);
            fill(s, HEADER_FILL);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
        });
    }

    /** A value cell: the kind's number format, the tone's fill, wrapped when the column is for long text. */
    XSSFCellStyle cell(Kind kind, Tone tone, boolean wrap) {
        return cached("cell:" + kind + ":" + tone + ":" + wrap, s -> {
            if (kind.numeric()) {
                s.setDataFormat(workbook.createDataFormat().getFormat(kind.excelFormat));
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            switch (tone) {
                case GOOD -> fill(s, GOOD_FILL);
                case WARN -> fill(s, WARN_FILL);
                case BAD -> fill(s, BAD_FILL);
                case PLAIN -> {
                }
            }
            s.setBorderBottom(BorderStyle.HAIR);
            s.setBottomBorderColor(new XSSFColor(rgb(0xCCCCCC), null));
        });
    }

    /** A cell a reviewer is invited to change (prices, quantities, parameters). */
    XSSFCellStyle input(Kind kind) {
        return cached("input:" + kind, s -> {
            s.setDataFormat(workbook.createDataFormat().getFormat(kind.excelFormat));
            fill(s, INPUT_FILL);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBottomBorderColor(new XSSFColor(rgb(0xC9A227), null));
        });
    }

    /** A total line: bold, number format, thin rule above. */
    XSSFCellStyle total(Kind kind) {
        return cached("total:" + kind, s -> {
            s.setFont(bold);
            if (kind.numeric()) {
                s.setDataFormat(workbook.createDataFormat().getFormat(kind.excelFormat));
            }
            s.setBorderTop(BorderStyle.THIN);
        });
    }

    /** The verdict cell: large, white on green (a clean pass only), amber (errors), red (fail) or grey (none). */
    XSSFCellStyle verdict(ReportTable.Tone tone) {
        return cached("verdict:" + tone, s -> {
            XSSFFont f = workbook.createFont();
            f.setBold(true);
            f.setFontHeightInPoints((short) 14);
            f.setColor(new XSSFColor(rgb(0xFFFFFF), null));
            s.setFont(f);
            fill(s, switch (tone) {
                case GOOD -> rgb(0x2E7D32);
                case WARN -> rgb(0xB26A00);
                case BAD -> rgb(0xC62828);
                case PLAIN -> rgb(0x616161);
            });
        });
    }

    private static void fill(XSSFCellStyle s, byte[] color) {
        s.setFillForegroundColor(new XSSFColor(color, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFCellStyle cached(String key, java.util.function.Consumer<XSSFCellStyle> setup) {
        return cache.computeIfAbsent(key, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            setup.accept(s);
            return s;
        });
    }
}
