package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first thing done to a resource's attributes: every value marked sensitive goes, before any mapper sees them.
 * Terraform marks them in {@code sensitive_values} (values representation) and {@code after_sensitive} (change
 * representation): the same shape as the values, {@code true} at each sensitive leaf or subtree. Attributes named
 * like a secret go too, marked or not (CloudFormation marks nothing; providers forget to mark some).
 */
final class Redaction {
    /** Attribute names that hold secrets whatever their marking. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(password|passwd|secret|token|credential|private_?key|access_?key|connection_?string|auth|"
                    + "certificate|user_?data|custom_?data|primary_?key|secondary_?key).*");

    private Redaction() {
    }

    /** A copy of {@code values} without what {@code mask} marks and without secret-named attributes. */
    static JsonNode redact(JsonNode values, JsonNode mask) {
        if (mask != null && mask.isBoolean() && mask.booleanValue()) {
            return null;
        }
        if (values == null || values.isNull()) {
            return null;
        }
        if (values.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (isSecretName(e.getKey())) {
                    continue;
                }
                JsonNode kept = redact(e.getValue(), mask == null ? null : mask.get(e.getKey()));
                if (kept != null) {
                    out.set(e.getKey(), kept);
                }
            }
            return out;
        }
        if (values.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < values.size(); i++) {
                JsonNode kept = redact(values.get(i), mask == null ? null : mask.get(i));
                // Keep positions: a dropped element becomes null, so indexes still line up.
                out.add(kept == null ? JsonNodeFactory.instance.nullNode() : kept);
            }
            return out;
        }
        return values;
    }

    /** Merges two masks: a leaf is sensitive when either marks it. */
    static JsonNode union(JsonNode a, JsonNode b) {
        if (a == null || a.isNull() || (a.isBoolean() && !a.booleanValue())) {
            return b;
        }
        if (b == null || b.isNull() || (b.isBoolean() && !b.booleanValue())) {
            return a;
        }
        if (a.isBoolean() || b.isBoolean()) {
            return JsonNodeFactory.instance.booleanNode(true);
        }
        if (a.isObject() && b.isObject()) {
            ObjectNode out = ((ObjectNode) a).deepCopy();
            b.fields().forEachRemaining(e -> out.set(e.getKey(), union(out.get(e.getKey()), e.getValue())));
            return out;
        }
        if (a.isArray() && b.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                JsonNode u = union(a.get(i), b.get(i));
                out.add(u == null ? JsonNodeFactory.instance.booleanNode(false) : u);
            }
            return out;
        }
        return JsonNodeFactory.instance.booleanNode(true); // shapes differ: the safe reading
    }

    static boolean isSecretName(String name) {
        // "authentication_..." toggles and "auth" blocks alike hold nothing a mapper reads.
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
