package io.meridian.io.iac;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.model.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON of {@code terraform show -json} (a saved plan or a state; OpenTofu writes the same), format
 * version 1.x as documented in Terraform's "Internals: JSON Output Format". Resources come from
 * {@code planned_values} (plan) or {@code values} (state), root and child modules; each is redacted first, then
 * placed: its own region attribute, else its provider configuration's region (plan only), else its ARN or zone.
 */
public final class TerraformReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reference roots that name no resource. */
    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "each", "count", "path", "self",
            "terraform", "data", "module");

    private final String file;
    private final JsonNode root;
    private final Map<String, JsonNode> configByGroup = new HashMap<>();
    private final Map<String, JsonNode> sensitiveByAddress = new HashMap<>();

    private TerraformReader(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** Reads and checks the file; {@link ImportException} with one line when it is not an importable plan or state. */
    public static List<IacResource> read(Path path) throws IOException {
        String name = path.toString();
        byte[] bytes = Files.readAllBytes(path);
        return read(new String(bytes, StandardCharsets.UTF_8), name);
    }

    public static List<IacResource> read(String text, String file) {
        JsonNode root;
        if (text.isBlank()) {
            throw new ImportException(file, "the file is empty; expected the output of 'terraform show -json'");
        }
        try {
            root = JSON.readTree(text);
        } catch (JsonEOFException e) {
            throw new ImportException(file, "the JSON ends early at " + where(e.getLocation())
                    + " (truncated file?); expected the whole output of 'terraform show -json'");
        } catch (JsonParseException e) {
            if (e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                throw new ImportException(file, "the JSON ends early at " + where(e.getLocation())
                        + " (truncated file?); expected the whole output of 'terraform show -json'");
            }
            throw new ImportException(file, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " at " + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new ImportException(file, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ImportException(file, "not a Terraform plan or state: the JSON is not an object");
        }
        JsonNode version = root.get("format_version");
        if (version == null || !version.isTextual()) {
            throw new ImportException(file, "not a Terraform plan or state: no format_version (expected the "
                    + "output of 'terraform show -json')");
        }
        String major = version.asText().split("\\.", 2)[0];
        if (!major.equals("1")) {
            throw new ImportException(file, "format_version " + version.asText() + " is not supported: this "
                    + "importer reads format 1.x (terraform show -json of Terraform 0.12 and later, OpenTofu)");
        }
        return new TerraformReader(file, root).resources();
    }

    private static String where(JsonLocation at) {
        return at == null ? "the end" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private List<IacResource> resources() {
        boolean plan = root.has("planned_values");
        JsonNode values = plan ? root.get("planned_values") : root.get("values");
        if (values == null || !values.has("root_module")) {
            throw new ImportException(file, plan ? "the plan has no planned_values.root_module"
                    : "the state holds no resources (no values.root_module): nothing to import");
        }
        indexConfiguration(root.path("configuration").path("root_module"), "");
        for (JsonNode change : root.path("resource_changes")) {
            JsonNode mask = change.path("change").get("after_sensitive");
            if (mask != null) {
                sensitiveByAddress.merge(change.path("address").asText(), mask, Redaction::union);
            }
        }
        List<IacResource> out = new ArrayList<>();
        walk(values.get("root_module"), out);
        if (out.isEmpty()) {
            throw new ImportException(file, (plan ? "the plan" : "the state") + " holds no managed resources: "
                    + "nothing to import");
        }
        return out;
    }

    private void indexConfiguration(JsonNode module, String prefix) {
        for (JsonNode r : module.path("resources")) {
            configByGroup.put(prefix + r.path("address").asText(), r);
        }
        module.path("module_calls").fields().forEachRemaining(call ->
                indexConfiguration(call.getValue().path("module"), prefix + "module." + call.getKey() + "."));
    }

    private void walk(JsonNode module, List<IacResource> out) {
        for (JsonNode r : module.path("resources")) {
            if (!"managed".equals(r.path("mode").asText("managed"))) {
                continue; // data sources read, they create nothing
            }
            out.add(resource(r));
        }
        for (JsonNode child : module.path("child_modules")) {
            walk(child, out);
        }
    }

    private IacResource resource(JsonNode r) {
        String address = r.path("address").asText();
        String type = r.path("type").asText();
        String name = r.path("name").asText();
        String local = type + "." + name;
        int at = address.lastIndexOf(local);
        String modulePrefix = at > 0 ? address.substring(0, at) : "";
        String group = modulePrefix + local;
        JsonNode mask = Redaction.union(r.get("sensitive_values"), sensitiveByAddress.get(address));
        JsonNode values = Redaction.redact(r.get("values"), mask);
        JsonNode config = configByGroup.get(modulePrefix.replaceAll("\\[[^\\]]*\\]", "") + local);
        Provider provider = providerOf(type);
        String region = Regions.ofValues(provider, values);
        if (region == null && config != null) {
            region = providerRegion(config.path("provider_config_key").asText(null));
        }
        if (region == null) {
            region = Regions.fromArnOrZone(provider, values);
        }
        return new IacResource(address, group, name, type, provider, region, values,
                references(config, modulePrefix), file);
    }

    static Provider providerOf(String type) {
        if (type.startsWith("aws_")) {
            return Provider.AWS;
        }
        if (type.startsWith("google_")) {
            return Provider.GCP;
        }
        if (type.startsWith("azurerm_")) {
            return Provider.AZURE;
        }
        return Provider.OTHER;
    }

    /** The region of a provider configuration: a constant, or a root variable's value. */
    private String providerRegion(String key) {
        if (key == null) {
            return null;
        }
        JsonNode configs = root.path("configuration").path("provider_config");
        JsonNode p = configs.get(key);
        if (p == null && key.contains(":")) {
            p = configs.get(key.substring(key.lastIndexOf(':') + 1)); // passed down from the root module
        }
        if (p == null) {
            return null;
        }
        JsonNode region = p.path("expressions").path("region");
        if (region.has("constant_value")) {
            return region.get("constant_value").asText().toLowerCase(Locale.ROOT);
        }
        for (JsonNode ref : region.path("references")) {
            String s = ref.asText();
            if (s.startsWith("var.")) {
                JsonNode v = root.path("variables").path(s.substring(4)).get("value");
                if (v != null && v.isTextual()) {
                    return v.asText().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** Per attribute, the resource groups its expression refers to (plan only; a state has no configuration). */
    private static Map<String, List<String>> references(JsonNode config, String modulePrefix) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (config == null) {
            return out;
        }
        config.path("expressions").fields().forEachRemaining(e -> {
            Set<String> groups = new LinkedHashSet<>();
            collect(e.getValue(), modulePrefix, groups);
            if (!groups.isEmpty()) {
                out.put(e.getKey(), List.copyOf(groups));
            }
        });
        return out;
    }

    private static void collect(JsonNode expression, String modulePrefix, Set<String> groups) {
        if (expression.isArray()) {
            expression.forEach(x -> collect(x, modulePrefix, groups));
            return;
        }
        if (!expression.isObject()) {
            return;
        }
        expression.fields().forEachRemaining(e -> {
            if (e.getKey().equals("references")) {
                for (JsonNode ref : e.getValue()) {
                    String[] parts = ref.asText().split("\\.");
                    if (parts.length >= 2 && !NOT_RESOURCES.contains(parts[0])) {
                        groups.add(modulePrefix + parts[0] + "." + parts[1].replaceAll("\\[.*$", ""));
                    }
                }
            } else if (!e.getKey().equals("constant_value")) {
                collect(e.getValue(), modulePrefix, groups);
            }
        });
    }
}
