package io.meridian.latency;

import io.meridian.catalog.CatalogException;
import io.meridian.catalog.CsvLines;
import io.meridian.catalog.UserFiles;
import io.meridian.model.Limits;
import io.meridian.model.ModelException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Route inflation and overhead per corridor (unordered pair of {@link Zone}s), shipped as data
 * ({@code corridors.csv} beside this class, with its provenance) and overridable row by row by the user. Immutable.
 */
public final class Corridors {
    /** The built-in resource, beside this class; also the user's file name under ~/.meridian. */
    public static final String RESOURCE = "corridors.csv";
    /** Environment variable naming the user's corridor file. */
    public static final String ENV_VAR = "MERIDIAN_CORRIDORS";
    static final List<String> HEADER = List.of("zone_a", "zone_b", "inflation", "overhead_ms", "pairs");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int N = Zone.values().length;

    /** One corridor's figures and the number of measured pairs behind them (0 when no data). */
    public record Corridor(Zone a, Zone b, double inflation, double overheadMs, int pairs) {
        public String label() {
            return Corridors.label(a, b);
        }
    }

    private final Corridor[] cells;

    private Corridors(Corridor[] cells) {
        this.cells = cells;
    }

    private static final class Builtin {
        static final Corridors INSTANCE = loadResource();

        private static Corridors loadResource() {
            InputStream in = Corridors.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource io/meridian/latency/" + RESOURCE);
            }
            Corridors c = parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, null);
            for (Corridor cell : c.cells) {
                if (cell == null) {
                    throw new IllegalStateException(RESOURCE + " must give every pair of zones");
                }
            }
            return c;
        }
    }

    /** The shipped table: every pair of zones. */
    public static Corridors builtin() {
        return Builtin.INSTANCE;
    }

    /**
     * The built-in table with the user's rows laid over it: {@code $MERIDIAN_CORRIDORS} when set (it must exist),
     * else {@code <home>/.meridian/corridors.csv} when it exists.
     *
     * @throws CatalogException one located line for the first problem in the user's file
     */
    public static Corridors forUser(Map<String, String> env, Path home) {
        return UserFiles.find(env, home, ENV_VAR, RESOURCE)
                .map(f -> UserFiles.read(f, (reader, source) -> parse(reader, source, builtin())))
                .orElse(builtin());
    }

    /** {@link #forUser(Map, Path)} for this process's environment and home folder. */
    public static Corridors forUser() {
        return forUser(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Parses a corridor CSV; rows override {@code base} (null: start empty). */
    public static Corridors parse(Reader reader, String source, Corridors base) {
        Corridor[] cells = base == null ? new Corridor[N * N] : base.cells.clone();
        CsvLines.read(reader, source, "'" + String.join(",", HEADER) + "'", null, (n, t) -> {
            List<String> names = new ArrayList<>();
            for (String s : t.split(",", -1)) {
                names.add(s.strip().toLowerCase(Locale.ROOT));
            }
            if (!names.equals(HEADER)) {
                throw CatalogException.at(source, n, "header", "expected '" + String.join(",", HEADER) + "', got '"
                        + t + "'");
            }
        }, (n, t) -> {
            Corridor c = row(t, source, n);
            cells[c.a().ordinal() * N + c.b().ordinal()] = c;
            cells[c.b().ordinal() * N + c.a().ordinal()] = c;
        });
        return new Corridors(cells);
    }

    private static Corridor row(String line, String source, int lineNo) {
        String[] f = line.split(",", -1);
        if (f.length != HEADER.size()) {
            throw CatalogException.at(source, lineNo, "line", "expected " + HEADER.size() + " fields ("
                    + String.join(",", HEADER) + "), got " + f.length);
        }
        Zone a = zone(f[0], "zone_a", source, lineNo);
        Zone b = zone(f[1], "zone_b", source, lineNo);
        double inflation = number(f[2], "inflation", source, lineNo);
        if (!(inflation >= 1 && inflation <= Limits.MAX_ROUTE_INFLATION)) {
            throw CatalogException.at(source, lineNo, "inflation", "must be in [1, "
                    + (int) Limits.MAX_ROUTE_INFLATION + "] (no path is shorter than the great circle), got " + f[2].strip());
        }
        double overhead = number(f[3], "overhead_ms", source, lineNo);
        if (!(overhead >= 0 && overhead <= Limits.MAX_MILLISECONDS)) {
            throw CatalogException.at(source, lineNo, "overhead_ms", "must be in [0, "
                    + (long) Limits.MAX_MILLISECONDS + "] ms, got " + f[3].strip());
        }
        String pairs = f[4].strip();
        if (!pairs.isEmpty() && !pairs.matches("\\d{1,9}")) {
            throw CatalogException.at(source, lineNo, "pairs", "must be a whole number >= 0 or blank, got '" + pairs + "'");
        }
        return new Corridor(a, b, inflation, overhead, pairs.isEmpty() ? 0 : Integer.parseInt(pairs));
    }

    private static Zone zone(String text, String field, String source, int lineNo) {
        try {
            return Zone.fromCode(text);
        } catch (ModelException e) {
            throw CatalogException.at(source, lineNo, field, e.problem());
        }
    }

    private static double number(String text, String field, String source, int lineNo) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw CatalogException.at(source, lineNo, field, t.isEmpty() ? "is required" : "'" + t + "' is not a number");
        }
        return Double.parseDouble(t);
    }

    /** "NA–EU", or "EU within" for a zone to itself. */
    public static String label(Zone a, Zone b) {
        Zone first = a.ordinal() <= b.ordinal() ? a : b;
        Zone second = first == a ? b : a;
        return first == second ? first.name() + " within" : first.name() + "–" + second.name();
    }

    /** The corridor between two zones (either order). */
    public Corridor between(Zone a, Zone b) {
        Corridor c = cells[a.ordinal() * N + b.ordinal()];
        return c != null ? c : builtin().between(a, b);
    }

    /** Every corridor once, zone order. */
    public List<Corridor> all() {
        List<Corridor> out = new ArrayList<>();
        for (Zone a : Zone.values()) {
            for (Zone b : Zone.values()) {
                if (b.ordinal() >= a.ordinal()) {
                    out.add(between(a, b));
                }
            }
        }
        return out;
    }
}
