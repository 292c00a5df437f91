package io.meridian.latency;

import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.CatalogException;
import io.meridian.catalog.CsvLines;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Assumptions;
import io.meridian.model.Limits;
import java.io.Reader;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a measured-RTT file: a header {@code from,to,rtt_ms} or {@code from,to,rtt_ms,percentile}, then one row per
 * measured pair in catalogue ids. Spreadsheet exports are accepted as they come: a BOM, CRLF line ends, fields in
 * double quotes (RFC 4180, {@code ""} for a quote), spaces around fields, {@code #} comment lines and blank lines.
 * The first mistake ends the read with one line naming file, line, column and problem, so a file is used whole or
 * not at all.
 */
final class MeasuredRttCsv {
    static final List<String> HEADER = List.of("from", "to", "rtt_ms");
    static final String PERCENTILE = "percentile";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** The floor a row is checked against: the default fiber speed and the catalogue's coordinates. */
    private static final LatencyModel DEFAULT_FLOOR = new LatencyModel(Assumptions.DEFAULTS);

    private final String source;
    private final RegionCatalog catalog;
    private int lineNo;
    private List<String> columns = HEADER;

    /** One row as read, before the two directions of a pair are combined. */
    private record Row(CatalogEntry from, CatalogEntry to, double rttMs, int line) {
    }

    private MeasuredRttCsv(String source, RegionCatalog catalog) {
        this.source = source;
        this.catalog = catalog;
    }

    /** The measurements of the file by unordered pair ({@link MeasuredRtt#key}), in file order. Closes the reader. */
    static Map<String, MeasuredRtt> parse(Reader reader, String source, RegionCatalog catalog) {
        return new MeasuredRttCsv(source, catalog).read(reader);
    }

    private Map<String, MeasuredRtt> read(Reader reader) {
        Map<String, List<Row>> byPair = new LinkedHashMap<>();
        Map<String, Integer> lineByDirection = new HashMap<>();
        CsvLines.read(reader, source, "'" + String.join(",", HEADER) + "' or '" + String.join(",", HEADER) + ","
                + PERCENTILE + "'", null, (n, t) -> {
                    lineNo = n;
                    header(t);
                }, (n, t) -> {
                    lineNo = n;
                    Row row = row(t);
                    Integer earlier = lineByDirection.putIfAbsent(row.from().id() + "|" + row.to().id(), lineNo);
                    if (earlier != null) {
                        throw error(null, row.from().id() + " → " + row.to().id() + " is already measured on line "
                                + earlier + "; give each direction once");
                    }
                    byPair.computeIfAbsent(MeasuredRtt.key(row.from().id(), row.to().id()), k -> new ArrayList<>())
                            .add(row);
                });
        Map<String, MeasuredRtt> out = new LinkedHashMap<>();
        byPair.forEach((key, rows) -> out.put(key, combine(rows)));
        return out;
    }

    /**
     * A round trip is the same loop whichever end starts it, so a file that gives both directions (as most
     * matrices do) measures the pair twice: the two medians are averaged.
     */
    private MeasuredRtt combine(List<Row> rows) {
        double sum = 0;
        List<Integer> lines = new ArrayList<>();
        for (Row r : rows) {
            sum += r.rttMs();
            lines.add(r.line());
        }
        String a = rows.get(0).from().id();
        String b = rows.get(0).to().id();
        return new MeasuredRtt(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a, sum / rows.size(), source,
                lines);
    }

    private void header(String line) {
        List<String> names = new ArrayList<>();
        for (String s : fields(line)) {
            names.add(s.toLowerCase(Locale.ROOT));
        }
        List<String> withPercentile = new ArrayList<>(HEADER);
        withPercentile.add(PERCENTILE);
        if (!names.equals(HEADER) && !names.equals(withPercentile)) {
            throw error("header", "expected '" + String.join(",", HEADER) + "' or '" + String.join(",", withPercentile)
                    + "', got '" + line + "'");
        }
        columns = List.copyOf(names);
    }

    private Row row(String line) {
        List<String> f = fields(line);
        if (f.size() != columns.size()) {
            throw error(null, "expected " + columns.size() + " fields (" + String.join(",", columns) + "), got "
                    + f.size());
        }
        CatalogEntry from = place(f.get(0), "from");
        CatalogEntry to = place(f.get(1), "to");
        if (from.id().equals(to.id())) {
            throw error("to", "the same place as from (" + from.id() + "); a measured RTT is between two places");
        }
        double rtt = number(f.get(2), "rtt_ms");
        if (!(rtt > 0 && rtt <= Limits.MAX_MILLISECONDS)) {
            throw error("rtt_ms", "must be in (0, " + (long) Limits.MAX_MILLISECONDS + "] ms, got " + f.get(2));
        }
        if (f.size() > 3) {
            percentile(f.get(3));
        }
        double km = Geodesy.distanceKm(from.location(), to.location());
        double floor = DEFAULT_FLOOR.floorRttMs(km);
        if (rtt < floor) {
            throw error("rtt_ms", format("#,##0.##", rtt) + " ms is below the physical floor of "
                    + format("#,##0.##", floor) + " ms between " + from.id() + " and " + to.id() + " ("
                    + format("#,##0", km) + " km at " + format("#,##0.#", Assumptions.DEFAULTS.fiberKmPerMs())
                    + " km/ms): no round trip is that fast (a one-way time, or the wrong pair?)");
        }
        return new Row(from, to, rtt, lineNo);
    }

    /**
     * The typical RTT is a median: p50 (or "median", or blank) is used. Other percentiles are refused rather than
     * kept unused or taken for a median: a p99 in place of the median would inflate every figure built on it.
     */
    private void percentile(String text) {
        String p = text.toLowerCase(Locale.ROOT);
        if (!p.isEmpty() && !p.equals("p50") && !p.equals("median")) {
            throw error(PERCENTILE, "'" + text + "' is not used: the typical RTT is a median; give p50 rows (or "
                    + "'median', or leave the column blank)");
        }
    }

    private CatalogEntry place(String id, String column) {
        if (id.isEmpty()) {
            throw error(column, "is required (a catalogue id such as aws:us-east-1)");
        }
        try {
            return catalog.require(id);
        } catch (CatalogException e) {
            throw error(column, e.problem());
        }
    }

    private double number(String text, String column) {
        if (!NUMBER.matcher(text).matches()) {
            throw error(column, text.isEmpty() ? "is required" : "'" + text + "' is not a number");
        }
        return Double.parseDouble(text);
    }

    /**
     * The fields of one line, each stripped of surrounding spaces. A field may be quoted ({@code "aws:us-east-1"},
     * {@code ""} inside for a quote); a quote inside an unquoted field, text after a closing quote or a quote not
     * closed on its line is refused (no valid value here spans lines).
     */
    private List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            String column = columnName(out.size());
            if (i < n && line.charAt(i) == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw error(column, "the quoted field is not closed on its line");
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        value.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw error(column, "text after the closing quote");
                }
                out.add(value.toString().strip());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String raw = line.substring(i, end);
                if (raw.indexOf('"') >= 0) {
                    throw error(column, "a quote inside an unquoted field (quote the whole field)");
                }
                out.add(raw.strip());
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // past the comma
        }
    }

    private String columnName(int index) {
        return index < columns.size() ? columns.get(index) : "field " + (index + 1);
    }

    private CatalogException error(String column, String problem) {
        return CatalogException.at(source, lineNo, column, problem);
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
