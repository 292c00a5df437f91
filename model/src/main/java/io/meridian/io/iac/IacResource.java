package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.meridian.model.Provider;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One resource instance read from infrastructure code, its attributes already redacted ({@link Redaction}).
 *
 * @param address    Terraform's absolute address ({@code module.db.aws_rds_cluster.main[0]}) or a CloudFormation
 *                   logical id
 * @param group      the address without its instance key: {@code count}/{@code for_each} instances share it
 * @param localName  the resource's name in its module ({@code main}) or its logical id
 * @param type       Terraform resource type; CloudFormation types arrive translated ({@code aws_db_instance})
 * @param provider   AWS, GCP or AZURE; OTHER for any other provider
 * @param region     the provider's region code ({@code us-east-1}, {@code europe-west1}, {@code westeurope}), or
 *                   null when the code does not say
 * @param values     the redacted attributes
 * @param references per top-level attribute, the groups its configuration expression refers to
 * @param file       the file it came from, for the summary
 */
public record IacResource(String address, String group, String localName, String type, Provider provider,
                          String region, JsonNode values, Map<String, List<String>> references, String file) {
    public IacResource {
        values = values == null ? JsonNodeFactory.instance.objectNode() : values;
        references = Map.copyOf(references);
    }

    /** A text attribute (a path of keys and list indexes into nested blocks), or null when absent or blank. */
    public String text(Object... path) {
        JsonNode n = at(path);
        return n == null || n.isNull() || n.isContainerNode() || n.asText().isBlank() ? null : n.asText();
    }

    public OptionalDouble number(Object... path) {
        JsonNode n = at(path);
        if (n == null || n.isNull()) {
            return OptionalDouble.empty();
        }
        if (n.isNumber()) {
            return OptionalDouble.of(n.doubleValue());
        }
        try {
            return OptionalDouble.of(Double.parseDouble(n.asText().strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public boolean flag(Object... path) {
        JsonNode n = at(path);
        return n != null && (n.isBoolean() ? n.booleanValue() : "true".equalsIgnoreCase(n.asText()));
    }

    /** The list at this path (a nested block or a list attribute); empty when absent. */
    public List<JsonNode> list(Object... path) {
        JsonNode n = at(path);
        if (n == null || !n.isArray()) {
            return n != null && n.isObject() ? List.of(n) : List.of();
        }
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    public JsonNode at(Object... path) {
        JsonNode n = values;
        for (Object step : path) {
            if (n == null) {
                return null;
            }
            n = step instanceof Integer i ? n.get(i) : n.get(step.toString());
        }
        return n;
    }

    public List<String> referencesOf(String attribute) {
        return references.getOrDefault(attribute, List.of());
    }
}
