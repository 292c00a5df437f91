package io.meridian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.capacity.CapacityEngine;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.RoutingKind;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each design rule fires on the design that breaks it, names the elements involved, and stays quiet otherwise. */
class FindingsTest {
    private static final Topology TWO_REGIONS = Topology.EMPTY
            .withRegion(region("use1", 38.9, -77.0))
            .withRegion(region("euw1", 53.3, -6.3))
            .withComponent(db("db-use1", "use1", DatabaseRole.PRIMARY))
            .withComponent(db("db-euw1", "euw1", DatabaseRole.REPLICA));

    static Region region(String id, double lat, double lon) {
        return new Region(id, null, id, Provider.AWS, new GeoPoint(lat, lon), "", 0.9995, 4, 3);
    }

    static Component db(String id, String regionId, DatabaseRole role) {
        return new Component(id, id, regionId, 1, 0.48, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }

    static Component api(String id, String regionId, int instances) {
        return new Component(id, id, regionId, instances, 0.096, Reliability.ofSla(0.999),
                new ComponentSpec.Service(200, 0.7));
    }

    static Dataset dataset(String id, WriteStrategy strategy, ConflictResolution conflict, boolean commutative,
                           String zoneId, String... copies) {
        return new Dataset(id, id, strategy, conflict, 1000, 1024, commutative, zoneId, List.of(copies), 0);
    }

    private static List<Finding> run(java.util.function.BiConsumer<Topology, List<Finding>> rule, Topology t) {
        List<Finding> out = new ArrayList<>();
        rule.accept(t, out);
        return out;
    }

    @Test
    void aZonedDatasetWithACopyOutsideItsZoneIsAResidencyViolation() {
        Topology t = TWO_REGIONS.withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
                .withDataset(dataset("users", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, false, "eu",
                        "db-euw1", "db-use1"));
        List<Finding> found = run(DataFindings::residency, t);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.RESIDENCY_VIOLATION);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly("users", "db-use1", "eu");
        });
        Topology inZone = TWO_REGIONS.withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
                .withDataset(dataset("users", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, false, "eu",
                        "db-euw1"));
        assertThat(run(DataFindings::residency, inZone)).isEmpty();
    }

    @Test
    void replicatingAZonedDatasetOutOfItsZoneIsAViolationToo() {
        Topology t = TWO_REGIONS.withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
                .withDataset(dataset("users", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, false, "eu",
                        "db-euw1"))
                .withLink(Link.replication("rep", "db-euw1", "db-use1", ReplicationMode.ASYNC));
        assertThat(run(DataFindings::residency, t)).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).containsExactly("users", "db-use1", "eu"));
    }

    @Test
    void lastWriterWinsOnANonCommutativeMultiPrimaryValueIsConflictUnsafe() {
        Topology balance = TWO_REGIONS.withDataset(dataset("balance", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.LWW, false, null, "db-use1", "db-euw1"));
        List<Finding> out = new ArrayList<>();
        DataFindings.conflicts(balance, List.of(), out);
        assertThat(out).extracting(Finding::code).containsExactly(FindingCode.CONFLICT_UNSAFE_WRITES);

        Topology counter = TWO_REGIONS.withDataset(dataset("likes", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.LWW, true, null, "db-use1", "db-euw1"));
        Topology crdt = TWO_REGIONS.withDataset(dataset("doc", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.CRDT, false, null, "db-use1", "db-euw1"));
        List<Finding> none = new ArrayList<>();
        DataFindings.conflicts(counter, List.of(), none);
        DataFindings.conflicts(crdt, List.of(), none);
        assertThat(none).isEmpty();
    }

    @Test
    void aSynchronousAckAcrossRegionsBlocksWritesWhenThatRegionIsLost() {
        Topology sync = TWO_REGIONS.withLink(Link.replication("rep", "db-use1", "db-euw1", ReplicationMode.SYNC));
        assertThat(run(DataFindings::syncAcks, sync)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.SYNC_ACK_BLOCKS_ON_REGION_LOSS);
            assertThat(f.elementIds()).containsExactly("rep", "db-use1", "db-euw1");
        });
        Topology async = TWO_REGIONS.withLink(Link.replication("rep", "db-use1", "db-euw1", ReplicationMode.ASYNC));
        assertThat(run(DataFindings::syncAcks, async)).isEmpty();
    }

    @Test
    void twoPhaseCommitAcrossRegionsBlocksOnAnyParticipantLoss() {
        Topology t = TWO_REGIONS.withDataset(dataset("ledger", WriteStrategy.TWO_PHASE_COMMIT,
                ConflictResolution.NONE, false, null, "db-use1", "db-euw1"));
        assertThat(run(DataFindings::syncAcks, t)).extracting(Finding::code)
                .containsExactly(FindingCode.SYNC_ACK_BLOCKS_ON_REGION_LOSS);
    }

    @Test
    void aSingleCopyDatasetInAMultiRegionDesignIsASinglePointOfFailure() {
        Topology t = TWO_REGIONS.withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY,
                ConflictResolution.NONE, false, null, "db-use1"));
        assertThat(run(ServiceFindings::singlePoints, t)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.SINGLE_POINT_OF_FAILURE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementIds()).containsExactly("orders", "db-use1");
        });
        Topology replicated = TWO_REGIONS.withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY,
                ConflictResolution.NONE, false, null, "db-use1", "db-euw1"));
        assertThat(run(ServiceFindings::singlePoints, replicated)).isEmpty();
    }

    @Test
    void aOneRegionDesignAndAPopulationPinnedToOneRegionAreFlagged() {
        Topology oneRegion = Topology.EMPTY.withRegion(region("use1", 38.9, -77.0));
        assertThat(run(ServiceFindings::singlePoints, oneRegion)).extracting(Finding::elementIds)
                .containsExactly(List.of("use1"));
        Topology pinned = TWO_REGIONS.withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
                .withPopulation(new Population("eu-users", "EU users", new GeoPoint(50, 8), 100, 0.9, "eu", null,
                        List.of()));
        assertThat(run(ServiceFindings::singlePoints, pinned)).singleElement()
                .satisfies(f -> assertThat(f.elementIds()).containsExactly("eu-users", "euw1"));
    }

    @Test
    void aDnsTtlLongerThanTheRtoObjectiveIsFlagged() {
        GlobalRouting dns = new GlobalRouting(RoutingKind.LATENCY_DNS, 60, 10, 3, 0, 0, 0,
                Reliability.ofSla(1), 0);
        Topology tight = TWO_REGIONS.withRouting(dns).withObjectives(objectivesWithRto(30.0));
        assertThat(run(ServiceFindings::dnsTtl, tight)).extracting(Finding::code)
                .containsExactly(FindingCode.DNS_TTL_EXCEEDS_RTO);
        assertThat(run(ServiceFindings::dnsTtl, TWO_REGIONS.withRouting(dns).withObjectives(objectivesWithRto(120.0))))
                .isEmpty();
    }

    private static Objectives objectivesWithRto(Double rto) {
        return new Objectives(null, rto, null, null, null, null, SurviveLoss.NONE);
    }

    @Test
    void theSeedsSixtyFortySplitOverloadsTheSurvivorAndTheFixNamesSeventyFiveInstances() {
        // Seed: 60%/40% of 10,500 req/s over two regions of 50 instances × 200 req/s at a 70% target.
        // Lose use1: euw1 carries 10,500 on 50 × 200 = 10,000 req/s → 105%: overloaded; its tier sheds (the
        // default), so it serves 10,000 / 10,500 = 95.2% instead of cascading.
        // Needed to survive any one region: ceil(10,500 / (200 × 0.7)) = 75 per region.
        Topology t = TWO_REGIONS.withComponent(api("api-use1", "use1", 50)).withComponent(api("api-euw1", "euw1", 50))
                .withPopulation(new Population("users", "users", new GeoPoint(40, -40), 10_500, 0.9, null, null,
                        List.of(new RouteWeight("use1", 0.6), new RouteWeight("euw1", 0.4))));
        List<Finding> out = new ArrayList<>();
        ServiceFindings.overloads(t, CapacityEngine.evaluate(t), out);
        Finding loseUse1 = out.stream().filter(f -> f.elementIds().get(0).equals("use1")).findFirst().orElseThrow();
        assertThat(loseUse1.code()).isEqualTo(FindingCode.N_MINUS_1_OVERLOAD);
        assertThat(loseUse1.severity()).isEqualTo(Severity.ERROR);
        assertThat(loseUse1.elementIds()).containsExactly("use1", "euw1");
        assertThat(loseUse1.explanation()).contains("euw1 at 105% (over 100%)").doesNotContain("Cascade")
                .contains("euw1 serves 95.2% of its 10,500 req/s").contains("95.2% of all requests served");
        assertThat(loseUse1.fix()).contains("api-euw1: 50 → 75 instances");
    }

    @Test
    void theVerdictIsTheConjunctionOfTheObjectives() {
        var pass = new ObjectiveResult("rto", 60, io.meridian.model.Figure.of("RTO", 45, "s", "sum"), "s", true, "x");
        var fail = new ObjectiveResult("rpo", 0, io.meridian.model.Figure.of("RPO", 2, "s", "lag"), "s", false, "y");
        assertThat(ObjectiveChecks.verdict(List.of(pass), List.of()).pass()).isTrue();
        Verdict v = ObjectiveChecks.verdict(List.of(pass, fail), List.of());
        assertThat(v.pass()).isFalse();
        assertThat(v.failed()).isEqualTo(1);
        assertThat(v.summary()).isEqualTo("FAIL: misses 1 of 2 objectives (rpo)");
        assertThat(ObjectiveChecks.verdict(List.of(), List.of()).summary())
                .isEqualTo("NO OBJECTIVES: the design states none, and no error finding stands");
    }

    @Test
    void aComponentOnNoRequestPathIsNamedAsCountingNowhere() {
        // use1: lb → api → db-use1, and a batch worker nothing routes to; db-euw1 holds a copy of a dataset.
        Topology t = TWO_REGIONS
                .withComponent(new Component("lb", "lb", "use1", 1, 0.02, Reliability.ofSla(0.9999),
                        new ComponentSpec.LoadBalancer()))
                .withComponent(api("api", "use1", 2))
                .withComponent(api("worker", "use1", 1))
                .withLink(Link.dependency("lb-api", "lb", "api"))
                .withLink(Link.dependency("api-db", "api", "db-use1"))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, false, null,
                        "db-use1", "db-euw1"));
        assertThat(run(ServiceFindings::offRequestPath, t)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.COMPONENT_OFF_REQUEST_PATH);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementIds()).containsExactly("worker");
            assertThat(f.explanation()).contains("through 'lb'");
        });
        // Behind the load balancer over a hard dependency, it counts: nothing to say.
        assertThat(run(ServiceFindings::offRequestPath, t.withLink(Link.dependency("api-worker", "api", "worker"))))
                .isEmpty();
    }
}
