package io.meridian.exports;

import io.meridian.model.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One table of a report, independent of the format: both the workbook and the PDF render these, so the two
 * reports show the same figures. Numeric cells hold the engine's value (fractions for percentages); the column's
 * kind decides how it is shown.
 *
 * @param heatMap numeric cells are coloured on a green–yellow–red scale from the lowest to the highest value
 */
record ReportTable(String title, List<Column> columns, List<List<Cell>> rows, String note, boolean heatMap) {

    ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> (List<Cell>) new ArrayList<>(r)).map(List::copyOf).toList();
        note = note == null ? "" : note;
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(title + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    ReportTable(String title, List<Column> columns, List<List<Cell>> rows, String note) {
        this(title, columns, rows, note, false);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    record Column(String header, Kind kind) {
        static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }
    }

    /** How a value is shown; the Excel format shows the same digits as the PDF text. */
    enum Kind {
        TEXT("@"),
        /** A fraction shown with four decimals of percent: 0.99995 → 99.9950%. */
        AVAILABILITY("0.0000%"),
        /** A fraction shown as a whole percent: 0.63 → 63%. */
        PERCENT("0%"),
        NINES("0.00"),
        MINUTES("#,##0.0 \"min\""),
        MS("0.0 \"ms\""),
        /** A measured round trip (a network link or a measured-RTT file): the figure starred, still a number. */
        MS_MEASURED("0.0 \"ms*\""),
        /** Seconds: two decimals below 10 s (a replication lag of 0.03 s is not "0.0 s"), one above. */
        SECONDS("[<10]0.00 \"s\";#,##0.0 \"s\""),
        USD("\"$\"#,##0"),
        USD_CENTS("\"$\"#,##0.00"),
        /** Unit prices: up to four decimals ($0.0225/h). */
        PRICE("\"$\"0.0000"),
        NUMBER("#,##0.##"),
        INTEGER("#,##0"),
        /** An input as given: the shared number rule when it shows the value exactly, else every digit (0.99995). */
        EXACT("General");

        final String excelFormat;

        Kind(String excelFormat) {
            this.excelFormat = excelFormat;
        }

        boolean numeric() {
            return this != TEXT;
        }

        /**
         * The value as the PDF shows it. Money and counts that overflowed to +∞ (1e308 × 730 hours) read
         * "overflow", a time or latency that is infinite "unbounded", NaN "—"; from 10^15 up, scientific notation
         * ("$1.00e308") instead of hundreds of digits.
         */
        String format(double v) {
            if (Double.isInfinite(v)) {
                return v < 0 ? "−∞" : money() || this == NUMBER || this == INTEGER ? "overflow" : "unbounded";
            }
            if (Double.isNaN(v)) {
                return "—";
            }
            double shown = this == AVAILABILITY || this == PERCENT ? v * 100 : v;
            if (Math.abs(shown) >= ChartAxis.LARGE && Double.isFinite(shown)) {
                return scientific(shown, 0);
            }
            return switch (this) {
                case TEXT -> String.valueOf(v);
                // The shared rules (Quantities): the same figure reads the same in the app, the CLI and the PDF.
                case AVAILABILITY -> Quantities.availability(v);
                case PERCENT -> Quantities.percent(v * 100);
                case NINES -> Quantities.nines(v);
                case MINUTES -> Quantities.duration(v * 60);
                case MS -> Quantities.latencyMs(v);
                case MS_MEASURED -> Quantities.latencyMs(v) + "*";
                case SECONDS -> Quantities.duration(v);
                case USD -> (v < 0 ? "−$" : "$") + String.format(Locale.ROOT, "%,.0f", Math.abs(v));
                case USD_CENTS -> (v < 0 ? "−$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(v));
                case PRICE -> String.format(Locale.ROOT, "$%.4f", v);
                case NUMBER -> trim(String.format(Locale.ROOT, "%,.2f", v));
                case INTEGER -> String.format(Locale.ROOT, "%,.0f", v);
                case EXACT -> exact(v);
            };
        }

        /** Quantities' plain-number rule unless it rounds the value; then the shortest decimal that is it. */
        static String exact(double v) {
            String shared = Quantities.number(v);
            try {
                if (Double.parseDouble(shared.replace(",", "")) == v) {
                    return shared;
                }
            } catch (NumberFormatException e) {
                // falls through to the exact digits
            }
            java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
            return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,d", d.longValue())
                    + (d.scale() > 0 ? d.remainder(java.math.BigDecimal.ONE).abs().toPlainString().substring(1) : "")
                    : d.toPlainString();
        }

        private boolean money() {
            return this == USD || this == USD_CENTS || this == PRICE;
        }

        /**
         * mantissa × 10^exponent in scientific notation with this kind's unit ("$2.5e308", "1.2e20 ms"); the
         * product need not be a double, so axis ticks past Double.MAX_VALUE can still be labelled. Percentages
         * take the mantissa in percent, not as a fraction.
         */
        String scientific(double mantissa, int exponent) {
            if (mantissa == 0) {
                return format(0);
            }
            double m = Math.abs(mantissa);
            int e = exponent + (int) Math.floor(Math.log10(m));
            m = m / Math.pow(10, e - exponent);
            if (m >= 9.995) {
                m /= 10;
                e++;
            }
            String number = (mantissa < 0 ? "−" : "") + trim(String.format(Locale.ROOT, "%.2f", m)) + "e" + e;
            return switch (this) {
                case USD, USD_CENTS, PRICE -> number.startsWith("−") ? "−$" + number.substring(1) : "$" + number;
                case AVAILABILITY, PERCENT -> number + "%";
                case MINUTES -> number + " min";
                case MS -> number + " ms";
                case MS_MEASURED -> number + " ms*";
                case SECONDS -> number + " s";
                default -> number;
            };
        }

        private static String trim(String s) {
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
    }

    /** Whether a cell is good news, bad news or a warning; renderers colour it. */
    enum Tone {
        PLAIN, GOOD, WARN, BAD
    }

    /**
     * A value (a Double, a String, or null for an empty cell) and its tone.
     *
     * @param kind how this cell is shown when it differs from its column (mixed columns such as targets); or null
     */
    record Cell(Object value, Tone tone, Kind kind) {
        Cell(Object value, Tone tone) {
            this(value, tone, null);
        }

        Cell {
            if (value != null && !(value instanceof Double) && !(value instanceof String)) {
                throw new IllegalArgumentException("a cell holds a Double, a String or nothing");
            }
            tone = tone == null ? Tone.PLAIN : tone;
        }

        static Cell of(String text) {
            return new Cell(text, Tone.PLAIN);
        }

        static Cell of(double number) {
            return new Cell(number, Tone.PLAIN);
        }

        static Cell of(double number, Tone tone) {
            return new Cell(number, tone);
        }

        static Cell of(String text, Tone tone) {
            return new Cell(text, tone);
        }

        static Cell of(double number, Kind kind) {
            return new Cell(number, Tone.PLAIN, kind);
        }

        static Cell empty() {
            return new Cell(null, Tone.PLAIN);
        }

        /** The cell as a person reads it in this column. */
        String text(Kind column) {
            if (value == null) {
                return "";
            }
            return value instanceof Double d ? kind(column).format(d) : (String) value;
        }

        Kind kind(Kind column) {
            return kind == null ? column : kind;
        }
    }
}
