package io.meridian.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.meridian.model.ComponentKind;
import io.meridian.model.LinkKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON Schema editors validate with says what the reader says. */
class DesignSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                DesignReader.class.getResourceAsStream("meridian-1.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void theFullExampleIsValid() throws IOException {
        assertThat(schema().validate(JSON.readTree(DesignRoundTripTest.fullExample()))).isEmpty();
    }

    @Test
    void theCanonicalFormIsValid() throws IOException {
        String saved = DesignWriter.toJson(new DesignReader(TestCatalog.CATALOG)
                .read(DesignRoundTripTest.fullExample(), "full-example.json"));
        assertThat(schema().validate(JSON.readTree(saved))).isEmpty();
    }

    @Test
    void anUnknownFieldFailsValidation() throws IOException {
        ObjectNode design = (ObjectNode) JSON.readTree(DesignRoundTripTest.fullExample());
        ((ObjectNode) design.get("components").get(0)).put("colour", "red");

        Set<ValidationMessage> errors = schema().validate(design);
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains("colour");
    }

    @Test
    void outOfRangeValuesAndFieldsOfAnotherKindFailValidation() throws IOException {
        ObjectNode design = (ObjectNode) JSON.readTree(DesignRoundTripTest.fullExample());
        ((ObjectNode) design.get("components").get(1)).put("availability", 1.2);
        assertThat(schema().validate(design)).isNotEmpty();

        design = (ObjectNode) JSON.readTree(DesignRoundTripTest.fullExample());
        ((ObjectNode) design.get("components").get(1)).put("engine", "postgresql"); // a service has no engine
        assertThat(schema().validate(design)).isNotEmpty();

        design = (ObjectNode) JSON.readTree(DesignRoundTripTest.fullExample());
        ((ObjectNode) design.get("regions").get(3)).remove("lat"); // a custom place needs coordinates
        assertThat(schema().validate(design)).isNotEmpty();
    }

    @Test
    void theSchemaCarriesTheModelsLimits() throws IOException {
        ObjectNode design = (ObjectNode) JSON.readTree(DesignRoundTripTest.fullExample());
        ObjectNode component = (ObjectNode) design.get("components").get(1);
        component.put("instances", io.meridian.model.Limits.MAX_INSTANCES);
        component.put("hourlyPrice", io.meridian.model.Limits.MAX_HOURLY_PRICE);
        assertThat(schema().validate(design)).isEmpty();
        component.put("instances", io.meridian.model.Limits.MAX_INSTANCES + 1);
        assertThat(schema().validate(design).toString()).contains("instances");
        component.put("instances", 1);
        component.put("hourlyPrice", io.meridian.model.Limits.MAX_HOURLY_PRICE * 1.5);
        assertThat(schema().validate(design).toString()).contains("hourlyPrice");
    }

    @Test
    void aNumericInputMayBeARangeWithinTheFieldsLimits() throws IOException {
        JsonNode example = JSON.readTree(Files.readString(Path.of("../docs/examples/two-region-ranges.json")));
        assertThat(schema().validate(example)).isEmpty();
        String saved = DesignWriter.toJson(new DesignReader(io.meridian.catalog.RegionCatalog.builtin())
                .read(Path.of("../docs/examples/two-region-ranges.json")));
        assertThat(schema().validate(JSON.readTree(saved))).isEmpty();

        ObjectNode design = (ObjectNode) JSON.readTree(DesignRoundTripTest.fullExample());
        ObjectNode component = (ObjectNode) design.get("components").get(1);
        component.set("availability", JSON.readTree("{\"low\": 0.99, \"likely\": 0.995, \"high\": 1.2}"));
        assertThat(schema().validate(design).toString()).contains("availability");
        component.set("availability", JSON.readTree("{\"distribution\": \"lognormal\", \"median\": 0.99, "
                + "\"p90\": 0.995, \"low\": 0.9}"));
        assertThat(schema().validate(design)).isNotEmpty();
        component.set("availability", JSON.readTree("{\"low\": 0.99, \"high\": 0.999}")); // triangular needs likely
        assertThat(schema().validate(design)).isNotEmpty();
        component.set("availability", JSON.readTree("{\"distribution\": \"uniform\", \"low\": 0.99, "
                + "\"high\": 0.999}"));
        assertThat(schema().validate(design)).isEmpty();
        // Objectives are targets: a number only.
        ((ObjectNode) design.get("objectives")).set("availability",
                JSON.readTree("{\"low\": 0.99, \"likely\": 0.995, \"high\": 0.999}"));
        assertThat(schema().validate(design).toString()).contains("objectives");
    }

    @Test
    void theDocsCopyIsTheShippedResource() throws IOException {
        try (InputStream in = DesignReader.class.getResourceAsStream("meridian-1.schema.json")) {
            assertThat(Files.readString(Path.of("../docs/meridian-1.schema.json")))
                    .isEqualTo(new String(Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyObjectInTheSchemaHasExactlyTheFieldsTheReaderAccepts() throws IOException {
        JsonNode defs;
        try (InputStream in = DesignReader.class.getResourceAsStream("meridian-1.schema.json")) {
            JsonNode root = JSON.readTree(in);
            defs = root.get("$defs");
            assertThat(names(root)).isEqualTo(DesignReader.ROOT_FIELDS);
        }
        assertThat(names(defs.get("alternative"))).isEqualTo(DesignReader.ALTERNATIVE_FIELDS);
        assertThat(names(defs.get("assumptions"))).isEqualTo(SettingsReader.ASSUMPTION_FIELDS);
        assertThat(names(defs.get("routing"))).isEqualTo(SettingsReader.ROUTING_FIELDS);
        assertThat(names(defs.get("objectives"))).isEqualTo(SettingsReader.OBJECTIVE_FIELDS);
        assertThat(names(defs.get("region"))).isEqualTo(RegionReader.FIELDS);
        assertThat(names(defs.get("dataset"))).isEqualTo(ElementReader.DATASET_FIELDS);
        assertThat(names(defs.get("population"))).isEqualTo(ElementReader.POPULATION_FIELDS);
        assertThat(names(defs.get("routeWeight"))).isEqualTo(ElementReader.WEIGHT_FIELDS);
        assertThat(names(defs.get("zone"))).isEqualTo(ElementReader.ZONE_FIELDS);
        assertThat(names(defs.get("commonCauses"))).isEqualTo(CommonCausesReader.FIELDS);
        assertThat(names(defs.get("commonCauses").get("properties").get("globalChange")))
                .isEqualTo(CommonCausesReader.CHANGE_FIELDS);
        assertThat(names(defs.get("dependency"))).isEqualTo(CommonCausesReader.DEPENDENCY_FIELDS);
        assertThat(names(defs.get("range"))).isEqualTo(RangeReader.FIELDS);
        for (ComponentKind kind : ComponentKind.values()) {
            Set<String> expected = new HashSet<>(ComponentReader.COMMON_FIELDS);
            expected.addAll(ComponentReader.KIND_FIELDS.get(kind));
            assertThat(names(defs.get(camel(kind.id()) + "Component"))).as(kind.id()).isEqualTo(expected);
        }
        for (LinkKind kind : LinkKind.values()) {
            Set<String> expected = new HashSet<>(ElementReader.LINK_COMMON_FIELDS);
            expected.addAll(ElementReader.LINK_KIND_FIELDS.get(kind));
            assertThat(names(defs.get(kind.id() + "Link"))).as(kind.id()).isEqualTo(expected);
        }
    }

    private static Set<String> names(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }

    /** "object-store" → "objectStore", the naming of the schema's $defs. */
    private static String camel(String id) {
        StringBuilder s = new StringBuilder();
        for (String part : id.split("-")) {
            s.append(s.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }
}
