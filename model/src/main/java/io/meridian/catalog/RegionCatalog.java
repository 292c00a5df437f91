package io.meridian.catalog;

import io.meridian.model.Provider;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of known regions and places, shipped as data ({@code regions.csv} beside this class)
 * and extendable by the user. Immutable.
 */
public final class RegionCatalog {
    /** The built-in resource, beside this class. */
    public static final String RESOURCE = "regions.csv";
    /** Environment variable naming the user's catalogue file. */
    public static final String ENV_VAR = "MERIDIAN_CATALOG";
    /** Availability of a whole cloud region when a row leaves it blank: the seeds' 99.95%. */
    public static final double DEFAULT_AVAILABILITY = 0.9995;

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byId;

    /** @throws CatalogException when two entries share an id */
    public RegionCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, CatalogEntry> index = new LinkedHashMap<>();
        for (CatalogEntry e : this.entries) {
            if (index.putIfAbsent(e.id(), e) != null) {
                throw new CatalogException("duplicate catalogue id '" + e.id() + "'");
            }
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** Lazily loaded once; the resource is part of the jar, so a failure here is a build error. */
    private static final class Builtin {
        static final RegionCatalog INSTANCE = loadResource();

        private static RegionCatalog loadResource() {
            InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource io/meridian/catalog/" + RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    /** The built-in catalogue, loaded from the CSV resource once. */
    public static RegionCatalog builtin() {
        return Builtin.INSTANCE;
    }

    /**
     * Parses a catalogue CSV (header {@code provider,code,name,city,country,lat,lon,jurisdiction,availability,zones};
     * '#' comment lines and blank lines are skipped; blank availability means {@link #DEFAULT_AVAILABILITY},
     * blank zones means 0). Closes the reader.
     *
     * @param sourceName used in error messages, e.g. {@code regions.csv}
     * @throws CatalogException with a one-line message {@code source:line: field: problem}
     */
    public static RegionCatalog load(Reader reader, String sourceName) {
        return new RegionCatalog(RegionCsv.parse(reader, sourceName));
    }

    /** Reads a catalogue file (UTF-8); errors name the path. */
    public static RegionCatalog load(Path file) {
        return UserFiles.read(file, RegionCatalog::load);
    }

    /**
     * The built-in catalogue merged with the user's file: {@code $MERIDIAN_CATALOG} when set, else
     * {@code ~/.meridian/regions.csv} when it exists.
     */
    public static RegionCatalog forUser() {
        return forUser(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * {@link #forUser()} with the environment and home folder given, for tests and embedding. A file named by
     * {@code MERIDIAN_CATALOG} must exist (a typo there should not pass silently); the default file is optional.
     */
    public static RegionCatalog forUser(Map<String, String> env, Path home) {
        return UserFiles.find(env, home, ENV_VAR, RESOURCE).map(f -> builtin().withOverrides(load(f)))
                .orElse(builtin());
    }

    /** The built-in catalogue merged with {@code userFile} when that file exists, else the built-in one. */
    public static RegionCatalog forUser(Path userFile) {
        return Files.exists(userFile) ? builtin().withOverrides(load(userFile)) : builtin();
    }

    /** {@code <home>/.meridian/regions.csv}. */
    public static Path defaultUserFile(Path home) {
        return UserFiles.defaultFile(home, RESOURCE);
    }

    /**
     * This catalogue with {@code other} laid over it: an entry of {@code other} with an id already here replaces
     * it in place; new ids are appended in {@code other}'s order.
     */
    public RegionCatalog withOverrides(RegionCatalog other) {
        Map<String, CatalogEntry> merged = new LinkedHashMap<>(byId);
        for (CatalogEntry e : other.entries) {
            merged.put(e.id(), e);
        }
        return new RegionCatalog(new ArrayList<>(merged.values()));
    }

    /** All entries, in file order. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The entry with this id; ids are lower case, so the lookup ignores case and surrounding spaces. */
    public Optional<CatalogEntry> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The entry with this id.
     *
     * @throws CatalogException {@code unknown place 'aws:us-east-9' (did you mean aws:us-east-1?)}
     */
    public CatalogEntry require(String id) {
        return find(id).orElseThrow(() -> new CatalogException(unknownMessage(id)));
    }

    /** The entries of one provider, in file order. */
    public List<CatalogEntry> byProvider(Provider provider) {
        return entries.stream().filter(e -> e.provider() == provider).toList();
    }

    /**
     * The id closest to {@code text} by edit distance, when one is close enough to be a plausible typo. Text
     * without a provider prefix is compared with the codes, so {@code westeurope} suggests {@code azure:westeurope}.
     * Ties go to the earlier entry in the catalogue.
     */
    public Optional<String> closestId(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        boolean qualified = wanted.contains(":");
        CatalogEntry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CatalogEntry e : entries) {
            int d = EditDistance.between(wanted, qualified ? e.id() : e.code());
            if (d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        int limit = Math.max(3, wanted.length() / 2);
        return best != null && bestDistance <= limit ? Optional.of(best.id()) : Optional.empty();
    }

    private String unknownMessage(String id) {
        String shown = id == null ? "" : id.strip();
        return "unknown place '" + shown + "'" + closestId(shown)
                .map(s -> " (did you mean " + s + "?)")
                .orElse(" (catalogue ids look like aws:us-east-1, gcp:europe-west1 or azure:westeurope)");
    }

    @Override
    public String toString() {
        return "RegionCatalog[" + entries.size() + " entries]";
    }
}
