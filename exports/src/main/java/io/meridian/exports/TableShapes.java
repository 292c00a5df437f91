package io.meridian.exports;

import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.exports.ReportTable.Tone;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables reshaped for a PDF page: the bill's largest lines with the rest summed, chosen columns, variants as columns,
 * without a title; and a table's extreme numbers for the sentence above it. The workbook keeps the tables whole.
 */
final class TableShapes {
    private TableShapes() {
    }

    /** The bill's largest lines, then one line for the rest with their count and sum. */
    static ReportTable largestLines(ReportTable bill, int keep) {
        if (bill.rows().size() <= keep) {
            return bill;
        }
        int monthly = bill.columns().size() - 1;
        List<List<Cell>> sorted = new ArrayList<>(bill.rows());
        sorted.sort((a, b) -> Double.compare((Double) b.get(monthly).value(), (Double) a.get(monthly).value()));
        List<List<Cell>> rows = new ArrayList<>(sorted.subList(0, keep));
        double rest = sorted.subList(keep, sorted.size()).stream().mapToDouble(r -> (Double) r.get(monthly).value())
                .sum();
        List<Cell> last = new ArrayList<>();
        last.add(Cell.of("the other " + (sorted.size() - keep) + " lines"));
        for (int i = 1; i < monthly; i++) {
            last.add(Cell.empty());
        }
        last.add(Cell.of(rest));
        rows.add(last);
        return new ReportTable(bill.title() + ": the " + keep + " largest lines", bill.columns(), rows,
                "Every line is in the workbook's Cost sheet. " + bill.note());
    }

    /** The table with only the given columns. */
    static ReportTable columns(ReportTable t, int... keep) {
        List<Column> columns = new ArrayList<>();
        for (int c : keep) {
            columns.add(t.columns().get(c));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            List<Cell> out = new ArrayList<>();
            for (int c : keep) {
                out.add(row.get(c));
            }
            rows.add(out);
        }
        return new ReportTable(t.title().replace("Utilisation", "Outcome"), columns, rows, t.note(), t.heatMap());
    }

    /** The smallest positive number in the table. */
    static double min(ReportTable t) {
        return t.rows().stream().flatMap(r -> r.stream()).filter(c -> c.value() instanceof Double d && d > 0)
                .mapToDouble(c -> (Double) c.value()).min().orElse(Double.NaN);
    }

    /** The largest number in the table. */
    static double max(ReportTable t) {
        return t.rows().stream().flatMap(r -> r.stream()).filter(c -> c.value() instanceof Double)
                .mapToDouble(c -> (Double) c.value()).max().orElse(Double.NaN);
    }

    /** The table without its title (the page's heading says it). */
    static ReportTable untitled(ReportTable t) {
        return new ReportTable("", t.columns(), t.rows(), t.note(), t.heatMap());
    }

    /** Variants as columns, measures as rows: a portrait page holds many measures but few variants. */
    static ReportTable transpose(ReportTable t) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(t.columns().get(0).header()));
        for (List<Cell> row : t.rows()) {
            String name = (String) row.get(0).value();
            columns.add(new Column(name, Kind.NUMBER));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int c = 1; c < t.columns().size(); c++) {
            List<Cell> out = new ArrayList<>();
            Column col = t.columns().get(c);
            out.add(Cell.of(col.header()));
            for (List<Cell> row : t.rows()) {
                Cell cell = row.get(c);
                out.add(new Cell(cell.value(), cell.tone() == null ? Tone.PLAIN : cell.tone(), col.kind()));
            }
            rows.add(out);
        }
        return new ReportTable(t.title(), columns, rows, t.note());
    }
}
