package io.meridian.exports;

import io.meridian.cost.CostCategory;
import io.meridian.cost.CostLine;
import io.meridian.cost.CostReport;
import io.meridian.evaluation.Evaluation;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;

/**
 * The Cost sheet as a live model: every bill line is quantity × unit price (× hours per month) as a formula, the
 * category and grand totals are SUMIF/SUM over them, and the annual, downtime and total cost follow from the
 * parameters at the top. A reviewer changes a price, a quantity or a parameter and every total follows.
 */
final class XlsxCost {
    static final String HOURS_PER_MONTH = "HoursPerMonth";
    static final String HOURS_PER_YEAR = "HoursPerYear";
    static final String DOWNTIME_COST = "DowntimeCostPerHour";
    static final String AVAILABILITY = "Availability";
    static final String MONTHLY_TOTAL = "MonthlyTotal";
    static final String ANNUAL_COST = "AnnualCost";
    static final String DOWNTIME_COST_PER_YEAR = "DowntimeCostPerYear";
    static final String TOTAL_ANNUAL_COST = "TotalAnnualCost";
    static final List<String> HEADERS = List.of("Category", "Element", "Region", "What", "Quantity", "Unit",
            "Unit price", "Hours", "Monthly");
    /** Columns of the bill: E quantity, G unit price, H hours, I monthly. */
    static final int QTY = 4;
    static final int PRICE = 6;
    static final int HOURS = 7;
    static final int MONTHLY = 8;
    /** An egress line's volume tiers: "GB from 10,240 at $0.085" → that many GB at that price. */
    private static final String TIER = "GB from ";

    private final SheetWriter w;
    private final XlsxStyles s;
    private final Evaluation e;

    XlsxCost(SheetWriter w, XlsxStyles s, Evaluation e) {
        this.w = w;
        this.s = s;
        this.e = e;
    }

    /** One sheet row of the bill: quantity × price (× hours when {@code hours}). */
    record Row(CostLine line, String what, double quantity, String unit, double price, boolean hours) {
    }

