package io.meridian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.recovery.FailoverTimings;
import io.meridian.availability.AvailabilityEngine;
import io.meridian.availability.AvailabilityReport;
import io.meridian.availability.PopulationAvailability;
import io.meridian.consistency.ConsistencyEngine;
import io.meridian.latency.LatencyEngine;
import io.meridian.latency.WriteLatency;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.PromotionMode;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.recovery.DatasetPromotion;
import io.meridian.recovery.RecoveryEngine;
import io.meridian.recovery.RecoveryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items 3, 4 and 5 of issue 10 on minimal designs, each figure worked by hand. */
class WritersAndPromotionTest {
    private static final double EXACT = 1e-12;

    private static Region region(String id, double availability, double lon) {
        return new Region(id, null, id, Provider.AWS, new GeoPoint(0, lon), "", availability, 4, 0);
    }

    private static Component perfectApi(String id, String regionId) {
        return new Component(id, id, regionId, 1, 0.1, Reliability.ofSla(1.0), new ComponentSpec.Service(1e6, 0.8));
    }

    private static Component perfectDb(String id, String regionId, DatabaseRole role) {
        return new Component(id, id, regionId, 1, 0.5, Reliability.ofSla(1.0),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }

    private static Dataset data(List<String> copies, PromotionMode mode, List<String> order, Double minutes) {
        return new Dataset("data", "data", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 10, 100, false,
                null, copies, 0, mode, order, minutes);
    }

    private static Population users(String zone) {
        return new Population("users", "users", new GeoPoint(0, 0), 100, 0.5, zone, null, List.of());
    }

    private static Topology perfectProviders(Topology t) {
        return t.withProviderProfile(new ProviderProfile(Provider.AWS, 1.0, 4));
    }

    /** Users served by region f (always up); the dataset's copies db-i in regions r-i of the given availability. */
    private static Topology copiesIn(double... availability) {
        Topology t = perfectProviders(Topology.EMPTY.withRegion(region("f", 1.0, 0))
                .withComponent(perfectApi("api", "f")).withPopulation(users(null)));
        for (int i = 0; i < availability.length; i++) {
            t = t.withRegion(region("r" + i, availability[i], 10 + i))
                    .withComponent(perfectDb("db" + i, "r" + i, i == 0 ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA));
        }
        return t;
    }

    private static double write(Topology t) {
        return AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0)).populations().get(0).staticAvailability().write().value();
    }

    @Test
    void aThirdCopyIsPromotedWhenTheLeaderAndTheFirstSuccessorAreDown() {
        Topology t = copiesIn(0.99, 0.98, 0.97)
                .withLink(Link.replication("to1", "db0", "db1", ReplicationMode.ASYNC))
                .withLink(Link.replication("to2", "db0", "db2", ReplicationMode.ASYNC));
        t = t.withDataset(data(List.of("db0", "db1", "db2"), PromotionMode.AUTOMATIC, null, null));
        // Default order: the copies db0 feeds, in link order: db1, then db2.
        // A = 0.99 + 0.01 × 0.98 + 0.01 × 0.02 × 0.97 = 0.99 + 0.0098 + 0.000194 = 0.999994
        // (a single designated successor gave 0.99 + 0.01 × 0.98 = 0.9998).
        assertThat(write(t)).isCloseTo(0.999994, within(EXACT));
        RecoveryReport r = RecoveryEngine.evaluate(t);
        assertThat(r.promotions().get(0).promotionOrder()).containsExactly("db1", "db2");
        // A stated order db2 first: 0.99 + 0.01 × 0.97 + 0.01 × 0.03 × 0.98 = 0.999994 as well (the order changes
        // who is promoted, not whether some copy is); an empty order promotes nobody: 0.99.
        Topology stated = t.withDataset(data(List.of("db0", "db1", "db2"), PromotionMode.AUTOMATIC,
                List.of("db2", "db1"), null));
        assertThat(write(stated)).isCloseTo(0.99 + 0.01 * 0.97 + 0.01 * 0.03 * 0.98, within(EXACT));
        assertThat(RecoveryEngine.evaluate(stated).promotions().get(0).promotedComponentId()).isEqualTo("db2");
        Topology none = t.withDataset(data(List.of("db0", "db1", "db2"), PromotionMode.AUTOMATIC, List.of(), null));
        assertThat(write(none)).isCloseTo(0.99, within(EXACT));
    }

    @Test
    void aSyncReplicaInA99PercentRegionBlocksTheLeadersWrites() {
        Topology base = copiesIn(0.999, 0.99);
        Topology sync = base.withLink(Link.replication("ack", "db0", "db1", ReplicationMode.SYNC));
        // Nobody promoted: writes need the leader's region and its sync replica's: 0.999 × 0.99 = 0.98901.
        assertThat(write(sync.withDataset(data(List.of("db0", "db1"), PromotionMode.AUTOMATIC, List.of(), null))))
                .isCloseTo(0.999 * 0.99, within(EXACT));
        // db1 promotable (the default): leader and replica up, or leader down and db1 promoted (it then waits for
        // no one): 0.999 × 0.99 + 0.001 × 0.99 = 0.99, the sync replica's region alone.
        assertThat(write(sync.withDataset(data(List.of("db0", "db1"), PromotionMode.AUTOMATIC, null, null))))
                .isCloseTo(0.99, within(EXACT));
        // Semi-sync falls back to asynchronous after its timeout, as async: 0.999 + 0.001 × 0.99 = 0.99999.
        for (ReplicationMode mode : List.of(ReplicationMode.SEMI_SYNC, ReplicationMode.ASYNC)) {
            Topology t = base.withLink(Link.replication("ack", "db0", "db1", mode))
                    .withDataset(data(List.of("db0", "db1"), PromotionMode.AUTOMATIC, null, null));
            assertThat(write(t)).as(mode.id()).isCloseTo(0.99999, within(EXACT));
        }
    }

    @Test
    void aSemiSyncCommitWaitsForTheFirstAcknowledgementAndASyncOneForEvery() {
        // Regions a, b, c with measured RTTs a–b 30 ms, a–c 60 ms; writer at a's coordinates, served by a at 0 km:
        // 2 ms overhead + the short-hop term 1.75 ms × (1 − 0 / 500 km) = 3.75 ms.
        Topology t = perfectProviders(Topology.EMPTY.withRegion(region("a", 1.0, 0)).withRegion(region("b", 1.0, 10))
                .withRegion(region("c", 1.0, 20)).withComponent(perfectApi("api", "a"))
                .withComponent(perfectDb("db-a", "a", DatabaseRole.PRIMARY))
                .withComponent(perfectDb("db-b", "b", DatabaseRole.REPLICA))
                .withComponent(perfectDb("db-c", "c", DatabaseRole.REPLICA))
                .withLink(Link.network("ab", "a", "b", 30)).withLink(Link.network("ac", "a", "c", 60))
                .withLink(Link.network("bc", "b", "c", 40))
                .withLink(Link.replication("to-b", "db-a", "db-b", ReplicationMode.SEMI_SYNC))
                .withLink(Link.replication("to-c", "db-a", "db-c", ReplicationMode.SEMI_SYNC))
                .withDataset(data(List.of("db-a", "db-b", "db-c"), PromotionMode.AUTOMATIC, null, null))
                .withPopulation(users(null)));
        // First semi-sync acknowledgement, from b: 3.75 + 1 (API → local primary, intra-region) + min(30, 60)
        // = 34.75 ms.
        assertThat(LatencyEngine.evaluate(t).writes().get(0).latency().meanMs().value())
                .isCloseTo(34.75, within(1e-9));
        // c made sync: every sync acknowledgement and the first semi-sync one: 3.75 + 1 + max(60, 30) = 64.75 ms.
        Topology syncC = t.withLink(Link.replication("to-c", "db-a", "db-c", ReplicationMode.SYNC));
        assertThat(LatencyEngine.evaluate(syncC).writes().get(0).latency().meanMs().value())
                .isCloseTo(64.75, within(1e-9));
    }

    @Test
    void asiaUsersCannotWriteUsOnlyDataAndSaySo() {
        Topology t = perfectProviders(Topology.EMPTY.withRegion(region("use1", 0.999, -77))
                .withRegion(region("apse1", 0.999, 104))
                .withZone(new ResidencyZone("us", "US", List.of("use1")))
                .withZone(new ResidencyZone("apac", "Asia", List.of("apse1")))
                .withComponent(perfectApi("api-use1", "use1")).withComponent(perfectApi("api-apse1", "apse1"))
                .withComponent(perfectDb("db-use1", "use1", DatabaseRole.PRIMARY))
                .withDataset(new Dataset("us-data", "US data", WriteStrategy.HOME_REGION, ConflictResolution.NONE,
                        10, 100, false, "us", List.of("db-use1"), 0)));
        Population asia = new Population("asia", "Asia users", new GeoPoint(1.35, 103.8), 100, 0.5, "apac", "apse1",
                List.of());
        // By default Asia users write their zone's datasets and global ones: not 'us-data'.
        Topology byDefault = t.withPopulation(asia);
        assertThat(LatencyEngine.evaluate(byDefault).writes()).isEmpty();
        assertThat(Evaluator.evaluate(byDefault).findings()).extracting(Finding::code)
                .doesNotContain(FindingCode.WRITE_WITHOUT_PERMITTED_COPY);
        // Told to write it: no copy in apse1, the only region zone 'apac' permits. Reads 0.999 (apse1 serves);
        // writes 0; no latency (it was 2.0 ms: a 'commit' in Singapore on data that lives in Virginia).
        Topology told = t.withPopulation(asia.withAccess(List.of(), List.of("us-data")));
        WriteLatency w = LatencyEngine.evaluate(told).writes().get(0);
        assertThat(w.latency()).isNull();
        assertThat(w.unavailable()).contains("cannot write it");
        AvailabilityReport a = AvailabilityEngine.evaluate(told, FailoverTimings.uniform(0));
        PopulationAvailability p = a.populations().get(0);
        assertThat(p.staticAvailability().read().value()).isCloseTo(0.999, within(EXACT));
        assertThat(p.staticAvailability().write().value()).isZero();
        Evaluation e = Evaluator.evaluate(told);
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.WRITE_WITHOUT_PERMITTED_COPY)
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.elementIds()).containsExactly("asia", "us-data", "apac");
                });
    }

    @Test
    void aManualPromotionWaitsForTheOperatorAndCannotSplitTheBrain() {
        Topology t = copiesIn(0.999, 0.999).withComponent(perfectApi("api0", "r0"))
                .withComponent(perfectApi("api1", "r1"))
                .withRouting(new io.meridian.model.GlobalRouting(io.meridian.model.RoutingKind.LATENCY_DNS, 60, 10, 3,
                        0, 0, 0, Reliability.ofSla(1.0), 0))
                .withLink(Link.replication("to1", "db0", "db1", ReplicationMode.ASYNC));
        Topology automatic = t.withDataset(data(List.of("db0", "db1"), PromotionMode.AUTOMATIC, null, null));
        DatasetPromotion auto = RecoveryEngine.evaluate(automatic).promotions().get(0);
        assertThat(auto.seconds().value()).isEqualTo(30);
        assertThat(auto.decisionSeconds()).isZero();
        assertThat(ConsistencyEngine.evaluate(automatic).datasets().get(0).splitBrainRisk()).isTrue();

        // Manual, default decision: 15 min × 60 + 30 s promoteSeconds = 930 s; the RTO's promotion step is that.
        Topology manual = t.withDataset(data(List.of("db0", "db1"), PromotionMode.MANUAL, null, null));
        RecoveryReport r = RecoveryEngine.evaluate(manual);
        assertThat(r.promotions().get(0).seconds().value()).isEqualTo(930);
        assertThat(r.promotions().get(0).decisionSeconds()).isEqualTo(900);
        assertThat(r.promotions().get(0).promotion()).isEqualTo(PromotionMode.MANUAL);
        // RTO = detection 10 × 3 + promotion 930 + reconnect 5 = 965 s: the promotion runs while DNS caches expire
        // (the 60 s routing switch ends inside it), and this routing states no stale-client tail.
        assertThat(r.rto().rto().value()).isEqualTo(965);
        assertThat(ConsistencyEngine.evaluate(manual).datasets().get(0).splitBrainRisk()).isFalse();
        assertThat(Evaluator.evaluate(manual).findings()).extracting(Finding::code)
                .doesNotContain(FindingCode.SPLIT_BRAIN_RISK);
        // A stated 5-minute decision: 300 + 30 = 330 s.
        Topology quick = t.withDataset(data(List.of("db0", "db1"), PromotionMode.MANUAL, null, 5.0));
        assertThat(RecoveryEngine.evaluate(quick).promotions().get(0).seconds().value()).isEqualTo(330);
    }
}
