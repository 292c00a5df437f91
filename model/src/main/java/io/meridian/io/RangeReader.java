package io.meridian.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.InputRange;
import io.meridian.model.RangeShape;
import io.meridian.model.UncertainInput;
import java.util.Set;

/**
 * Reads a range written where a number goes ({@code "availability": {"low": 0.999, "likely": 0.9995, "high":
 * 0.9999}}): the field takes the range's point value, and the range is recorded with the field's path. Whether its
 * ends are within the field's own limits is checked once the whole design has been read
 * ({@link RangeEnds}), through the same reader.
 */
final class RangeReader {
    static final Set<String> FIELDS = Set.of("distribution", "low", "likely", "high", "median", "p90", "label");

    private RangeReader() {
    }

    /** The point value, or null with the problems logged. */
    static Double read(ObjectNode node, FieldReader owner, String field) {
        String path = owner.pathOf(field);
        FieldReader f = new FieldReader(node, path, owner.log());
        f.rejectUnknown(FIELDS, name -> "unknown field '" + name + "' in a range (expected " + String.join(", ",
                new java.util.TreeSet<>(FIELDS)) + ")");
        RangeShape shape = f.choice("distribution", RangeShape.class, RangeShape.TRIANGULAR);
        Double low = plain(f, "low");
        Double likely = plain(f, "likely");
        Double high = plain(f, "high");
        Double median = plain(f, "median");
        Double p90 = plain(f, "p90");
        String label = f.optionalText("label");
        InputRange range = f.build(() -> new InputRange(shape, low, likely, high, median, p90, label));
        if (range == null) {
            return null;
        }
        owner.log().addUncertain(new UncertainInput(path, label != null ? label : label(owner, field), range));
        return range.pointValue();
    }

    /** A plain number: a range inside a range is not a thing. */
    private static Double plain(FieldReader f, String field) {
        JsonNode value = f.node().get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            f.log().add(f.pathOf(field), "expected a number, got " + FieldReader.describe(value));
            return null;
        }
        return value.doubleValue();
    }

    /** "US East (N. Virginia) · availability": the element's name, id or provider, else the object's own name. */
    private static String label(FieldReader owner, String field) {
        for (String key : new String[] {"name", "id", "provider"}) {
            JsonNode value = owner.node().get(key);
            if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                return value.textValue() + " · " + field;
            }
        }
        String path = owner.path();
        String last = path.substring(path.lastIndexOf('.') + 1);
        return (last.equals("$") ? "" : last + " · ") + field;
    }
}
