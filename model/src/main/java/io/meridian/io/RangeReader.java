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
        // A derived label is worked out from the design once read (DesignReader.labelled): the canonical form's names.
        owner.log().addUncertain(new UncertainInput(path, label != null ? label : path, range));
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

    /**
     * "US East (N. Virginia) · availability": the name, id or provider of the element holding the field in the
     * design's canonical form (so a catalogue region is called by the catalogue's name, however the file spelt it),
     * else the holding object's own name ("assumptions · downtimeCostPerHour").
     */
    static String label(ObjectNode canonical, String path) {
        String field = JsonPaths.lastField(path);
        ObjectNode owner = JsonPaths.parentOf(canonical, path);
        for (String key : new String[] {"name", "id", "provider"}) {
            JsonNode value = owner == null ? null : owner.get(key);
            if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                return value.textValue() + " · " + field;
            }
        }
        String ownerPath = path.substring(0, path.lastIndexOf('.'));
        String last = ownerPath.substring(ownerPath.lastIndexOf('.') + 1);
        return (last.equals("$") ? "" : last + " · ") + field;
    }
}
