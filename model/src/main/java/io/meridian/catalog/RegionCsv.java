package io.meridian.catalog;

import io.meridian.model.EnumIds;
import io.meridian.model.GeoPoint;
import io.meridian.model.Limits;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the catalogue CSV. The format is deliberately simple (no quoting) so that a user can write an
 * override file by hand; every mistake is reported as one line naming file, line and column.
 */
final class RegionCsv {
    static final List<String> HEADER = List.of(
            "provider", "code", "name", "city", "country", "lat", "lon", "jurisdiction", "availability", "zones");

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.\\-]*");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z][A-Z0-9\\-]*");

    private final String source;
    private int lineNo;

    private RegionCsv(String source) {
        this.source = source;
    }

    static List<CatalogEntry> parse(Reader reader, String source) {
        return new RegionCsv(source).read(reader);
    }

    private List<CatalogEntry> read(Reader reader) {
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        CsvLines.read(reader, source, "'" + String.join(",", HEADER) + "'", null, (n, t) -> {
            lineNo = n;
            checkHeader(t);
        }, (n, t) -> {
            lineNo = n;
            CatalogEntry entry = entry(t);
            Integer previous = firstLine.putIfAbsent(entry.id(), lineNo);
            if (previous != null) {
                throw error("code", "duplicate id '" + entry.id() + "' (first on line " + previous + ")");
            }
            entries.add(entry);
        });
        return entries;
    }

    private void checkHeader(String line) {
        List<String> names = new ArrayList<>();
        for (String name : line.split(",", -1)) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        if (!names.equals(HEADER)) {
            throw error("header", "expected '" + String.join(",", HEADER) + "', got '" + line + "'");
        }
    }

    private CatalogEntry entry(String line) {
        if (line.indexOf('"') >= 0) {
            throw error("line", "quoted fields are not supported (fields may not contain commas or quotes)");
        }
        String[] f = line.split(",", -1);
        if (f.length != HEADER.size()) {
            throw error("line", "expected " + HEADER.size() + " fields (" + String.join(",", HEADER) + "), got "
                    + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        Provider provider = provider(f[0]);
        String code = code(f[1]);
        double lat = number(f[5], "lat", "latitude");
        if (!(lat >= -90 && lat <= 90)) {
            throw error("lat", "latitude must be in [-90, 90], got " + lat);
        }
        double lon = number(f[6], "lon", "longitude");
        if (!(lon >= -180 && lon <= 180)) {
            throw error("lon", "longitude must be in [-180, 180], got " + lon);
        }
        String jurisdiction = jurisdiction(f[7]);
        double availability = f[8].isEmpty() ? RegionCatalog.DEFAULT_AVAILABILITY
                : number(f[8], "availability", "availability");
        if (!(availability > 0 && availability <= 1)) {
            throw error("availability", "availability must be in (0, 1], got " + availability);
        }
        if (availability < Limits.MIN_AVAILABILITY) {
            throw error("availability", availability + " is less than the minimum " + Limits.MIN_AVAILABILITY);
        }
        int zones = zones(f[9]);
        try {
            return new CatalogEntry(CatalogEntry.idOf(provider, code), provider, code, f[2], f[4],
                    new GeoPoint(lat, lon), jurisdiction, availability, zones, f[3]);
        } catch (ModelException e) {
            throw error(e.field(), e.problem()); // not expected after the checks above, but keep the line number
        }
    }

    private Provider provider(String text) {
        String id = text.toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw error("provider", "is required (" + EnumIds.choices(Provider.class) + ")");
        }
        try {
            return Provider.fromId(id);
        } catch (ModelException e) {
            throw error("provider", "unknown provider '" + text + "' (expected " + EnumIds.choices(Provider.class) + ")");
        }
    }

    private String code(String text) {
        if (text.isEmpty()) {
            throw error("code", "is required");
        }
        if (!CODE.matcher(text).matches()) {
            throw error("code", "'" + text + "' is not a valid code (lower-case letters, digits, '-', '_', '.')");
        }
        return text;
    }

    private double number(String text, String field, String what) {
        if (text.isEmpty()) {
            throw error(field, what + " is required");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw error(field, what + " '" + text + "' is not a number");
        }
        return Double.parseDouble(text);
    }

    private String jurisdiction(String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !JURISDICTION.matcher(code).matches()) {
            throw error("jurisdiction", "'" + text + "' is not a jurisdiction code (letters, digits, '-'; e.g. EU, APAC-SG)");
        }
        return code;
    }

    private int zones(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        if (!text.matches("\\d{1,3}")) {
            throw error("zones", "zones must be a whole number >= 0, got '" + text + "'");
        }
        int zones = Integer.parseInt(text);
        if (zones > Limits.MAX_ZONES) {
            throw error("zones", "zones " + zones + " is more than the maximum " + Limits.MAX_ZONES);
        }
        return zones;
    }

    private CatalogException error(String field, String problem) {
        return CatalogException.at(source, lineNo, field, problem);
    }
}
