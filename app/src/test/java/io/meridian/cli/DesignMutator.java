package io.meridian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile design files for {@link CliFuzzTest}: seeded mutations of the built-in templates and of a
 * small hand-written design. Each case applies one to three mutations, structural (on the JSON tree: delete,
 * duplicate, retype, extreme numbers, long or control-character strings, deep nesting, dangling references,
 * empty arrays) or textual (truncation, byte noise, a BOM). The same seed always gives the same cases.
 */
final class DesignMutator {
    /** The templates the generator starts from (the walkthrough files are not designs). */
    static final List<String> TEMPLATES = List.of("two-region-active-active", "residency-sharded",
            "crdt-collaboration", "ledger-2pc", "mysql-replication-lag", "active-passive-cdc", "blank",
            "cache-acked-replication", "checkout-tenant-partition", "cockroach-regional-by-row", "multicloud-cdc",
            "spanner-external-consistency", "ten-region-multicloud-2pc");

    static final String SMALL = """
            {"schema": "meridian/1", "name": "small",
             "regions": [{"id": "use1", "catalog": "aws:us-east-1"}, {"id": "euw1", "catalog": "aws:eu-west-1"}],
             "components": [
               {"id": "api", "kind": "service", "region": "use1", "instances": 3, "availability": 0.99,
                "capacityPerInstanceRps": 100},
               {"id": "db", "kind": "database", "region": "use1", "availability": 0.999},
               {"id": "db2", "kind": "database", "region": "euw1", "role": "replica", "availability": 0.999}
             ],
             "links": [{"id": "api-db", "kind": "dependency", "from": "api", "to": "db"},
                       {"id": "rep", "kind": "replication", "from": "db", "to": "db2", "mode": "async"}],
             "datasets": [{"id": "orders", "copies": ["db", "db2"], "writesPerSecond": 10}],
             "populations": [{"id": "us", "lat": 40, "lon": -74, "requestsPerSecond": 100}],
             "alternatives": [{"id": "alt", "name": "alt"}]}
            """;

    /** Placeholders swapped for number text Jackson's tree cannot hold as written. */
    private static final String HUGE_EXPONENT = "\"@@1e400@@\"";
    private static final String NEG_HUGE_EXPONENT = "\"@@-1e400@@\"";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One generated file: a name saying what was done, and its bytes. */
    record Case(String name, byte[] bytes) {
    }

    private final Random random;
    private final List<JsonNode> seeds = new ArrayList<>();
    private final List<String> seedNames = new ArrayList<>();

    DesignMutator(long seed) {
        this.random = new Random(seed);
        for (String id : TEMPLATES) {
            seeds.add(parse(template(id)));
            seedNames.add(id);
        }
        seeds.add(parse(SMALL));
        seedNames.add("small");
    }

    static String template(String id) {
        try (InputStream in = DesignMutator.class.getResourceAsStream("/io/meridian/templates/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no template " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Case> cases(int count) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(next(i));
        }
        return out;
    }

    private Case next(int index) {
        int s = random.nextInt(seeds.size());
        JsonNode tree = seeds.get(s).deepCopy();
        StringBuilder name = new StringBuilder(String.format("%04d-%s", index, seedNames.get(s)));
        // Mostly one mutation, so that many cases get past validation into the engines.
        int mutations = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2);
        for (int m = 0; m < mutations; m++) {
            name.append(' ').append(mutateTree(tree));
        }
        String text;
        try {
            text = JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = text.replace(HUGE_EXPONENT, "1e400").replace(NEG_HUGE_EXPONENT, "-1e400");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(8) == 0) {
            TextMutation t = textMutation(bytes);
            name.append(' ').append(t.what);
            bytes = t.bytes;
        }
        return new Case(name.toString(), bytes);
    }

    /** A value somewhere in the tree with its parent, so it can be replaced or removed. */
    private record Slot(JsonNode parent, String field, int index, JsonNode value, String path) {
    }

    private List<Slot> slots(JsonNode tree) {
        List<Slot> out = new ArrayList<>();
        collect(tree, "$", out);
        return out;
    }

    private static void collect(JsonNode node, String path, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String f = names.next();
                JsonNode v = object.get(f);
                out.add(new Slot(object, f, -1, v, path + "." + f));
                collect(v, path + "." + f, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i, array.get(i), path + "[" + i + "]"));
                collect(array.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private String mutateTree(JsonNode tree) {
        List<Slot> slots = slots(tree);
        if (slots.isEmpty()) {
            return "(empty)";
        }
        Slot slot = pickSlot(slots);
        int op = random.nextInt(13);
        switch (op) {
            case 0 -> {
                remove(slot);
                return "delete " + slot.path;
            }
            case 1 -> {
                if (slot.parent instanceof ArrayNode array) {
                    int copies = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 2);
                    for (int i = 0; i < copies; i++) {
                        array.add(slot.value.deepCopy());
                    }
                    return "duplicate " + slot.path + " x" + copies;
                }
                ((ObjectNode) slot.parent).set(slot.field + "Copy", slot.value.deepCopy());
                return "copy-field " + slot.path;
            }
            case 2, 3, 4 -> {
                List<Slot> numbers = slots.stream().filter(n -> n.value.isNumber()).toList();
                slot = numbers.isEmpty() || random.nextInt(4) == 0 ? slot : numbers.get(random.nextInt(numbers.size()));
                String literal = extremeNumber();
                replace(slot, literal.startsWith("@@") ? NODES.textNode(literal) : numberNode(literal));
                return "number " + slot.path + "=" + literal;
            }
            case 5 -> {
                replace(slot, retyped(slot.value));
                return "retype " + slot.path;
            }
            case 6 -> {
                replace(slot, NODES.textNode(oddString()));
                return "string " + slot.path;
            }
            case 7 -> {
                JsonNode nested = slot.value;
                int depth = 1 + random.nextInt(random.nextBoolean() ? 10 : 80);
                for (int i = 0; i < depth; i++) {
                    nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("x", nested);
                }
                replace(slot, nested);
                return "nest " + slot.path + " x" + depth;
            }
            case 8 -> {
                if (slot.value.isTextual()) {
                    replace(slot, NODES.textNode(danglingId(slot.value.textValue())));
                    return "dangle " + slot.path;
                }
                replace(slot, NODES.arrayNode());
                return "empty-array " + slot.path;
            }
            case 9 -> {
                if (slot.parent instanceof ObjectNode object) {
                    object.remove(slot.field);
                    object.set(slot.field.toUpperCase() + "_x", slot.value);
                    return "rename " + slot.path;
                }
                replace(slot, NODES.nullNode());
                return "null " + slot.path;
            }
            case 10 -> {
                replace(slot, NODES.objectNode());
                return "empty-object " + slot.path;
            }
            case 11 -> {
                return specialId(tree);
            }
            default -> {
                replace(slot, NODES.textNode(oddString().substring(0, 1)));
                return "char " + slot.path;
            }
        }
    }

