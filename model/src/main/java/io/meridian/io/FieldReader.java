package io.meridian.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Design;
import io.meridian.model.EnumIds;
import io.meridian.model.ModelException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object. Every missing, mistyped or unknown field is logged with its path and
 * the read goes on with a fallback value, so one pass reports every problem; callers compare
 * {@link ProblemLog#count()} before and after to know whether the element is usable.
 * JSON null counts as absent.
 */
final class FieldReader {
    private final ObjectNode node;
    private final String path;
    private final ProblemLog log;
    private final int problemsBefore;

    FieldReader(ObjectNode node, String path, ProblemLog log) {
        this.node = node;
        this.path = path;
        this.log = log;
        this.problemsBefore = log.count();
    }

    /** A reader for {@code value} at {@code path}, or null (with a problem logged) when it is not an object. */
    static FieldReader of(JsonNode value, String path, ProblemLog log) {
        if (value instanceof ObjectNode object) {
            return new FieldReader(object, path, log);
        }
        log.add(path, "expected an object, got " + describe(value));
        return null;
    }

    ObjectNode node() {
        return node;
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return JsonPaths.field(path, field);
    }

    ProblemLog log() {
        return log;
    }

    /**
     * Constructs the element once its fields have been read: null when any field had a problem (so one bad
     * value is not reported twice), and the model's own validation turned into a problem at the field it names.
     */
    <T> T build(Supplier<T> constructor) {
        if (log.count() > problemsBefore) {
            return null;
        }
        try {
            return constructor.get();
        } catch (ModelException e) {
            log.add(JsonPaths.join(path, e.field()), e.problem());
            return null;
        }
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /**
     * Logs every field not in {@code allowed}. {@code explain} may give a more specific reason for a name
     * (e.g. a field of another component kind); when it returns null the field is reported as unknown.
     */
    void rejectUnknown(Set<String> allowed, Function<String, String> explain) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String reason = explain.apply(name);
                log.add(path, reason != null ? reason : "unknown field '" + name + "' (not in " + Design.SCHEMA
                        + "; written by a newer version?)");
            }
        }
    }

    void rejectUnknown(Set<String> allowed) {
        rejectUnknown(allowed, name -> null);
    }

    void missing(String field) {
        log.add(path, "missing field '" + field + "'");
    }

    /** A required string; null when missing or mistyped. */
    String text(String field) {
        return text(field, null);
    }

    /** An optional string; {@code fallback} when absent (null fallback = required). */
    String text(String field, String fallback) {
        JsonNode value = present(field, fallback == null);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            return wrongType(field, "a string", value, fallback);
        }
        return value.textValue();
    }

    /** An optional string that stays null when absent. */
    String optionalText(String field) {
        JsonNode value = present(field, false);
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.textValue() : wrongType(field, "a string", value, null);
    }

    /**
     * A number; {@code fallback} when absent, or required when fallback is null. Returns 0 on a problem. A range
     * object in its place gives its point value and is recorded ({@link RangeReader}).
     */
    double number(String field, Double fallback) {
        Double value = optionalNumber(field, fallback == null);
        return value != null ? value : fallback != null ? fallback : 0;
    }

    /** An optional number that stays null when absent. */
    Double optionalNumber(String field) {
        return optionalNumber(field, false);
    }

    private Double optionalNumber(String field, boolean required) {
        JsonNode value = present(field, required);
        if (value == null) {
            return null;
        }
        if (value instanceof ObjectNode range) {
            return RangeReader.read(range, this, field);
        }
        if (!value.isNumber()) {
            return wrongType(field, "a number", value, null);
        }
        return value.doubleValue();
    }

    /** An integer; {@code fallback} when absent, or required when fallback is null. Returns 0 on a problem. */
    int integer(String field, Integer fallback) {
        JsonNode value = present(field, fallback == null);
        if (value == null) {
            return fallback != null ? fallback : 0;
        }
        if (!value.isNumber()) {
            return wrongType(field, "an integer", value, 0);
        }
        double d = value.doubleValue();
        if (d != Math.rint(d) || !value.canConvertToInt()) {
            log.add(pathOf(field), "expected an integer, got " + value.asText());
            return 0;
        }
        return value.intValue();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = present(field, false);
        if (value == null) {
            return fallback;
        }
        return value.isBoolean() ? value.booleanValue() : wrongType(field, "true or false", value, fallback);
    }

    /** An enum by its file id ({@code object-store}); {@code fallback} when absent, or required when null. */
    <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        String id = text(field, fallback == null ? null : EnumIds.id(fallback));
        if (id == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (EnumIds.id(e).equals(id)) {
                return e;
            }
        }
        log.add(pathOf(field), "unknown " + field + " '" + id + "' (expected one of " + EnumIds.choices(type) + ")");
        return fallback;
    }

    /** An optional array of enum ids; unknown ones are logged at their index and left out. */
    <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (Item item : array(field)) {
            String id = item.value().isTextual() ? item.value().textValue() : null;
            E match = null;
            for (E e : type.getEnumConstants()) {
                if (EnumIds.id(e).equals(id)) {
                    match = e;
                }
            }
            if (match != null) {
                out.add(match);
            } else {
                log.add(item.path(), "unknown value " + (id == null ? describe(item.value()) : "'" + id + "'")
                        + " (expected one of " + EnumIds.choices(type) + ")");
            }
        }
        return out;
    }

    /** An optional array's items with their paths; empty when absent or mistyped. */
    List<Item> array(String field) {
        JsonNode value = present(field, false);
        List<Item> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            wrongType(field, "an array", value, null);
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            items.add(new Item(value.get(i), JsonPaths.index(pathOf(field), i)));
        }
        return items;
    }

    /** An optional array of strings (ids); the well-typed ones, with each mistyped item logged. */
    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        for (Item item : array(field)) {
            if (item.value().isTextual()) {
                out.add(item.value().textValue());
            } else {
                log.add(item.path(), "expected a string, got " + describe(item.value()));
            }
        }
        return out;
    }

    /** An optional nested object; null when absent or mistyped. */
    FieldReader object(String field) {
        JsonNode value = present(field, false);
        return value == null ? null : of(value, pathOf(field), log);
    }

    /** One element of an array, with its path. */
    record Item(JsonNode value, String path) {
    }

    private JsonNode present(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                missing(field);
            }
            return null;
        }
        return value;
    }

    private <T> T wrongType(String field, String expected, JsonNode value, T fallback) {
        log.add(pathOf(field), "expected " + expected + ", got " + describe(value));
        return fallback;
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
