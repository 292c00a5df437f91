package io.meridian.exports;

import io.meridian.evaluation.Evaluation;
import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.latency.LatencyTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/** The Latency sheet: the region ↔ region RTT matrices as colour-scale heat maps, then reads and writes. */
final class XlsxLatency {
    private XlsxLatency() {
    }

    static void write(SheetWriter w, Evaluation e, ReportContext ctx) {
        w.title("Latency: round trips between regions, and what users wait for");
        LatencyTable t = e.latency().regions();
        ReportTable typical = EngineTables.regionRtt(e);
        int header = w.table(typical, true);
        heatMap(w, header, t.rowIds().size(), t.columnIds().size());
        ReportTable measured = EngineTables.measuredRtt(e);
        if (!measured.isEmpty()) {
            w.table(measured, false);
        }
        int floorHeader = w.table(matrix("Floor round-trip time (physics: 2 × distance / fiber speed)", t,
                t.floorRttMs(), Kind.MS), false);
        heatMap(w, floorHeader, t.rowIds().size(), t.columnIds().size());
        w.table(matrix("Geodesic distance (km, WGS84)", t, t.distanceKm(), Kind.INTEGER), false);
        w.table(EngineTables.reads(e, ctx), false);
        w.table(EngineTables.writes(e, ctx), false);
        w.finish();
    }

    static ReportTable matrix(String title, LatencyTable t, List<List<Double>> values, Kind kind) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("From \\ to"));
        t.columnIds().forEach(id -> columns.add(new Column(id, kind)));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < t.rowIds().size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(t.rowIds().get(i)));
            values.get(i).forEach(v -> row.add(Cell.of(v)));
            rows.add(row);
        }
        return new ReportTable(title, columns, rows, "", true);
    }

    /** Green (near) → yellow → red (far) over the matrix cells, as a native Excel colour scale. */
    static void heatMap(SheetWriter w, int headerRow, int rows, int columns) {
        if (rows == 0 || columns == 0) {
            return;
        }
        XSSFSheetConditionalFormatting formatting = w.sheet().getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        scale.getThresholds()[1].setValue(50d);
        scale.getThresholds()[2].setRangeType(RangeType.MAX);
        scale.setColors(new XSSFColor[] {
            new XSSFColor(XlsxStyles.rgb(0x63BE7B), null),
            new XSSFColor(XlsxStyles.rgb(0xFFEB84), null),
            new XSSFColor(XlsxStyles.rgb(0xF8696B), null)});
        formatting.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(headerRow + 1, headerRow + rows, 1, columns)}, rule);
    }
}
