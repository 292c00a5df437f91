package io.meridian.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.catalog.RegionCatalog;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The built-in designs: {@code meridian/1} files shipped as resources beside this class, listed in
 * {@code index.json} in gallery order, each with a guided walkthrough in {@code <id>.walkthrough.json}.
 */
public final class Templates {
    /** The design the app opens on. */
    public static final String DEFAULT_ID = "two-region-active-active";

    private static final String INDEX = "index.json";

    private Templates() {
    }

    /** Every built-in design, in gallery order: the default first, the seeds' scenarios, then the blank design. */
    public static List<TemplateInfo> list() {
        JsonNode index;
        try (InputStream in = resource(INDEX)) {
            index = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in template index cannot be read", e);
        }
        List<TemplateInfo> out = new ArrayList<>();
        for (JsonNode entry : index) {
            out.add(new TemplateInfo(entry.path("id").asText(null), entry.path("title").asText(null),
                    entry.path("summary").asText(null), entry.path("seed").asText(null)));
        }
        return List.copyOf(out);
    }

    /**
     * Loads a built-in design, resolving its regions against the built-in catalogue (not the user's, so a
     * template means the same on every machine).
     *
     * @throws IllegalArgumentException for an id that is not listed, naming the ones that are
     */
    public static Design load(String id) {
        String file = checked(id) + ".json";
        return new DesignReader(RegionCatalog.builtin()).read(text(file), "templates/" + file);
    }

    /**
     * The guided walkthrough of a built-in design, checked against the design: every step's variant, highlighted
     * element and failed region exists in it.
     *
     * @throws IllegalArgumentException for an unknown id, or (a bug in a shipped file) a walkthrough that does not
     *                                  fit its design, one line per problem
     */
    public static Walkthrough walkthrough(String id) {
        Design design = load(id);
        String file = id + ".walkthrough.json";
        return WalkthroughReader.read(id, text(file), "templates/" + file, design);
    }

    private static String checked(String id) {
        List<String> known = list().stream().map(TemplateInfo::id).toList();
        if (!known.contains(id)) {
            throw new IllegalArgumentException("unknown template '" + id + "' (known: "
                    + known.stream().collect(Collectors.joining(", ")) + ")");
        }
        return id;
    }

    private static String text(String file) {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in template file '" + file + "' cannot be read", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Templates.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource io/meridian/templates/" + name);
        }
        return in;
    }
}
