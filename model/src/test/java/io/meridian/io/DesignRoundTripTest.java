package io.meridian.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.LinkKind;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.CommonCauses;
import io.meridian.model.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DesignRoundTripTest {
    private final DesignReader reader = new DesignReader(TestCatalog.CATALOG);

    static String fullExample() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                DesignRoundTripTest.class.getResourceAsStream("full-example.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFullExampleLoadsWithEveryElementKind() throws IOException {
        Design design = reader.read(fullExample(), "full-example.json");
        Topology t = design.topology();

        assertThat(t.components()).extracting(Component::kind).containsAll(Arrays.asList(ComponentKind.values()));
        assertThat(t.links()).extracting(l -> l.kind()).containsAll(Arrays.asList(LinkKind.values()));
        assertThat(t.link("orders-to-ledger").orElseThrow().mode()).isEqualTo(ReplicationMode.CDC);
        assertThat(t.link("orders-to-ledger").orElseThrow().via()).isEqualTo("cdc-use1");
        assertThat(t.link("orders-east-west").orElseThrow().lagP50Ms()).isEqualTo(250);
        assertThat(t.link("orders-east-west").orElseThrow().lagP99Ms()).isEqualTo(900);
        assertThat(t.datasets().get(0).burst()).isEqualTo(new io.meridian.model.WriteBurst(4000, 60));
        assertThat(t.datasets().get(0).fencingSeconds()).isEqualTo(10);
        assertThat(design.space().spares()).isEqualTo(2);
        assertThat(design.space().instanceTypes().get(0).options()).extracting(o -> o.item() + "@" + o.hourlyPrice())
                .containsExactly("m5.xlarge@null", "c6i.xlarge@0.17");
        assertThat(design.space().optionalRegions()).containsExactly("usw2");
        assertThat(design.space().writeStrategies().get(0).strategies()).hasSize(2);
        assertThat(design.alternatives()).hasSize(1);
        assertThat(design.layout().positions()).containsKey("api-use1");
        assertThat(design.layout().cards()).containsEntry("use1", new io.meridian.model.Layout.CardOffset(24, -96));
        assertThat(t.assumptions().downtimeCostPerHour()).isEqualTo(1_000_000);
        assertThat(t.assumptions().wanCutHours()).isEqualTo(24);
        assertThat(t.providers()).singleElement().satisfies(p -> {
            assertThat(p.mttrHours()).isEqualTo(4);
            assertThat(p.discountPercent()).isEqualTo(20);
        });
        assertThat(t.population("us").orElseThrow().responseBytes()).isEqualTo(4000);
        assertThat(t.population("eu").orElseThrow().responseBytes()).isNull();
        assertThat(t.component("assets-use1").orElseThrow().spec())
                .isEqualTo(new ComponentSpec.ObjectStore(500, 50));
        assertThat(t.scenarios()).singleElement().satisfies(s -> {
            assertThat(s.regionIds()).containsExactly("use1");
            assertThat(s.providers()).containsExactly(Provider.GCP);
        });
    }

    @Test
    void theFullExampleLoadsWithTheBuiltInCatalogue() throws IOException {
        Design design = new DesignReader(io.meridian.catalog.RegionCatalog.builtin())
                .read(fullExample(), "full-example.json");
        assertThat(design.topology().region("use1").orElseThrow().name()).isEqualTo("US East (N. Virginia)");
        assertThat(new DesignReader(io.meridian.catalog.RegionCatalog.builtin())
                .read(DesignWriter.toJson(design), "saved.json")).isEqualTo(design);
    }

    @Test
    void catalogueRegionsAreFilledInAndFileFieldsOverride() throws IOException {
        Topology t = reader.read(fullExample(), "full-example.json").topology();

        Region use1 = t.region("use1").orElseThrow();
        assertThat(use1.catalogId()).isEqualTo("aws:us-east-1");
        assertThat(use1.name()).isEqualTo("US East (N. Virginia)");
        assertThat(use1.provider()).isEqualTo(Provider.AWS);
        assertThat(use1.location().lat()).isEqualTo(38.9);
        assertThat(use1.availability()).isEqualTo(0.9995);
        assertThat(use1.mttrHours()).isEqualTo(4.0);
        assertThat(use1.zones()).isEqualTo(6);

        assertThat(t.region("usw2").orElseThrow().mttrHours()).isEqualTo(6.0);
        assertThat(t.region("euw1").orElseThrow().availability()).isEqualTo(0.9999);
        // Zones per region: the file's values, else the defaults.
        assertThat(use1.zoneAvailability()).isEqualTo(0.9999);
        assertThat(use1.zoneMttrHours()).isEqualTo(3.5);
        assertThat(t.region("usw2").orElseThrow().zoneMttrHours()).isEqualTo(2.0);
        assertThat(t.region("euw1").orElseThrow().zoneAvailability()).isEqualTo(0.99995);
        assertThat(t.component("db-use1").orElseThrow().zoneRedundant()).isTrue();
        assertThat(t.component("db-usw2").orElseThrow().zoneRedundant()).isFalse();
        Region onPrem = t.region("fra-dc1").orElseThrow();
        assertThat(onPrem.catalogId()).isNull();
        assertThat(onPrem.provider()).isEqualTo(Provider.ONPREM);
        assertThat(onPrem.jurisdiction()).isEqualTo("EU");
    }

    @Test
    void optionalFieldsTakeTheirDocumentedDefaults() throws IOException {
        Design design = reader.read(fullExample(), "full-example.json");
        Component euDb = design.topology().component("db-euw1").orElseThrow();
        assertThat(euDb.instances()).isEqualTo(1);
        assertThat(euDb.spec()).isEqualTo(new ComponentSpec.Database("postgresql",
                io.meridian.model.DatabaseRole.PRIMARY, 5000, 1, 30));
        Component single = design.alternatives().get(0).topology().component("api-use1").orElseThrow();
        assertThat(single.spec()).isEqualTo(new ComponentSpec.Service(200, 0.7));
        assertThat(design.alternatives().get(0).topology().population("us").orElseThrow().readFraction())
                .isEqualTo(0.9);
        assertThat(design.topology().routing().convergenceSeconds()).isZero();
    }

    @Test
    void loadSaveLoadGivesAnEqualDesignAndAStableText() throws IOException {
        Design first = reader.read(fullExample(), "full-example.json");
        String saved = DesignWriter.toJson(first);
        Design second = reader.read(saved, "saved.json");

        assertThat(second).isEqualTo(first);
        assertThat(DesignWriter.toJson(second)).isEqualTo(saved);
    }

    @Test
    void theSavedFormIsCompleteAndCanonical() throws IOException {
        String saved = DesignWriter.toJson(reader.read(fullExample(), "full-example.json"));
        JsonNode tree = new ObjectMapper().readTree(saved);

        assertThat(saved).startsWith("{\n  \"schema\": \"meridian/1\",\n  \"name\": ");
        assertThat(saved).doesNotContain("\r").endsWith("}\n");
        JsonNode use1 = tree.get("regions").get(0);
        assertThat(use1.get("catalog").asText()).isEqualTo("aws:us-east-1");
        assertThat(use1.get("name").asText()).isEqualTo("US East (N. Virginia)");
        assertThat(use1.get("lat").asDouble()).isEqualTo(38.9);
        assertThat(tree.get("components").get(1).get("instances").toString()).isEqualTo("50");
        assertThat(tree.get("components").get(6).has("availability")).isFalse();
        assertThat(tree.get("components").get(6).get("mtbfHours").asDouble()).isEqualTo(8000);
        java.util.List<String> ids = new java.util.ArrayList<>();
        tree.get("layout").get("positions").fieldNames().forEachRemaining(ids::add);
        assertThat(ids).isSorted();
    }

    @Test
    void theEmptyDesignRoundTrips() {
        Design empty = Design.of("Blank", Topology.EMPTY);
        String saved = DesignWriter.toJson(empty);
        assertThat(reader.read(saved, "blank.json")).isEqualTo(empty);
        assertThat(reader.read("{\"schema\": \"meridian/1\"}", "minimal.json"))
                .isEqualTo(Design.of("Untitled design", Topology.EMPTY.withCommonCauses(CommonCauses.DEFAULTS)));
    }

    @Test
    void theDocumentedExampleIsTheTestedExample() throws IOException {
        String markdown = Files.readString(Path.of("../docs/file-format.md"));
        int section = markdown.indexOf("## Full example");
        assertThat(section).as("a 'Full example' section in docs/file-format.md").isNotNegative();
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(markdown.substring(section));
        assertThat(block.find()).as("a ```json block in the 'Full example' section").isTrue();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(block.group(1))).isEqualTo(json.readTree(fullExample()));
    }
}
