package io.meridian.templates;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.catalog.RegionCatalog;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The built-in designs: {@code meridian/1} files shipped as resources beside this class, listed in
 * {@code index.json} in gallery order.
 */
public final class Templates {
    /** The design the app opens on. */
    public static final String DEFAULT_ID = "two-region-active-active";

    private static final String INDEX = "index.json";

    private Templates() {
    }

    /** Every built-in design, in gallery order. */
    public static List<TemplateInfo> list() {
        try (InputStream in = resource(INDEX)) {
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<TemplateInfo>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in template index cannot be read", e);
        }
    }

    /**
     * Loads a built-in design, resolving its regions against the built-in catalogue (not the user's, so a
     * template means the same on every machine).
     *
     * @throws IllegalArgumentException for an id that is not listed, naming the ones that are
     */
    public static Design load(String id) {
        List<String> known = list().stream().map(TemplateInfo::id).toList();
        if (!known.contains(id)) {
            throw new IllegalArgumentException("unknown template '" + id + "' (known: "
                    + known.stream().collect(Collectors.joining(", ")) + ")");
        }
        String file = id + ".json";
        try (InputStream in = resource(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new DesignReader(RegionCatalog.builtin()).read(text, "templates/" + file);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in template '" + id + "' cannot be read", e);
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
