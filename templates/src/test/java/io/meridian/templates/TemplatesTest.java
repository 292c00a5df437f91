package io.meridian.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.meridian.catalog.RegionCatalog;
import io.meridian.io.DesignReader;
import io.meridian.io.DesignWriter;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.GlobalRouting;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theIndexListsTheDefaultFirstAndTheBlankDesign() {
        assertThat(Templates.list()).extracting(TemplateInfo::id)
                .startsWith(Templates.DEFAULT_ID).contains("blank").doesNotHaveDuplicates();
        assertThat(Templates.list()).allSatisfy(t -> assertThat(t.title()).isNotBlank());
    }

    @Test
    void everyListedTemplateLoadsValidatesAndRoundTrips() throws IOException {
        JsonSchema schema;
        try (InputStream in = Objects.requireNonNull(DesignReader.class.getResourceAsStream("meridian-1.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
        DesignReader reader = new DesignReader(RegionCatalog.builtin());
        for (TemplateInfo info : Templates.list()) {
            Design design = Templates.load(info.id());
            String saved = DesignWriter.toJson(design);

            try (InputStream in = Templates.class.getResourceAsStream(info.id() + ".json")) {
                assertThat(schema.validate(JSON.readTree(in))).as(info.id() + " as shipped").isEmpty();
            }
            assertThat(schema.validate(JSON.readTree(saved))).as(info.id() + " as saved").isEmpty();
            assertThat(reader.read(saved, info.id() + ".json")).as(info.id()).isEqualTo(design);
            design.topology().components().forEach(c ->
                    assertThat(design.layout().positions()).as("layout of " + c.id()).containsKey(c.id()));
        }
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> Templates.load("three-region"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown template 'three-region' (known: two-region-active-active, ")
                .hasMessageEndingWith(", blank)");
    }

    @Test
    void blankIsEmpty() {
        Design blank = Templates.load("blank");
        assertThat(blank.topology()).isEqualTo(Topology.EMPTY.withCommonCauses(io.meridian.model.CommonCauses.DEFAULTS));
        assertThat(blank.alternatives()).isEmpty();
    }

    @Test
    void twoRegionActiveActiveCarriesTheSeedsFigures() {
        Topology t = Templates.load(Templates.DEFAULT_ID).topology();

        assertThat(t.region("use1").orElseThrow().catalogId()).isEqualTo("aws:us-east-1");
        assertThat(t.region("usw2").orElseThrow().catalogId()).isEqualTo("aws:us-west-2");
        assertThat(t.regions()).allSatisfy(r -> assertThat(r.availability()).isEqualTo(0.9995));

        // 60% / 40% of the load from the two coasts.
        double total = t.populations().stream().mapToDouble(Population::requestsPerSecond).sum();
        assertThat(t.population("east-coast").orElseThrow().requestsPerSecond() / total).isEqualTo(0.6);
        assertThat(t.population("west-coast").orElseThrow().requestsPerSecond() / total).isEqualTo(0.4);

        // 50 instances per region, where one region alone needs 75 at the target utilisation.
        Component east = t.component("api-use1").orElseThrow();
        Component west = t.component("api-usw2").orElseThrow();
        assertThat(east.instances()).isEqualTo(50);
        assertThat(west.instances()).isEqualTo(50);
        ComponentSpec.Service api = (ComponentSpec.Service) east.spec();
        assertThat(total / (api.capacityPerInstanceRps() * api.targetUtilization())).isCloseTo(75.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(east.hourlyPrice()).isEqualTo(0.096);

        // Primary in us-east-1, async replica in us-west-2 promoted in 30 s.
        ComponentSpec.Database primary = (ComponentSpec.Database) t.component("db-use1").orElseThrow().spec();
        ComponentSpec.Database replica = (ComponentSpec.Database) t.component("db-usw2").orElseThrow().spec();
        assertThat(primary.role()).isEqualTo(DatabaseRole.PRIMARY);
        assertThat(replica.role()).isEqualTo(DatabaseRole.REPLICA);
        assertThat(replica.promoteSeconds()).isEqualTo(30);
        assertThat(t.links()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.REPLICATION);
            assertThat(l.from()).isEqualTo("db-use1");
            assertThat(l.to()).isEqualTo("db-usw2");
            assertThat(l.mode()).isEqualTo(ReplicationMode.ASYNC);
        });
        assertThat(t.links()).anySatisfy(l -> assertThat(List.of(l.from(), l.to(), l.kind()))
                .containsExactly("assets-use1", "assets-usw2", LinkKind.REPLICATION));

        // Redis and S3 in both regions.
        for (String region : List.of("use1", "usw2")) {
            assertThat(t.componentsIn(region)).extracting(Component::kind)
                    .contains(ComponentKind.CACHE, ComponentKind.OBJECT_STORE, ComponentKind.SERVICE);
        }

        // Route 53 latency DNS: 10 s × 3 failures, 60 s TTL.
        GlobalRouting routing = t.routing();
        assertThat(routing.kind()).isEqualTo(RoutingKind.LATENCY_DNS);
        assertThat(routing.detectionSeconds()).isEqualTo(30);
        assertThat(routing.dnsTtlSeconds()).isEqualTo(60);

        assertThat(t.assumptions().downtimeCostPerHour()).isEqualTo(1_000_000);
        assertThat(t.objectives().availability()).isEqualTo(0.9999);
        assertThat(t.objectives().rtoSeconds()).isEqualTo(60);
        assertThat(t.objectives().rpoSeconds()).isEqualTo(5);
        assertThat(t.objectives().surviveLossOf()).isEqualTo(SurviveLoss.ANY_REGION);
    }
}
