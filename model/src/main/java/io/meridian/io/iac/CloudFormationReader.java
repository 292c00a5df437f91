package io.meridian.io.iac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads CloudFormation templates (YAML with the intrinsic-function tags, or JSON), one stack per region, into the
 * same resources as a Terraform plan: each resource type is translated to its Terraform counterpart
 * ({@link CloudFormationTypes}), so one set of mappers serves both. {@code !Ref} to a parameter takes its
 * default, {@code AWS::Region} the stack's region; a {@code !Ref}/{@code !GetAtt} to a resource becomes a reference.
 */
public final class CloudFormationReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

    /** One template deployed to one region. */
    public record Stack(Path file, String region) {
    }

    /** A template file that cannot be read (missing, unreadable): the CLI says which. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        Unreadable(Path file, IOException cause) {
            super(cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private final Stack stack;
    private final String name;
    private final JsonNode parameters;

    private CloudFormationReader(Stack stack, String name, JsonNode parameters) {
        this.stack = stack;
        this.name = name;
        this.parameters = parameters;
    }

    public static List<IacResource> read(List<Stack> stacks) {
        List<IacResource> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Stack s : stacks) {
            String base = s.file().getFileName().toString().replaceFirst("\\.(ya?ml|json|template)$", "");
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + "-" + n;
            }
            out.addAll(read(s, name));
        }
        return out;
    }

    static List<IacResource> read(Stack stack, String stackName) {
        String text;
        try {
            text = Files.readString(stack.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unreadable(stack.file(), e);
        } catch (UncheckedIOException e) {
            throw new Unreadable(stack.file(), e.getCause());
        }
        JsonNode template = parse(text, stack.file().toString());
        JsonNode resources = template.get("Resources");
        if (resources == null || !resources.isObject() || resources.isEmpty()) {
            throw new ImportException(stack.file().toString(), "not a CloudFormation template: no Resources");
        }
        CloudFormationReader reader = new CloudFormationReader(stack, stackName,
                template.path("Parameters"));
        List<IacResource> out = new ArrayList<>();
        resources.fields().forEachRemaining(e -> out.addAll(reader.resource(e.getKey(), e.getValue())));
        return out;
    }

    private static JsonNode parse(String text, String file) {
        if (text.isBlank()) {
            throw new ImportException(file, "the file is empty; expected a CloudFormation template");
        }
        Object tree;
        try {
            tree = text.stripLeading().startsWith("{") ? JSON.readValue(text, Object.class)
                    : IntrinsicYaml.parser().load(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new ImportException(file, "not YAML: " + e.getProblem() + (m == null ? ""
                    : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)));
        } catch (YAMLException e) {
            throw new ImportException(file, "not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw new ImportException(file, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (!(tree instanceof Map)) {
            throw new ImportException(file, "not a CloudFormation template: the top level is not a mapping");
        }
        return JSON.valueToTree(tree);
    }

    private List<IacResource> resource(String logicalId, JsonNode declaration) {
        String cfnType = declaration.path("Type").asText("");
        // Secret-named properties go before anything reads them (CloudFormation marks nothing sensitive).
        JsonNode raw = Redaction.redact(declaration.path("Properties"), null);
        JsonNode props = resolve(raw);
        CloudFormationTypes.Translation t = CloudFormationTypes.translate(cfnType, props, raw, stack.region());
        List<IacResource> out = new ArrayList<>();
        out.add(resource(logicalId, t.type(), t.values(), t.sources(), raw));
        if (t.type().equals("aws_s3_bucket") && props.has("ReplicationConfiguration")) {
            // Replication is a block of the bucket here, a resource of its own in Terraform: split it off.
            ObjectNode values = F.objectNode();
            ArrayNode rules = values.putArray("rule");
            for (JsonNode rule : props.path("ReplicationConfiguration").path("Rules")) {
                String bucket = rule.path("Destination").path("Bucket").asText("").replaceFirst("^arn:aws:s3:::", "");
                rules.addObject().putArray("destination").addObject().put("bucket", bucket);
            }
            Map<String, List<String>> refs = new LinkedHashMap<>();
            refs.put("bucket", List.of(group(logicalId)));
            List<String> targets = references(raw.path("ReplicationConfiguration"));
            if (!targets.isEmpty()) {
                refs.put("rule", targets);
            }
            out.add(new IacResource(group(logicalId) + ".ReplicationConfiguration",
                    group(logicalId) + ".ReplicationConfiguration", logicalId,
                    "aws_s3_bucket_replication_configuration", Provider.AWS, stack.region(), values, refs,
                    stack.file().toString()));
        }
        return out;
    }

    private IacResource resource(String logicalId, String type, ObjectNode values, Map<String, String> sources,
                                 JsonNode raw) {
        Map<String, List<String>> refs = new LinkedHashMap<>();
        sources.forEach((tfAttribute, cfnProperty) -> {
            List<String> r = references(raw.path(cfnProperty));
            if (!r.isEmpty()) {
                refs.put(tfAttribute, r);
            }
        });
        values.put("logical_id", logicalId);
        return new IacResource(group(logicalId), group(logicalId), logicalId, type,
                type.startsWith("aws_") ? Provider.AWS : Provider.OTHER, stack.region(), values, refs,
                stack.file().toString());
    }

    /** Resources are addressed {@code stack.LogicalId}: two stacks may use the same logical ids. */
    private String group(String logicalId) {
        return name + "." + logicalId;
    }

    /** The resources a property refers to with Ref, GetAtt or a ${Resource} inside Sub. */
    private List<String> references(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        collect(n, out);
        return List.copyOf(out);
    }

    private void collect(JsonNode n, Set<String> out) {
        if (n.isObject()) {
            if (n.has("Ref") && n.get("Ref").isTextual() && !parameters.has(n.get("Ref").asText())
                    && !n.get("Ref").asText().startsWith("AWS::")) {
                out.add(group(n.get("Ref").asText()));
            }
            JsonNode getAtt = n.get("Fn::GetAtt");
            if (getAtt != null && getAtt.isArray() && getAtt.size() > 0) {
                out.add(group(getAtt.get(0).asText()));
            }
            JsonNode sub = n.get("Fn::Sub");
            if (sub != null) {
                Matcher m = SUB_VARIABLE.matcher(sub.isArray() ? sub.path(0).asText() : sub.asText());
                while (m.find()) {
                    String v = m.group(1).split("\\.")[0];
                    if (!v.startsWith("AWS::") && !parameters.has(v)) {
                        out.add(group(v));
                    }
                }
            }
            n.forEach(x -> collect(x, out));
        } else if (n.isArray()) {
            n.forEach(x -> collect(x, out));
        }
    }

    /**
     * Property values with the functions worked out where a template alone says: a parameter's default, the
     * stack's region, a Sub over those. What depends on a deployed resource (its id, an attribute) becomes null,
     * as Terraform leaves values unknown until apply.
     */
    private JsonNode resolve(JsonNode n) {
        if (n.isObject()) {
            if (n.size() == 1 && n.has("Ref")) {
                return ref(n.get("Ref").asText());
            }
            if (n.size() == 1 && n.has("Fn::Sub")) {
                JsonNode sub = n.get("Fn::Sub");
                return sub(sub.isArray() ? sub.path(0).asText() : sub.asText());
            }
            if (n.size() == 1 && n.fieldNames().next().startsWith("Fn::")) {
                return F.nullNode();
            }
            ObjectNode out = F.objectNode();
            n.fields().forEachRemaining(e -> out.set(e.getKey(), resolve(e.getValue())));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = F.arrayNode();
            n.forEach(x -> out.add(resolve(x)));
            return out;
        }
        return n;
    }

    private JsonNode ref(String target) {
        if (target.equals("AWS::Region")) {
            return F.textNode(stack.region());
        }
        JsonNode p = parameters.get(target);
        if (p != null && p.has("Default") && !p.path("NoEcho").asBoolean(false)
                && !"true".equalsIgnoreCase(p.path("NoEcho").asText())) {
            return p.get("Default");
        }
        return F.nullNode(); // a resource's id, or a parameter without a default: unknown until deployed
    }

    private JsonNode sub(String text) {
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode v = ref(m.group(1));
            if (v.isNull() || v.isContainerNode()) {
                return F.nullNode();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v.asText()));
        }
        m.appendTail(out);
        return F.textNode(out.toString());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