    void write() {
        CostReport c = e.cost();
        w.title("Cost: the monthly bill as live formulas (edit the shaded cells, or add a line under the bill)");
        parameter(HOURS_PER_MONTH, "Hours per month", Defaults.HOURS_PER_MONTH, Kind.NUMBER);
        parameter(HOURS_PER_YEAR, "Hours per year", Defaults.HOURS_PER_YEAR, Kind.NUMBER);
        parameter(DOWNTIME_COST, "Downtime cost per hour", c.downtimeCostPerHour(), Kind.USD);
        parameter(AVAILABILITY, "Availability (with failover)", c.availability(), Kind.AVAILABILITY);
        w.note("Prices: " + c.prices());
        w.skip(1);
        // The totals sit above the bill, so the bill (an Excel table) can grow downwards: a line a reviewer adds
        // right under it joins the table, and every total over the table's columns counts it.
        String category = TABLE + "[Category]";
        String monthly = TABLE + "[Monthly]";
        List<Runnable> totals = new ArrayList<>();
        for (CostCategory cat : CostCategory.values()) {
            totals.add(total(cat.id(), String.format(Locale.ROOT, "SUMIF(%s,\"%s\",%s)", category, cat.id(), monthly),
                    Kind.USD_CENTS, null));
        }
        totals.add(total("Monthly total", "SUM(" + monthly + ")", Kind.USD_CENTS, MONTHLY_TOTAL));
        totals.add(total("Annual cost", "12*" + MONTHLY_TOTAL, Kind.USD, ANNUAL_COST));
        totals.add(total("Expected downtime hours per year", "(1-" + AVAILABILITY + ")*" + HOURS_PER_YEAR, Kind.NUMBER,
                null));
        totals.add(total("Expected downtime cost per year", "(1-" + AVAILABILITY + ")*" + HOURS_PER_YEAR + "*"
                + DOWNTIME_COST, Kind.USD, DOWNTIME_COST_PER_YEAR));
        totals.add(total("Total annual cost", ANNUAL_COST + "+" + DOWNTIME_COST_PER_YEAR, Kind.USD, TOTAL_ANNUAL_COST));
        w.skip(1);
        c.notes().forEach(w::note);
        w.skip(1);
        w.table(ReviewTables.pricesPerRegion(e), false);
        w.heading("The bill, one line per priced quantity");
        int header = w.row();
        w.header(HEADERS);
        w.sheet().createFreezePane(0, header + 1);
        w.sheet().setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(header, header, -1, -1));
        for (CostLine line : c.lines()) {
            for (Row r : rows(line)) {
                line(r);
            }
        }
        if (w.row() == header + 1) {
            // An empty bill still gets one (zero) line, so the table and the totals over it exist.
            line(new Row(null, "no priced element", 0, "month", 0, false));
        }
        table(header, w.row() - 1);
        // The totals' formulas name the table, so they are written once it exists.
        totals.forEach(Runnable::run);
        w.finish();
        w.sheet().setColumnWidth(3, 56 * 256);
    }

    /** Name of the bill's Excel table. */
    static final String TABLE = "CostLines";

    private void table(int header, int last) {
        org.apache.poi.xssf.usermodel.XSSFTable t = w.sheet().createTable(new org.apache.poi.ss.util.AreaReference(
                new CellReference(header, 0), new CellReference(last, MONTHLY),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007));
        t.setName(TABLE);
        t.setDisplayName(TABLE);
        t.getCTTable().addNewTableStyleInfo().setName("TableStyleLight1");
        t.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        // A line typed under the bill takes the monthly formula by itself (Excel's calculated column).
        var monthly = t.getCTTable().getTableColumns().getTableColumnArray(MONTHLY);
        monthly.addNewCalculatedColumnFormula().setStringValue(
                "[@Quantity]*[@[Unit price]]*IF([@Hours]=\"\",1,[@Hours])");
    }

    private void parameter(String name, String label, double value, Kind kind) {
        int r = w.row();
        w.text(r, 0, label, null);
        w.number(r, 1, value, s.input(kind));
        define(name, r, 1);
        w.skip(1);
    }

    private void line(Row r) {
        int row = w.row();
        w.text(row, 0, r.line() == null ? "" : r.line().category().id(), null);
        w.text(row, 1, r.line() == null ? "" : r.line().elementId(), null);
        w.text(row, 2, r.line() == null || r.line().regionId() == null ? "global" : r.line().regionId(), null);
        w.text(row, 3, r.what(), null);
        w.number(row, QTY, r.quantity(), s.input(Kind.NUMBER));
        w.text(row, 5, r.unit(), null);
        w.number(row, PRICE, r.price(), s.input(Kind.PRICE));
        String qty = new CellReference(row, QTY).formatAsString();
        String price = new CellReference(row, PRICE).formatAsString();
        String formula = qty + "*" + price;
        if (r.hours()) {
            w.formula(row, HOURS, HOURS_PER_MONTH, s.cell(Kind.NUMBER, ReportTable.Tone.PLAIN, false));
            formula += "*" + new CellReference(row, HOURS).formatAsString();
        }
        w.formula(row, MONTHLY, formula, s.cell(Kind.USD_CENTS, ReportTable.Tone.PLAIN, false));
        w.skip(1);
    }

    /** Writes the total's label now and returns what writes its formula (once the table it sums exists). */
    private Runnable total(String label, String formula, Kind kind, String name) {
        int r = w.row();
        w.text(r, MONTHLY - 1, label, s.total(Kind.TEXT));
        if (name != null) {
            define(name, r, MONTHLY);
        }
        w.skip(1);
        return () -> w.formula(r, MONTHLY, formula, s.total(kind));
    }

    private void define(String name, int row, int col) {
        XSSFName n = w.sheet().getWorkbook().createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + w.sheet().getSheetName() + "'!" + new CellReference(row, col, true, true)
                .formatAsString());
    }

    /**
     * The sheet rows of one bill line, from the inputs of its figure: an instance line is instances × hourly price
     * × hours; object storage is GB × price per GB-month (plus its instances, if priced); a transfer is GB ×
     * price per GB; egress is one row per volume tier; a discount is the on-demand cost × −percent; anything else is
     * one month at its monthly price.
     */
    static List<Row> rows(CostLine line) {
        Figure f = line.monthly();
        Map<String, Double> in = f.inputs();
        List<Row> out = new ArrayList<>();
        if (in.containsKey("stored GB")) {
            out.add(new Row(line, line.description(), in.get("stored GB"), "GB-month", in.get("price per GB-month"),
                    false));
            if (in.getOrDefault("instances", 0.0) * in.getOrDefault("hourly price", 0.0) > 0) {
                out.add(new Row(line, "instances of " + line.elementId(), in.get("instances"), "instance-hour",
                        in.get("hourly price"), true));
            }
        } else if (in.containsKey("instances") && in.containsKey("hourly price")) {
            out.add(new Row(line, line.description(), in.get("instances"), "instance-hour", in.get("hourly price"),
                    true));
        } else if (in.containsKey("discount percent") && in.containsKey("on-demand instance cost")) {
            out.add(new Row(line, line.description(), in.get("on-demand instance cost"), "USD on demand",
                    -in.get("discount percent") / 100, false));
        } else if (in.keySet().stream().anyMatch(k -> k.startsWith(TIER))) {
            in.forEach((k, gb) -> {
                if (k.startsWith(TIER)) {
                    out.add(new Row(line, line.description() + " (" + k + ")", gb, "GB",
                            Double.parseDouble(k.substring(k.lastIndexOf('$') + 1)), false));
                }
            });
        } else if (in.containsKey("GB per month") && in.containsKey("price per GB")) {
            out.add(new Row(line, line.description(), in.get("GB per month"), "GB", in.get("price per GB"), false));
        } else if (in.containsKey("price per GB") && in.containsKey("writes/s") && in.containsKey("record bytes")) {
            double gb = in.getOrDefault("share of writes", 1.0) * in.get("writes/s") * in.get("record bytes")
                    * in.getOrDefault("hours per month", Defaults.HOURS_PER_MONTH)
                    * in.getOrDefault("seconds per hour", 3600.0) / 1e9;
            out.add(new Row(line, line.description(), gb, "GB", in.get("price per GB"), false));
        }
        // The engine's formula may grow inputs this sheet does not know; then the line is one month at its price,
        // so the sheet's totals always equal the engine's.
        double rebuilt = out.stream().mapToDouble(r -> r.quantity() * r.price() * (r.hours()
                ? in.getOrDefault("hours per month", Defaults.HOURS_PER_MONTH) : 1)).sum();
        if (out.isEmpty() || Math.abs(rebuilt - f.value()) > 1e-9 * Math.max(1, Math.abs(f.value()))) {
            return List.of(new Row(line, line.description(), 1, "month", f.value(), false));
        }
        return out;
    }
}
