package io.meridian.cost;

import io.meridian.catalog.CatalogException;
import io.meridian.catalog.CsvLines;
import io.meridian.model.EnumIds;
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
 * Reads the price CSV. Like the region catalogue, no quoting, so a user can write an override file by hand;
 * every mistake is one line naming file, line and column.
 */
final class PriceCsv {
    static final List<String> HEADER = List.of("provider", "category", "item", "unit", "price", "note");
    private static final String AS_OF = "# as of ";
    private static final Pattern NUMBER = Pattern.compile("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The rows, and the text after {@code # as of } in the first such comment (empty when there is none). */
    record Parsed(List<PriceEntry> entries, String asOf) {
        Parsed {
            entries = List.copyOf(entries);
        }
    }

    private final String source;
    private int lineNo;

    private PriceCsv(String source) {
        this.source = source;
    }

    static Parsed parse(Reader reader, String source) {
        return new PriceCsv(source).read(reader);
    }

    private Parsed read(Reader reader) {
        List<PriceEntry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] asOf = {""};
        CsvLines.read(reader, source, "'" + String.join(",", HEADER) + "'", (n, t) -> {
            if (t.startsWith(AS_OF) && asOf[0].isEmpty()) {
                asOf[0] = t.substring(AS_OF.length()).strip();
            }
        }, (n, t) -> {
            lineNo = n;
            checkHeader(t);
        }, (n, t) -> {
            lineNo = n;
            PriceEntry entry = entry(t);
            Integer previous = firstLine.putIfAbsent(entry.key(), lineNo);
            if (previous != null) {
                throw error("item", "duplicate item '" + entry.key() + "' (first on line " + previous + ")");
            }
            entries.add(entry);
        });
        return new Parsed(entries, asOf[0]);
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

    private PriceEntry entry(String line) {
        if (line.indexOf('"') >= 0) {
            throw error("line", "quoted fields are not supported (fields may not contain commas or quotes)");
        }
        String[] f = line.split(",", -1);
        // The note is optional, so a hand-written override may stop after the price.
        if (f.length != HEADER.size() && f.length != HEADER.size() - 1) {
            throw error("line", "expected " + HEADER.size() + " fields (" + String.join(",", HEADER) + "; note may be "
                    + "left out), got " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        Provider provider = choice(f[0], "provider", Provider.class);
        PriceCategory category = choice(f[1], "category", PriceCategory.class);
        String item = item(f[2]);
        PriceUnit unit = choice(f[3], "unit", PriceUnit.class);
        PriceUnit required = PriceCatalog.requiredUnit(item);
        if (required != null && unit != required) {
            throw error("unit", "'" + item + "' is priced per " + required.id() + ", got '" + f[3] + "'");
        }
        double price = price(f[4]);
        String note = f.length == HEADER.size() ? f[5] : "";
        try {
            return new PriceEntry(provider, category, item, unit, price, note);
        } catch (ModelException e) {
            throw error(e.field(), e.problem()); // not expected after the checks above, but keep the line number
        }
    }

    private <E extends Enum<E>> E choice(String text, String field, Class<E> type) {
        String id = text.toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw error(field, "is required (" + EnumIds.choices(type) + ")");
        }
        try {
            return EnumIds.parse(type, id, field);
        } catch (ModelException e) {
            throw error(field, "unknown " + field + " '" + text + "' (expected " + EnumIds.choices(type) + ")");
        }
    }

    private String item(String text) {
        String id = text.toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw error("item", "is required");
        }
        if (!id.matches("[a-z0-9][a-z0-9_.\\-]*")) {
            throw error("item", "'" + text + "' is not a valid item (letters, digits, '.', '-', '_')");
        }
        return id;
    }

    private double price(String text) {
        if (text.isEmpty()) {
            throw error("price", "price is required");
        }
        if (text.startsWith("-")) {
            throw error("price", "price must be >= 0, got " + text);
        }
        if (!NUMBER.matcher(text).matches()) {
            throw error("price", "price '" + text + "' is not a number (USD, no currency sign)");
        }
        double price = Double.parseDouble(text);
        // Infinity (1e400) is left to PriceEntry's own "must be a finite number".
        if (Double.isFinite(price) && price > Limits.MAX_LIST_PRICE) {
            throw error("price", text + " is more than the maximum "
                    + String.format(Locale.ROOT, "%,d", (long) Limits.MAX_LIST_PRICE));
        }
        return price;
    }

    private CatalogException error(String field, String problem) {
        return CatalogException.at(source, lineNo, field, problem);
    }
}
