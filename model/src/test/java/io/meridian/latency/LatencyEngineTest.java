package io.meridian.latency;

import static io.meridian.routing.Designs.database;
import static io.meridian.routing.Designs.population;
import static io.meridian.routing.Designs.region;
import static io.meridian.routing.Designs.service;
import static io.meridian.routing.Designs.withWeights;
import static io.meridian.routing.Designs.withZone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.Problem;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.routing.RegionAssignment.Basis;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyEngineTest {
    // us-east-1 at Washington DC, eu-west-1 at Dublin: 5,455.96 km apart, floor RTT 54.56 ms.
    private static final Topology DESIGN = Topology.EMPTY
            .withRegion(region("use1", 38.9072, -77.0369))
            .withRegion(region("euw1", 53.3498, -6.2603))
            .withComponent(service("api-us", "use1"))
            .withComponent(service("api-eu", "euw1"))
            .withComponent(database("db-us", "use1", DatabaseRole.PRIMARY))
            .withComponent(database("db-eu", "euw1", DatabaseRole.REPLICA))
            .withLink(Link.replication("us-to-eu", "db-us", "db-eu", ReplicationMode.ASYNC))
            .withLink(Link.network("atlantic", "use1", "euw1", 68))
            .withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
            .withDataset(new Dataset("orders", "Orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                    6000, 512, false, null, List.of("db-us", "db-eu"), 0))
            // Users in Dublin itself: 0 km to euw1.
            .withPopulation(withZone(population("eu-users", 53.3498, -6.2603), "eu"))
            .withPopulation(withWeights(population("us-users", 38.9072, -77.0369),
                    new RouteWeight("use1", 0.6), new RouteWeight("euw1", 0.4)));

    @Test
    void reportsRegionAndPopulationMatrices() {
        LatencyReport r = LatencyEngine.evaluate(DESIGN);
        assertThat(r.regions().rowIds()).containsExactly("use1", "euw1");
        assertThat(r.regions().typicalRttMs().get(0).get(1)).isEqualTo(68.0);
        assertThat(r.regions().floorRttMs().get(1).get(0)).isCloseTo(54.56, offset(0.01));
        assertThat(r.regions().typicalRttMs().get(1).get(1)).isZero();
        assertThat(r.measuredPaths()).singleElement()
                .satisfies(p -> assertThat(p.latency().measuredByLinkId()).isEqualTo("atlantic"));
        assertThat(r.populations().rowIds()).containsExactly("eu-users", "us-users");
        assertThat(r.populations().columnIds()).containsExactly("use1", "euw1");
        assertThat(r.populations().distanceKm().get(0).get(1)).isZero();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void readLatencyIsTheTypicalRttToTheServingRegions() {
        LatencyReport r = LatencyEngine.evaluate(DESIGN);
        assertThat(r.routing().get("eu-users").basis()).isEqualTo(Basis.NEAREST_PERMITTED);
        // eu-users stand in Dublin: 0 km → floor 0; corridor EU within (overhead 2 ms) plus the whole short-hop
        // overhead at 0 km (1.75 ms): typical 0 × 1.92 + 2 + 1.75 = 3.75 ms.
        ReadLatency eu = r.reads().get(0);
        assertThat(eu.latency().meanMs().value()).isCloseTo(3.75, offset(1e-9));
        assertThat(eu.latency().floorMeanMs().value()).isZero();
        // us-users in DC, 60% to use1 (0 km, NA within: 0 + 1 + 1.75 = 2.75 ms), 40% to euw1 (5,455.96 km: floor
        // 54.5596 ms, corridor NA–EU: 54.5596 × 1.54 + 0 = 84.02 ms). Mean 0.6 × 2.75 + 0.4 × 84.02 = 35.26 ms;
        // slowest region 84.02 ms; p99 = 1.2 × 84.02 = 100.82 ms (no service time stated).
        ReadLatency us = r.reads().get(1);
        assertThat(us.latency().byRegion()).extracting(ServedLatency::share).containsExactly(0.6, 0.4);
        assertThat(us.latency().meanMs().value()).isCloseTo(35.26, offset(0.01));
        assertThat(us.latency().slowestRegionMs().value()).isCloseTo(84.02, offset(0.01));
        assertThat(us.latency().p99Ms().value()).isCloseTo(100.82, offset(0.01));
        assertThat(us.latency().floorSlowestRegionMs().value()).isCloseTo(54.56, offset(0.01));
    }

    @Test
    void writeLatencyForEveryDatasetAndPopulation() {
        LatencyReport r = LatencyEngine.evaluate(DESIGN);
        assertThat(r.writes()).extracting(WriteLatency::datasetId, WriteLatency::populationId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders", "eu-users"),
                        org.assertj.core.groups.Tuple.tuple("orders", "us-users"));
        // EU users: 3.75 ms to Dublin (above), forwarded to the primary in use1 over the measured 68 ms: 71.75 ms.
        assertThat(r.writes().get(0).latency().meanMs().value()).isCloseTo(71.75, offset(1e-9));
    }

    @Test
    void anUnservablePopulationHasNoFigureButAReason() {
        // A design with no regions yet: nothing can serve anyone.
        LatencyReport r = LatencyEngine.evaluate(Topology.EMPTY.withPopulation(population("lonely", 0, 0))
                .withDataset(new Dataset("d", "d", WriteStrategy.MULTI_PRIMARY, ConflictResolution.LWW, 1, 1, true,
                        null, List.of(), 0)));
        assertThat(r.reads().get(0).latency()).isNull();
        assertThat(r.reads().get(0).unavailable()).isEqualTo("population 'lonely' has no region it may use");
        assertThat(r.writes().get(0).unavailable()).isEqualTo("dataset 'd' has no copies");
    }

    @Test
    void overridesBelowTheFloorAreReported() {
        LatencyReport r = LatencyEngine.evaluate(DESIGN.withLink(Link.network("atlantic", "use1", "euw1", 20)));
        assertThat(r.problems()).extracting(Problem::path).containsExactly("links[1].rttMs");
        assertThat(r.regions().typicalRttMs().get(0).get(1)).isCloseTo(54.56, offset(0.01));
    }

    @Test
    void serializesToJsonAndBack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        LatencyReport r = LatencyEngine.evaluate(DESIGN);
        String text = json.writeValueAsString(r);
        JsonNode tree = json.readTree(text);
        assertThat(tree.fieldNames()).toIterable().containsExactly("regions", "measuredPaths", "populations",
                "routing", "reads", "writes", "datasetReads", "problems");
        assertThat(tree.at("/routing/us-users/shares/0/share").asDouble()).isEqualTo(0.6);
        assertThat(tree.at("/reads/0/latency/meanMs/formula").asText())
                .isEqualTo("Σ share × latency over the serving regions");
        assertThat(json.readValue(text, LatencyReport.class)).isEqualTo(r);
    }
}
