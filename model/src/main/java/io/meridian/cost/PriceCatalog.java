package io.meridian.cost;

import io.meridian.catalog.CatalogException;
import io.meridian.catalog.UserFiles;
import io.meridian.model.Provider;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dated list prices Meridian offers as defaults ({@code prices.csv} beside this class), extendable and
 * overridable by the user with a file of the same format. Immutable. The palette and templates take prices from
 * here; the cost engine itself reads the per-GB items ({@link #OBJECT_STORAGE}, {@link #INTER_REGION},
 * {@link #INTER_CONTINENT}, {@link #INTERNET_EGRESS}, {@link #CROSS_ZONE}) and an hourly item only for a component
 * that states no hourly price.
 */
public final class PriceCatalog {
    /** The built-in resource, beside this class. */
    public static final String RESOURCE = "prices.csv";
    /** Environment variable naming the user's price file. */
    public static final String ENV_VAR = "MERIDIAN_PRICES";
    /** Object storage, standard class, per GB-month: priced by the engine from a store's {@code storedGb}. */
    public static final String OBJECT_STORAGE = "object-storage";
    /** Transfer between two regions of the provider, per GB. */
    public static final String INTER_REGION = "inter-region";
    /** Transfer out to the internet (and so to another cloud), per GB: the engine's cross-provider price. */
    public static final String INTERNET_EGRESS = "internet-egress";
    /** Transfer between two continents (Google Cloud, Azure), per GB; qualified by the source like the others. */
    public static final String INTER_CONTINENT = "inter-continent";
    /** Transfer between two zones of one region, per GB crossing (both directions' charges together). */
    public static final String CROSS_ZONE = "cross-zone";
    /**
     * Units the engine relies on for the items it reads, qualified ones included ({@code inter-region.sa-east-1},
     * {@code internet-egress.over-10tb}); a file that prices them otherwise is refused.
     */
    static final Map<String, PriceUnit> REQUIRED_UNITS = Map.of(OBJECT_STORAGE, PriceUnit.GB_MONTH,
            INTER_REGION, PriceUnit.GB, INTERNET_EGRESS, PriceUnit.GB, INTER_CONTINENT, PriceUnit.GB,
            CROSS_ZONE, PriceUnit.GB);

    /** The unit an item must be priced in, if the engine reads it: its name before the first '.' decides. */
    static PriceUnit requiredUnit(String item) {
        int dot = item.indexOf('.');
        return REQUIRED_UNITS.get(dot < 0 ? item : item.substring(0, dot));
    }

    private final List<PriceEntry> entries;
    private final Map<String, PriceEntry> byKey;
    private final String description;

    /**
     * @param description where the prices come from and their date, shown in reports
     * @throws CatalogException when two entries share provider and item
     */
    public PriceCatalog(List<PriceEntry> entries, String description) {
        this.entries = List.copyOf(entries);
        this.description = description == null ? "" : description;
        Map<String, PriceEntry> index = new LinkedHashMap<>();
        for (PriceEntry e : this.entries) {
            if (index.putIfAbsent(e.key(), e) != null) {
                throw new CatalogException("duplicate price item '" + e.key() + "'");
            }
        }
        this.byKey = Collections.unmodifiableMap(index);
    }

    /** Loaded once; the resource is part of the jar, so a failure here is a build error. */
    private static final class Builtin {
        static final PriceCatalog INSTANCE = loadResource();

        private static PriceCatalog loadResource() {
            InputStream in = PriceCatalog.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource io/meridian/cost/" + RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    /** The built-in catalogue. */
    public static PriceCatalog builtin() {
        return Builtin.INSTANCE;
    }

    /**
     * Parses a price CSV (header {@code provider,category,item,unit,price,note}; '#' comments and blank lines
     * skipped; the note may be left out; a {@code # as of …} comment dates the file). Closes the reader.
     *
     * @param sourceName used in error messages and the description, e.g. {@code prices.csv}
     * @throws CatalogException with a one-line message {@code source:line: field: problem}
     */
    public static PriceCatalog load(Reader reader, String sourceName) {
        PriceCsv.Parsed parsed = PriceCsv.parse(reader, sourceName);
        String dated = parsed.asOf().isEmpty() ? sourceName : sourceName + " (as of " + parsed.asOf() + ")";
        return new PriceCatalog(parsed.entries(), dated);
    }

    /** Reads a price file (UTF-8); errors name the path. */
    public static PriceCatalog load(Path file) {
        return UserFiles.read(file, PriceCatalog::load);
    }

    /** The built-in prices with the user's laid over them: {@code $MERIDIAN_PRICES}, else {@code ~/.meridian/prices.csv}. */
    public static PriceCatalog forUser() {
        return forUser(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * {@link #forUser()} with the environment and home folder given. A file named by {@code MERIDIAN_PRICES} must
     * exist (a typo there should not pass silently); the default file is optional.
     */
    public static PriceCatalog forUser(Map<String, String> env, Path home) {
        return UserFiles.find(env, home, ENV_VAR, RESOURCE).map(f -> builtin().withOverrides(load(f)))
                .orElse(builtin());
    }

    /** {@code <home>/.meridian/prices.csv}. */
    public static Path defaultUserFile(Path home) {
        return UserFiles.defaultFile(home, RESOURCE);
    }

    /** This catalogue with {@code other} laid over it: same provider and item replaces in place, new ones are appended. */
    public PriceCatalog withOverrides(PriceCatalog other) {
        Map<String, PriceEntry> merged = new LinkedHashMap<>(byKey);
        for (PriceEntry e : other.entries) {
            merged.put(e.key(), e);
        }
        return new PriceCatalog(new ArrayList<>(merged.values()), description + ", overridden by " + other.description);
    }

    /** All entries in file order (overrides of existing items keep the original position). */
    public List<PriceEntry> entries() {
        return entries;
    }

    /** Where the prices come from and as of when, e.g. {@code prices.csv (as of 2026-11, USD, on-demand, Linux)}. */
    public String description() {
        return description;
    }

    /** The price of a provider's item; the item is matched ignoring case and surrounding spaces. */
    public Optional<PriceEntry> find(Provider provider, String item) {
        if (provider == null || item == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(PriceEntry.keyOf(provider, item.strip().toLowerCase(Locale.ROOT))));
    }

    /** @throws CatalogException {@code no price for gcp item 'm5.large' in prices.csv (as of …)} */
    public PriceEntry require(Provider provider, String item) {
        return find(provider, item).orElseThrow(() -> new CatalogException(
                "no price for " + (provider == null ? "?" : provider.id()) + " item '" + item + "' in " + description));
    }

    /** A provider's prices on one shelf, in file order: what a palette offers for a component kind. */
    public List<PriceEntry> items(Provider provider, PriceCategory category) {
        return entries.stream().filter(e -> e.provider() == provider && e.category() == category).toList();
    }

    @Override
    public String toString() {
        return "PriceCatalog[" + entries.size() + " prices, " + description + "]";
    }
}
