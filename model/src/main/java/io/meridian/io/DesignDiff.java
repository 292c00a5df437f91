package io.meridian.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Design;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of a design's infrastructure, element by element and field by field, read off
 * their file form (so every field the format has is compared, defaults written out as the file writes them): elements
 * added and removed by id, and for an element in both, each field whose value differs, old → new. Layout is not
 * compared (moving a card changes no consequence).
 */
public final class DesignDiff {
    /** The element lists of a topology, as the file names them. */
    private static final List<String> ELEMENTS = List.of("regions", "components", "links", "datasets", "populations",
            "zones", "scenarios", "providers");

    private DesignDiff() {
    }

    /**
     * One change.
     *
     * @param what    "added", "removed" or "changed"
     * @param element the element's list and id ("components/api-use1"), or the section ("routing", "objectives")
     * @param field   the field that changed ("instances"), empty for an element added or removed
     * @param before  the old value as written in the file, empty when added
     * @param after   the new value, empty when removed
     */
    public record Change(String what, String element, String field, String before, String after) {
    }

    /** The changes from the baseline of {@code before} to that of {@code after}. */
    public static List<Change> of(Design before, Design after) {
        ObjectNode a = DesignWriter.tree(Design.of(before.name(), before.topology()));
        ObjectNode b = DesignWriter.tree(Design.of(after.name(), after.topology()));
        List<Change> out = new ArrayList<>();
        for (String list : ELEMENTS) {
            Map<String, JsonNode> old = byId(a.get(list));
            Map<String, JsonNode> now = byId(b.get(list));
            for (String id : old.keySet()) {
                if (!now.containsKey(id)) {
                    out.add(new Change("removed", list + "/" + id, "", summary(old.get(id)), ""));
                }
            }
            for (Map.Entry<String, JsonNode> e : now.entrySet()) {
                JsonNode was = old.get(e.getKey());
                if (was == null) {
                    out.add(new Change("added", list + "/" + e.getKey(), "", "", summary(e.getValue())));
                } else {
                    fields(list + "/" + e.getKey(), was, e.getValue(), out);
                }
            }
        }
        Set<String> sections = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(sections::add);
        b.fieldNames().forEachRemaining(sections::add);
        for (String section : sections) {
            if (ELEMENTS.contains(section) || List.of("schema", "name", "description", "alternatives", "layout")
                    .contains(section)) {
                continue;
            }
            JsonNode was = a.get(section);
            JsonNode now = b.get(section);
            if (was == null || now == null) {
                if (was != now) {
                    out.add(new Change(was == null ? "added" : "removed", section, "", was == null ? "" : text(was),
                            now == null ? "" : text(now)));
                }
            } else {
                fields(section, was, now, out);
            }
        }
        return out;
    }

    private static void fields(String element, JsonNode was, JsonNode now, List<Change> out) {
        if (!was.isObject() || !now.isObject()) {
            if (!was.equals(now)) {
                out.add(new Change("changed", element, "", text(was), text(now)));
            }
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        was.fieldNames().forEachRemaining(names::add);
        now.fieldNames().forEachRemaining(names::add);
        for (String f : names) {
            JsonNode x = was.get(f);
            JsonNode y = now.get(f);
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change("changed", element, f, x == null ? "" : text(x), y == null ? "" : text(y)));
            }
        }
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (list != null && list.isArray()) {
            for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
                JsonNode e = it.next();
                String id = e.has("id") ? e.get("id").asText() : e.has("provider") ? e.get("provider").asText() : null;
                if (id != null) {
                    out.put(id, e);
                }
            }
        }
        return out;
    }

    private static String summary(JsonNode element) {
        return element.has("name") ? element.get("name").asText() : element.has("kind") ? element.get("kind").asText()
                : "";
    }

    private static String text(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }
}