    /** Prefers leaves (numbers and strings), which is where most validation lives. */
    private Slot pickSlot(List<Slot> slots) {
        for (int attempt = 0; attempt < 4; attempt++) {
            Slot s = slots.get(random.nextInt(slots.size()));
            if (s.value.isValueNode() || attempt == 3) {
                return s;
            }
        }
        throw new AssertionError();
    }

    /** Ids that collide with the model's own names or with each other. */
    private String specialId(JsonNode tree) {
        String[] ids = {"baseline", "", " ", "a b", "use1", "-x", "ünïcode", "x".repeat(5000)};
        String id = ids[random.nextInt(ids.length)];
        List<Slot> idSlots = slots(tree).stream().filter(s -> "id".equals(s.field)).toList();
        if (idSlots.isEmpty()) {
            return "(no ids)";
        }
        Slot s = idSlots.get(random.nextInt(idSlots.size()));
        replace(s, NODES.textNode(id));
        return "id " + s.path + "='" + (id.length() > 20 ? "x*5000" : id) + "'";
    }

    private String extremeNumber() {
        String[] numbers = {"2147483647", "2147483648", "-2147483648", "9223372036854775807",
                "99999999999999999999999", "1e308", "-1e308", "1.7976931348623157e308", "4.9e-324", "1e-300",
                "0", "-0.0", "-1", "-0.5", "0.5", "1.0000001", "1e9", "1e15", "123456789.123", "3", "1e6", "100001",
                "@@1e400@@", "@@-1e400@@",
                // at the documented limits (io.meridian.model.Limits), which the engines must compute with
                "100000", "1000000000", "100000000", "1000000", "1000000000000", "0.000001", "10000", "1000", "100"};
        return numbers[random.nextInt(numbers.length)];
    }

    private static JsonNode numberNode(String literal) {
        return parse(literal);
    }

    private JsonNode retyped(JsonNode value) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode(value.isTextual() ? "12" : value.asText());
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.nullNode();
            case 3 -> NODES.arrayNode().add(value.deepCopy());
            case 4 -> NODES.objectNode().set("v", value.deepCopy());
            default -> NODES.numberNode(random.nextInt(100));
        };
    }

    private String oddString() {
        String[] strings = {"\u0000", "\u001b[2J\u001b[H", "line\nbreak\r\n", "\t\u0007\u0008", "\u202e\u0645\u0631",
                "👩‍👩‍👧‍👦", "e\u0301", "\uFEFF", "\"quoted\"", "a".repeat(100_000), "ü".repeat(40_000),
                "NaN", "Infinity", "-Infinity", "null", "aws:us-east-1", "aws:no-such-region", "$.x", "%s%n"};
        return strings[random.nextInt(strings.length)];
    }

    private String danglingId(String id) {
        return random.nextBoolean() ? id + "-gone" : id.toUpperCase();
    }

    private static void remove(Slot slot) {
        if (slot.parent instanceof ObjectNode object) {
            object.remove(slot.field);
        } else {
            ((ArrayNode) slot.parent).remove(slot.index);
        }
    }

    private static void replace(Slot slot, JsonNode value) {
        if (slot.parent instanceof ObjectNode object) {
            object.set(slot.field, value);
        } else {
            ((ArrayNode) slot.parent).set(slot.index, value);
        }
    }

    private record TextMutation(String what, byte[] bytes) {
    }

    private TextMutation textMutation(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        switch (random.nextInt(5)) {
            case 0 -> {
                return new TextMutation("truncate@" + at, java.util.Arrays.copyOf(bytes, at));
            }
            case 1 -> {
                byte[] copy = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(4) && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return new TextMutation("noise", copy);
            }
            case 2 -> {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] copy = new byte[bytes.length + 3];
                System.arraycopy(bom, 0, copy, 0, 3);
                System.arraycopy(bytes, 0, copy, 3, bytes.length);
                return new TextMutation("bom", copy);
            }
            case 3 -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                return new TextMutation("trailing", (text + " {} ").getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int cut = text.indexOf("\"name\"");
                String dup = cut < 0 ? text : text.substring(0, cut) + "\"name\": \"dup\", " + text.substring(cut);
                return new TextMutation("duplicate-key", dup.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
