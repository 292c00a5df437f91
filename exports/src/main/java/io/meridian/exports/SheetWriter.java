package io.meridian.exports;

import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes titles, notes and {@link ReportTable}s down one sheet, remembering the widest text of every column so
 * the widths fit the content without AWT font metrics (autoSizeColumn needs them and is slow).
 */
final class SheetWriter {
    /** Long text wraps at this many characters instead of widening its column further. */
    static final int MAX_CHARS = 60;
    /** Excel's limit on the text of one cell. */
    static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final XSSFSheet sheet;
    private final XlsxStyles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private int row;

    SheetWriter(XSSFSheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XlsxStyles styles() {
        return styles;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    int row() {
        return row;
    }

    void skip(int rows) {
        row += rows;
    }

    void title(String text) {
        XSSFCell c = cell(row, 0);
        c.setCellValue(fitted(text));
        c.setCellStyle(styles.title());
        sheet.getRow(row).setHeightInPoints(24);
        row += 2;
    }

    void heading(String text) {
        XSSFCell c = cell(row, 0);
        c.setCellValue(fitted(text));
        c.setCellStyle(styles.heading());
        row++;
    }

    /** One line of explanation in italics; not counted for the column width (it may spill right). */
    void note(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        XSSFCell c = cell(row, 0);
        c.setCellValue(fitted(text));
        c.setCellStyle(styles.note());
        row++;
    }

    /**
     * Writes the table with its title and note; returns the row index of its header.
     *
     * @param freeze freeze the panes below the header (the sheet's main table)
     */
    int table(ReportTable t, boolean freeze) {
        if (!t.title().isBlank()) {
            heading(t.title());
        }
        int header = row;
        header(t.columns().stream().map(Column::header).toList());
        if (freeze) {
            // Scrolling keeps the header and the row labels in view; printing repeats the header on every page.
            sheet.createFreezePane(1, header + 1);
            sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        }
        for (List<Cell> cells : t.rows()) {
            for (int i = 0; i < cells.size(); i++) {
                value(row, i, cells.get(i), t.columns().get(i).kind());
            }
            row++;
        }
        if (t.isEmpty()) {
            note("(none)");
        }
        note(t.note());
        row++;
        return header;
    }

    void header(List<String> headers) {
        XSSFRow r = rowAt(row);
        for (int i = 0; i < headers.size(); i++) {
            XSSFCell c = r.createCell(i);
            c.setCellValue(fitted(headers.get(i)));
            c.setCellStyle(styles.header());
            fit(i, Math.min(headers.get(i).length(), 24));
        }
        row++;
    }

    /** Writes one table cell: numbers stay numbers, formatted by the column's (or the cell's) kind. */
    XSSFCell value(int rowIndex, int col, Cell cell, Kind column) {
        XSSFCell c = cell(rowIndex, col);
        Kind kind = cell.kind(column);
        String text = cell.text(column);
        boolean wrap = text.length() > MAX_CHARS;
        if (cell.value() instanceof Double d && Double.isFinite(d)) {
            c.setCellValue(d);
            c.setCellStyle(styles.cell(kind, cell.tone(), false));
        } else {
            if (cell.value() != null) {
                c.setCellValue(fitted(text));
            }
            c.setCellStyle(styles.cell(Kind.TEXT, cell.tone(), wrap));
        }
        fit(col, text.length());
        return c;
    }

    XSSFCell text(int rowIndex, int col, String text, CellStyle style) {
        XSSFCell c = cell(rowIndex, col);
        c.setCellValue(fitted(text));
        if (style != null) {
            c.setCellStyle(style);
        }
        fit(col, text.length());
        return c;
    }

    /** A number; one that overflowed (±∞, NaN) is written as the text the PDF shows, not as an Excel error. */
    XSSFCell number(int rowIndex, int col, double value, CellStyle style) {
        XSSFCell c = cell(rowIndex, col);
        if (Double.isFinite(value)) {
            c.setCellValue(value);
        } else {
            c.setCellValue(Kind.NUMBER.format(value));
        }
        c.setCellStyle(style);
        fit(col, 12);
        return c;
    }

    XSSFCell formula(int rowIndex, int col, String formula, CellStyle style) {
        XSSFCell c = cell(rowIndex, col);
        c.setCellFormula(formula);
        c.setCellStyle(style);
        fit(col, 14);
        return c;
    }

    /**
     * The text cut to Excel's cell limit (32,767 characters, which POI enforces by throwing), ending in "…" when
     * cut, and never between the two halves of a surrogate pair.
     */
    static String fitted(String text) {
        if (text == null || text.length() <= MAX_CELL) {
            return text;
        }
        int end = MAX_CELL - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    void merge(int rowIndex, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstCol, lastCol));
    }

    void fit(int col, int chars) {
        widths.merge(col, Math.min(MAX_CHARS, chars), Math::max);
    }

    /** Applies the remembered widths: characters + 2 of padding, in 1/256 of a character. */
    void finish() {
        widths.forEach((col, chars) -> sheet.setColumnWidth(col, Math.max(8, chars + 2) * 256));
        printSetup();
    }

    /** A4, one page wide (as many tall as it takes), landscape when the sheet is wider than a portrait page. */
    void printSetup() {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        org.apache.poi.ss.usermodel.PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        int chars = widths.values().stream().mapToInt(c -> Math.max(8, c + 2)).sum();
        ps.setLandscape(chars > 110);
        sheet.setHorizontallyCenter(false);
    }

    XSSFCell cell(int rowIndex, int col) {
        XSSFRow r = rowAt(rowIndex);
        XSSFCell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    private XSSFRow rowAt(int rowIndex) {
        XSSFRow r = sheet.getRow(rowIndex);
        return r != null ? r : sheet.createRow(rowIndex);
    }

    void moveTo(int rowIndex) {
        row = rowIndex;
    }
}
