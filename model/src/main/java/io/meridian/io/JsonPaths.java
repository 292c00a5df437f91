package io.meridian.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON paths in the {@code $.components[3].region} notation used in every problem line. */
final class JsonPaths {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /**
     * Appends a model-relative path ({@code components[3].region}, {@code copies[0]}) to a JSON path.
     * The model's field names are the file's, so no translation is needed.
     */
    static String join(String parent, String relative) {
        return relative.startsWith("[") ? parent + relative : parent + "." + relative;
    }

    /**
     * The object holding the field a {@code $.…} path names, or null when the path leads nowhere (an element
     * since deleted); the field's name is {@link #lastField}.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode parentOf(JsonNode root, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot <= 1 ? root : resolve(root, path.substring(2, dot));
        return parent instanceof com.fasterxml.jackson.databind.node.ObjectNode o ? o : null;
    }

    static String lastField(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The node at a model-relative path below {@code node}, or a missing node. */
    static JsonNode resolve(JsonNode node, String relative) {
        Matcher m = SEGMENT.matcher(relative);
        JsonNode at = node;
        while (m.find()) {
            at = m.group(1) != null ? at.path(m.group(1)) : at.path(Integer.parseInt(m.group(2)));
        }
        return at;
    }
}
