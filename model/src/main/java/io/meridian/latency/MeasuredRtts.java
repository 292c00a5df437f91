package io.meridian.latency;

import io.meridian.catalog.CatalogException;
import io.meridian.catalog.RegionCatalog;
import io.meridian.catalog.UserFiles;
import io.meridian.model.Checks;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measured round trips between catalogue places, from the user's measured-RTT files ({@code from,to,rtt_ms[,percentile]};
 * {@link MeasuredRttCsv}). A measurement applies to every pair of design regions built from its two catalogue places
 * and replaces the estimate there, never the floor; a design's own {@code network} link for a pair wins over it
 * ({@link RegionLatencies}). Immutable.
 */
public final class MeasuredRtts {
    /** The user's global file under ~/.meridian. */
    public static final String FILE_NAME = "latency.csv";
    /** Environment variable naming the user's global file instead. */
    public static final String ENV_VAR = "MERIDIAN_LATENCY";
    private static final MeasuredRtts NONE = new MeasuredRtts(Map.of());

    private final Map<String, MeasuredRtt> byPair;

    private MeasuredRtts(Map<String, MeasuredRtt> byPair) {
        this.byPair = byPair;
    }

    /** No measurements: every pair is estimated. */
    public static MeasuredRtts none() {
        return NONE;
    }

    /**
     * Parses a measured-RTT file against a catalogue (whose ids the rows name). Closes the reader.
     *
     * @throws CatalogException one line {@code source:line: column: problem} for the first mistake
     */
    public static MeasuredRtts parse(Reader reader, String source, RegionCatalog catalog) {
        Checks.present(catalog, "catalog");
        return new MeasuredRtts(java.util.Collections.unmodifiableMap(MeasuredRttCsv.parse(reader, source, catalog)));
    }

    /**
     * Reads a file (UTF-8, a regular file of at most {@link UserFiles#MAX_FILE_BYTES}); errors name the path.
     *
     * @throws CatalogException when the file is missing, not a regular file, too large, not UTF-8 or has a bad row
     */
    public static MeasuredRtts load(Path file, RegionCatalog catalog) {
        return UserFiles.read(file, (reader, source) -> parse(reader, source, catalog));
    }

    /**
     * The user's global measurements: {@code $MERIDIAN_LATENCY} when set (it must exist), else
     * {@code <home>/.meridian/latency.csv} when it exists, else none.
     */
    public static MeasuredRtts forUser(Map<String, String> env, Path home, RegionCatalog catalog) {
        return UserFiles.find(env, home, ENV_VAR, FILE_NAME).map(f -> load(f, catalog)).orElse(NONE);
    }

    /** {@link #forUser(Map, Path, RegionCatalog)} for this process's environment and home folder. */
    public static MeasuredRtts forUser(RegionCatalog catalog) {
        return forUser(System.getenv(), Path.of(System.getProperty("user.home")), catalog);
    }

    /** These measurements with {@code over}'s laid over them: for a pair both give, {@code over}'s wins. */
    public MeasuredRtts overlaidWith(MeasuredRtts over) {
        if (over.byPair.isEmpty()) {
            return this;
        }
        if (byPair.isEmpty()) {
            return over;
        }
        Map<String, MeasuredRtt> merged = new LinkedHashMap<>(byPair);
        merged.putAll(over.byPair);
        return new MeasuredRtts(java.util.Collections.unmodifiableMap(merged));
    }

    /** The measurement between two catalogue places, in either order. */
    public Optional<MeasuredRtt> between(String catalogIdA, String catalogIdB) {
        if (catalogIdA == null || catalogIdB == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPair.get(MeasuredRtt.key(catalogIdA, catalogIdB)));
    }

    /** Every measured pair once, in file order (the lower layer's first). */
    public Collection<MeasuredRtt> all() {
        return byPair.values();
    }

    public int size() {
        return byPair.size();
    }

    public boolean isEmpty() {
        return byPair.isEmpty();
    }

    @Override
    public String toString() {
        return "MeasuredRtts[" + byPair.size() + " pairs]";
    }
}
