package io.meridian.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.RegionCatalog;
import io.meridian.catalog.UserFiles;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.DesignSpace;
import io.meridian.model.Layout;
import io.meridian.model.Topology;
import io.meridian.model.UncertainInput;
import io.meridian.model.Uncertainties;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@value Design#SCHEMA} design files. Returns a valid {@link Design} or throws a
 * {@link DesignFormatException} listing every problem found, one line each:
 * {@code design.json: $.components[3].region: no region with id 'use9'}.
 */
public final class DesignReader {
    static final Set<String> ROOT_FIELDS = fields(List.of("schema", "name", "description", "alternatives", "layout",
            "search"));
    static final Set<String> ALTERNATIVE_FIELDS = fields(List.of("id", "name", "description"));
    private static final Pattern SCHEMA_VERSION = Pattern.compile("meridian/(\\d+)");
    private static final Pattern JACKSON_LOCATION = Pattern.compile(
            "\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)]");
    /** Jackson's hints name its own settings (", from `StreamReadConstraints.getMaxNestingDepth()`"). */
    private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`");

    private final TopologyReader topologyReader;

    /** Regions that name a {@code "catalog"} entry are resolved against {@code catalog}. */
    public DesignReader(RegionCatalog catalog) {
        this.topologyReader = new TopologyReader(catalog);
    }

    /**
     * Resolves regions against the user's catalogue: the built-in one with the user's own places merged in
     * ({@link RegionCatalog#forUser()}).
     *
     * @throws io.meridian.catalog.CatalogException when the user's catalogue file is broken
     */
    public DesignReader() {
        this(RegionCatalog.forUser());
    }

    /**
     * Reads a design file; problems are reported under the path as given.
     *
     * @throws IOException when the file cannot be read at all (missing, unreadable)
     */
    public Design read(Path file) throws IOException {
        String source = file.toString();
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        if (size > DesignJson.MAX_FILE_BYTES) {
            throw tooLarge(source, size);
        }
        byte[] bytes = UserFiles.readBounded(file, DesignJson.MAX_FILE_BYTES,
                problem -> new DesignFormatException(List.of(FileProblem.whole(source, problem))));
        return read(source, () -> DesignJson.MAPPER.createParser(bytes));
    }

    /** Reads a design from text; {@code sourceName} names it in problem lines. */
    public Design read(String text, String sourceName) {
        if (text.length() > DesignJson.MAX_FILE_BYTES) {
            throw tooLarge(sourceName, text.length());
        }
        return read(sourceName, () -> DesignJson.MAPPER.createParser(text));
    }

    private interface TreeSource {
        JsonParser open() throws IOException;
    }

    private Design read(String source, TreeSource json) {
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = json.open();
            tree = DesignJson.MAPPER.readTree(parser);
        } catch (JsonProcessingException e) {
            // A refused nesting depth or length carries no location of its own; the parser still knows where it is.
            throw syntaxError(source, e, parser == null ? null : parser.currentLocation());
        } catch (IOException e) {
            throw new DesignFormatException(List.of(FileProblem.whole(source, "cannot read: " + e.getMessage())));
        } finally {
            close(parser);
        }
        return read(source, tree);
    }

    private static void close(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // in-memory input: nothing to release
        }
    }

    /** Reads a parsed tree; {@code source} names it in problem lines. */
    Design read(String source, JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            throw new DesignFormatException(List.of(FileProblem.whole(source,
                    "empty file (a design is a JSON object starting {\"schema\": \"" + Design.SCHEMA + "\", …})")));
        }
        ProblemLog log = new ProblemLog(source);
        if (!(tree instanceof ObjectNode object)) {
            log.add("$", "expected a JSON object (a Meridian design), got " + FieldReader.describe(tree));
            throw log.toException();
        }
        checkSchema(object, log);
        if (!log.isEmpty()) {
            throw log.toException();
        }
        FieldReader root = new FieldReader(object, "$", log);
        root.rejectUnknown(ROOT_FIELDS);
        String name = root.text("name", "");
        String description = root.text("description", "");
        Topology topology = topologyReader.read(root);
        List<Alternative> alternatives = alternatives(root);
        Layout layout = layout(root.object("layout"));
        FieldReader searchField = root.object("search");
        DesignSpace space = searchField == null ? DesignSpace.NONE : SearchSpaceReader.read(searchField);
        if (!log.isEmpty()) {
            throw log.toException();
        }
        Uncertainties uncertainties = new Uncertainties(log.uncertain());
        if (!uncertainties.isEmpty()) {
            RangeEnds.check(source, object, uncertainties.inputs(), t -> read(source, t), log);
            if (!log.isEmpty()) {
                throw log.toException();
            }
        }
        Design design = root.build(() -> {
            space.check(topology); // strictly here: a file naming what it does not have is told so, at the path
            return new Design(name, description, topology, alternatives, layout, uncertainties, space);
        });
        if (!log.isEmpty()) {
            throw log.toException();
        }
        return uncertainties.isEmpty() ? design : labelled(design);
    }

    /** Ranges without a label of their own are called after their element in the canonical form. */
    private static Design labelled(Design design) {
        ObjectNode canonical = DesignWriter.tree(design.withUncertainties(Uncertainties.NONE));
        return design.withUncertainties(new Uncertainties(design.uncertainties().inputs().stream()
                .map(u -> u.range().label() != null ? u
                        : new UncertainInput(u.path(), RangeReader.label(canonical, u.path()), u.range()))
                .toList()));
    }

    /** A file from a newer Meridian is not guessed at: its fields may mean something this version cannot know. */
    private static void checkSchema(ObjectNode root, ProblemLog log) {
        JsonNode schema = root.get("schema");
        if (schema == null) {
            log.add("$", "missing \"schema\": \"" + Design.SCHEMA + "\" (is this a Meridian design file?)");
            return;
        }
        if (!schema.isTextual()) {
            log.add("$.schema", "expected a string, got " + FieldReader.describe(schema));
            return;
        }
        String value = schema.textValue();
        if (value.equals(Design.SCHEMA)) {
            return;
        }
        Matcher version = SCHEMA_VERSION.matcher(value);
        if (version.matches() && new BigInteger(version.group(1)).compareTo(BigInteger.ONE) > 0) {
            log.add("$.schema", "'" + value + "' was written by a newer Meridian; this version reads "
                    + Design.SCHEMA + " (update Meridian to open it)");
        } else {
            log.add("$.schema", "unknown schema '" + value + "' (expected '" + Design.SCHEMA + "')");
        }
    }

    private List<Alternative> alternatives(FieldReader root) {
        List<Alternative> out = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        for (FieldReader.Item item : root.array("alternatives")) {
            FieldReader f = FieldReader.of(item.value(), item.path(), root.log());
            if (f == null) {
                continue;
            }
            f.rejectUnknown(ALTERNATIVE_FIELDS);
            String id = f.text("id");
            if (Design.isReserved(id)) {
                f.log().add(f.pathOf("id"), Design.RESERVED_ID);
            } else if (id != null) {
                String earlier = firstPath.putIfAbsent(id, f.pathOf("id"));
                if (earlier != null) {
                    f.log().add(f.pathOf("id"), "duplicate id '" + id + "' (already used at " + earlier + ")");
                }
            }
            String name = f.text("name", "");
            String description = f.text("description", "");
            Topology topology = topologyReader.read(f);
            Alternative alternative = f.build(() -> new Alternative(id, name, description, topology));
            if (alternative != null) {
                out.add(alternative);
            }
        }
        return out;
    }

    private static Layout layout(FieldReader f) {
        if (f == null) {
            return Layout.EMPTY;
        }
        f.rejectUnknown(Set.of("positions", "cards"));
        Map<String, Layout.CardOffset> cards = cards(f);
        FieldReader positions = f.object("positions");
        Map<String, Layout.Position> out = new LinkedHashMap<>();
        if (positions == null) {
            return new Layout(out, cards);
        }
        positions.node().fields().forEachRemaining(entry -> {
            FieldReader p = FieldReader.of(entry.getValue(), positions.pathOf(entry.getKey()), f.log());
            if (p == null) {
                return;
            }
            p.rejectUnknown(Set.of("x", "y"));
            double x = finite(p, "x");
            double y = finite(p, "y");
            Layout.Position position = p.build(() -> new Layout.Position(x, y));
            if (position != null) {
                out.put(entry.getKey(), position);
            }
        });
        return new Layout(out, cards);
    }

    /** {@code layout.cards}: region cards the user dragged aside, as offsets from their markers. */
    private static Map<String, Layout.CardOffset> cards(FieldReader f) {
        FieldReader cards = f.object("cards");
        Map<String, Layout.CardOffset> out = new LinkedHashMap<>();
        if (cards == null) {
            return out;
        }
        cards.node().fields().forEachRemaining(entry -> {
            FieldReader c = FieldReader.of(entry.getValue(), cards.pathOf(entry.getKey()), f.log());
            if (c == null) {
                return;
            }
            c.rejectUnknown(Set.of("dx", "dy"));
            double dx = finite(c, "dx");
            double dy = finite(c, "dy");
            Layout.CardOffset offset = c.build(() -> new Layout.CardOffset(dx, dy));
            if (offset != null) {
                out.put(entry.getKey(), offset);
            }
        });
        return out;
    }

    /** JSON cannot spell NaN, but 1e999 parses as infinity; {@link Layout.Position} refuses it at x or y. */
    private static double finite(FieldReader p, String field) {
        return p.number(field, null);
    }

    private static DesignFormatException syntaxError(String source, JsonProcessingException e,
                                                     JsonLocation parserLocation) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse("");
        message = JACKSON_LOCATION.matcher(message).replaceAll("line $1, column $2");
        message = JACKSON_SETTING.matcher(message).replaceAll("");
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            message = "more content after the end of the design object";
        }
        String what = e instanceof StreamConstraintsException ? "refused: " : "malformed JSON: ";
        JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                : parserLocation;
        if (location == null || location.getLineNr() < 1) {
            return new DesignFormatException(List.of(FileProblem.whole(source, what + message)));
        }
        return new DesignFormatException(List.of(new FileProblem(source, location.getLineNr(),
                location.getColumnNr(), "", what + message)));
    }

    private static DesignFormatException tooLarge(String source, long size) {
        return new DesignFormatException(List.of(FileProblem.whole(source, String.format(Locale.ROOT,
                "file is too large (%.1f MB; a design file may be at most %d MB)", size / 1048576.0,
                DesignJson.MAX_FILE_BYTES / 1048576))));
    }

    private static Set<String> fields(List<String> own) {
        Set<String> all = new HashSet<>(own);
        all.addAll(TopologyReader.FIELDS);
        return Set.copyOf(all);
    }
}
