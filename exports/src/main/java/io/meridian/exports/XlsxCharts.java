package io.meridian.exports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel charts over cell ranges of the report, so they follow when a reviewer edits the cells. */
final class XlsxCharts {
    private static final PresetColor[] SERIES = {PresetColor.DARK_BLUE, PresetColor.DARK_ORANGE,
        PresetColor.FOREST_GREEN, PresetColor.CRIMSON, PresetColor.PURPLE, PresetColor.TEAL};

    private XlsxCharts() {
    }

    /** Reads and writes served vs seconds since the failure: columns A (s), B (reads), C (writes). */
    static void recoveryCurve(XSSFSheet sheet, int firstRow, int lastRow, int anchorCol, int anchorRow) {
        XSSFChart chart = chart(sheet, anchorCol, anchorRow, 9, 18, "Share of affected users served after a "
                + "region failure");
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle("seconds since the failure");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("served");
        y.setMinimum(0);
        y.setMaximum(1);
        y.setNumberFormat("0%");
        y.setCrosses(AxisCrosses.MIN);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(ScatterStyle.LINE_MARKER);
        XDDFNumericalDataSource<Double> seconds = numbers(sheet, firstRow, lastRow, 0);
        series(data, seconds, numbers(sheet, firstRow, lastRow, 1), "reads", 0, true);
        series(data, seconds, numbers(sheet, firstRow, lastRow, 2), "writes", 1, true);
        chart.plot(data);
    }

    /** Simulated years per downtime bin: a column chart of column {@code countCol} by the bins' lower ends (A). */
    static void yearsHistogram(XSSFSheet sheet, int firstRow, int lastRow, int countCol, int anchorCol,
                               int anchorRow) {
        XSSFChart chart = chart(sheet, anchorCol, anchorRow, 9, 18, "Simulated years by the worst population's "
                + "downtime (minutes a year, bins' lower ends)");
        org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("downtime in the year, minutes (from)");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("years");
        y.setCrosses(AxisCrosses.MIN);
        org.apache.poi.xddf.usermodel.chart.XDDFBarChartData data =
                (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(org.apache.poi.xddf.usermodel.chart.BarDirection.COL);
        data.setGapWidth(20);
        var series = data.addSeries(numbers(sheet, firstRow, lastRow, 0), numbers(sheet, firstRow, lastRow, countCol));
        series.setTitle("years", null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES[0])));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    /** One point per variant: annual cost (x) against availability with failover (y). */
    static void availabilityVsCost(XSSFSheet sheet, int firstRow, int lastRow, int nameCol, int availabilityCol,
                                   int costCol, int anchorRow) {
        XSSFChart chart = chart(sheet, 0, anchorRow, 8, 20, "Availability against total annual cost (bill + expected downtime)");
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle("total annual cost incl. downtime (USD)");
        x.setNumberFormat("\"$\"#,##0");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("availability with failover");
        y.setNumberFormat("0.000%");
        y.setCrosses(AxisCrosses.MIN);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(ScatterStyle.MARKER);
        for (int r = firstRow; r <= lastRow; r++) {
            String name = legendName(sheet.getRow(r).getCell(nameCol).getStringCellValue());
            series(data, numbers(sheet, r, r, costCol), numbers(sheet, r, r, availabilityCol), name,
                    r - firstRow, false);
        }
        chart.plot(data);
    }

    /** A legend entry: Excel's series names hold 255 characters; a longer variant name is cut with "…". */
    static String legendName(String name) {
        return name.length() <= 255 ? name : name.substring(0, Character.isHighSurrogate(name.charAt(253)) ? 253 : 254)
                + "…";
    }

    private static XSSFChart chart(XSSFSheet sheet, int col, int row, int width, int height, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + width, row + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int first, int last, int col) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, col, col));
    }

    private static void series(XDDFScatterChartData data, XDDFNumericalDataSource<Double> x,
                               XDDFNumericalDataSource<Double> y, String title, int index, boolean line) {
        XDDFScatterChartData.Series s = (XDDFScatterChartData.Series) data.addSeries(x, y);
        s.setTitle(title, null);
        s.setSmooth(false);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        XDDFColor color = XDDFColor.from(SERIES[index % SERIES.length]);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties stroke = new XDDFLineProperties();
        if (line) {
            stroke.setFillProperties(new XDDFSolidFillProperties(color));
            stroke.setWidth(2.25);
        } else {
            stroke.setFillProperties(new XDDFNoFillProperties());
        }
        shape.setLineProperties(stroke);
        shape.setFillProperties(new XDDFSolidFillProperties(color));
        s.setShapeProperties(shape);
    }
}
