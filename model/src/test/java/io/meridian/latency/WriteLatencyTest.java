package io.meridian.latency;

import static io.meridian.routing.Designs.cache;
import static io.meridian.routing.Designs.database;
import static io.meridian.routing.Designs.population;
import static io.meridian.routing.Designs.region;
import static io.meridian.routing.Designs.service;
import static io.meridian.routing.Designs.withHome;
import static io.meridian.routing.Designs.withWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.model.Assumptions;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Three regions on the equator, a (0°), b (10°E) and c (20°E), each running a service, with measured RTTs that
 * make the arithmetic exact: a–b 30 ms, b–c 40 ms, a–c 60 ms. A hop within a region costs the intra-region RTT,
 * 1 ms (floor 0). No component states a service time: every service term is 0.
 * A writer standing at a region's coordinates is served by it and pays the typical overhead, 2 ms, as client RTT
 * (0 km: floor 0 ms): the design states the uniform model (route inflation 1.5, overhead 2 ms for every corridor,
 * docs/latency-model.md), so these write-path figures do not move with the corridor table.
 * Floors: 10° of equator is 1,113.195 km → 2 × 1113.195 / 200 = 11.132 ms; 20° → 22.264 ms.
 */
class WriteLatencyTest {
    private static final Offset<Double> MS = offset(0.001);
    private static final double FLOOR_10_DEG = 11.1319;
    private static final double FLOOR_20_DEG = 22.2639;

    private static final Topology REGIONS = Topology.EMPTY
            .withAssumptions(new Assumptions(200, 1.5, 2.0, 3.5, 0))
            .withRegion(region("a", 0, 0)).withRegion(region("b", 0, 10)).withRegion(region("c", 0, 20))
            .withComponent(service("api-a", "a")).withComponent(service("api-b", "b"))
            .withComponent(service("api-c", "c"))
            .withLink(Link.network("ab", "a", "b", 30))
            .withLink(Link.network("bc", "b", "c", 40))
            .withLink(Link.network("ac", "a", "c", 60));

    private static final Population AT_A = population("at-a", 0, 0);

    private static Dataset dataset(WriteStrategy strategy, String... copies) {
        return new Dataset("data", "data", strategy, ConflictResolution.NONE, 100, 512, false, null,
                List.of(copies), 0);
    }

    private static WriteLatency write(Topology t, Population p) {
        return LatencyEngine.evaluate(t.withPopulation(p)).writes().stream()
                .filter(w -> w.populationId().equals(p.id())).findFirst().orElseThrow();
    }

    private static Topology voters(WriteStrategy strategy, DatabaseRole roleInC) {
        return REGIONS.withComponent(database("db-a", "a", DatabaseRole.VOTER))
                .withComponent(database("db-b", "b", DatabaseRole.VOTER))
                .withComponent(database("db-c", "c", roleInC))
                .withDataset(dataset(strategy, "db-a", "db-b", "db-c"));
    }

    @Test
    void majorityQuorumOfThreeWaitsForTheNearestOtherVoter() {
        // No primary: the fixed leader is the first voter listed, db-a, in S = a itself (forward: intra-region 1 ms).
        // n = 3 → ⌊3/2⌋ = 1 → the nearest other voter from a: db-b at 30 ms (db-c is 60 ms).
        // 2 (client) + 1 + 30 = 33 ms. Floor: 0 + 0 + 11.132 = 11.132 ms.
        WeightedLatency w = write(voters(WriteStrategy.MAJORITY_QUORUM, DatabaseRole.VOTER), AT_A).latency();
        assertThat(w.meanMs().value()).isCloseTo(33, MS);
        assertThat(w.floorMeanMs().value()).isCloseTo(FLOOR_10_DEG, MS);
        ServedLatency viaA = w.byRegion().get(0);
        assertThat(viaA.typicalMs().formula())
                .isEqualTo("clientRtt + leaderRtt + quorumRtt + entryService + dataService");
        assertThat(viaA.typicalMs().inputs()).containsEntry("clientRtt", 2.0).containsEntry("leaderRtt", 1.0)
                .containsEntry("quorumRtt", 30.0).containsEntry("voters", 3.0).containsEntry("acksNeeded", 1.0);
        assertThat(viaA.route()).isEqualTo("served by a; leader 'db-a' in a, 3 voters; measured RTT a ↔ b, a ↔ c");
    }

    @Test
    void majorityQuorumForwardsToAPrimaryLeader() {
        // The primary db-c leads: forward a → c 60 ms, then its nearest other voter, db-b at 40 ms.
        // 2 + 60 + 40 = 102 ms. Floor: 0 + 22.264 + 11.132 = 33.396 ms.
        WeightedLatency w = write(voters(WriteStrategy.MAJORITY_QUORUM, DatabaseRole.PRIMARY), AT_A).latency();
        assertThat(w.meanMs().value()).isCloseTo(102, MS);
        assertThat(w.floorMeanMs().value()).isCloseTo(FLOOR_20_DEG + FLOOR_10_DEG, MS);
    }

    @Test
    void majorityQuorumOfFiveWaitsForTheSecondNearestOtherVoter() {
        // Voters db-a (a), db-b (b), db-c1..3 (c). Leader db-a (the first voter listed, in S = a).
        // Other voters from a: 30, 60, 60, 60; n = 5 → ⌊5/2⌋ = 2 → the 2nd nearest: 60 ms.
        // 2 + 1 (to the local leader) + 60 = 63 ms.
        Topology t = REGIONS.withComponent(database("db-a", "a", DatabaseRole.VOTER))
                .withComponent(database("db-b", "b", DatabaseRole.VOTER))
                .withComponent(database("db-c1", "c", DatabaseRole.VOTER))
                .withComponent(database("db-c2", "c", DatabaseRole.VOTER))
                .withComponent(database("db-c3", "c", DatabaseRole.WITNESS))
                .withDataset(dataset(WriteStrategy.MAJORITY_QUORUM, "db-a", "db-b", "db-c1", "db-c2", "db-c3"));
        assertThat(write(t, AT_A).latency().meanMs().value()).isCloseTo(63, MS);
    }

    @Test
    void twoPhaseCommitAcknowledgesAfterThePrepareRoundAndTheDecision() {
        // Coordinator in S = a; participants in a, b, c: the prepare round waits for the farthest, max(1, 30, 60) =
        // 60 ms; the decision is made durable at the nearest participant, db-a in a: 1 ms (intra-region).
        // 2 + 60 + 1 = 63 ms. Floor: 0 + 22.264 + 0 = 22.264 ms. (The commit round runs after the acknowledgement:
        // CommitProtocolTest checks the lock hold.)
        WeightedLatency w = write(voters(WriteStrategy.TWO_PHASE_COMMIT, DatabaseRole.VOTER), AT_A).latency();
        assertThat(w.meanMs().value()).isCloseTo(63, MS);
        assertThat(w.floorMeanMs().value()).isCloseTo(FLOOR_20_DEG, MS);
        assertThat(w.byRegion().get(0).typicalMs().formula())
                .isEqualTo("clientRtt + prepareRtt + decisionLogRtt + entryService + dataService");
    }

    @Test
    void commitWaitOverlapsTheQuorumRound() {
        // The quorum above, 30 ms from the leader db-a, runs beside the wait 2 × 3.5 = 7 ms: 2 + 1 + max(30, 7) = 33.
        // Floor: 0 + 0 + max(11.132, 7) = 11.132 ms.
        WeightedLatency w = write(voters(WriteStrategy.COMMIT_WAIT, DatabaseRole.VOTER), AT_A).latency();
        assertThat(w.meanMs().value()).isCloseTo(33, MS);
        assertThat(w.byRegion().get(0).typicalMs().inputs()).containsEntry("epsilon", 3.5);
        assertThat(w.floorMeanMs().value()).isCloseTo(FLOOR_10_DEG, MS);
    }

    private static Topology primaryInB(WriteStrategy strategy) {
        return REGIONS.withComponent(database("db-a", "a", DatabaseRole.REPLICA))
                .withComponent(database("db-b", "b", DatabaseRole.PRIMARY))
                .withComponent(database("db-c", "c", DatabaseRole.REPLICA))
                .withLink(Link.replication("b-to-c", "db-b", "db-c", ReplicationMode.SYNC))
                .withLink(Link.replication("b-to-a", "db-b", "db-a", ReplicationMode.ASYNC))
                .withDataset(dataset(strategy, "db-a", "db-b", "db-c"));
    }

    @Test
    void singlePrimaryForwardsToThePrimaryAndWaitsForSynchronousReplicas() {
        // From a: forward to the primary in b, 30 ms; it waits for its sync replica in c (40 ms), not the async
        // one in a. 2 + 30 + 40 = 72 ms.
        WeightedLatency fromA = write(primaryInB(WriteStrategy.SINGLE_PRIMARY), AT_A).latency();
        assertThat(fromA.meanMs().value()).isCloseTo(72, MS);
        assertThat(fromA.byRegion().get(0).route())
                .isEqualTo("served by a; primary 'db-b' in b, synchronous replicas in c; "
                        + "measured RTT a ↔ b, b ↔ c");
        // From b the primary is local, one intra-region hop: 2 + 1 + 40 = 43 ms.
        assertThat(write(primaryInB(WriteStrategy.SINGLE_PRIMARY), population("at-b", 0, 10)).latency()
                .meanMs().value()).isCloseTo(43, MS);
    }

    @Test
    void homeRegionCommitsAtTheWritersHomeRegion() {
        // A home primary in each region; b's waits for its sync replica in c.
        Topology homes = REGIONS.withComponent(database("db-a", "a", DatabaseRole.PRIMARY))
                .withComponent(database("db-b", "b", DatabaseRole.PRIMARY))
                .withComponent(database("db-c", "c", DatabaseRole.PRIMARY))
                .withLink(Link.replication("b-to-c", "db-b", "db-c", ReplicationMode.SYNC))
                .withDataset(dataset(WriteStrategy.HOME_REGION, "db-a", "db-b", "db-c"));
        // Served by a (weight 1) but homed in c: forward a → c 60 ms; the copy in c has no sync replicas.
        // 2 + 60 + 0 = 62 ms.
        Population servedByAHomedInC = withHome(withWeights(AT_A, new RouteWeight("a", 1)), "c");
        assertThat(write(homes, servedByAHomedInC).latency().meanMs().value()).isCloseTo(62, MS);
        // Homed in b: forward 30 ms, and b's copy waits for its sync replica in c: 2 + 30 + 40 = 72 ms.
        Population servedByAHomedInB = withHome(withWeights(AT_A, new RouteWeight("a", 1)), "b");
        assertThat(write(homes, servedByAHomedInB).latency().meanMs().value()).isCloseTo(72, MS);
        // No home region: the home copy of the region that carries its traffic (a), a local commit: 2 + 1 = 3 ms.
        assertThat(write(homes, AT_A).latency().meanMs().value()).isCloseTo(3, MS);
        // Homed in c where only a replica lives: the write goes to the one primary, in b (the availability
        // engine's leader too), not to the replica: 2 + 30 + 40 = 72 ms.
        assertThat(write(primaryInB(WriteStrategy.HOME_REGION), servedByAHomedInC).latency().meanMs().value())
                .isCloseTo(72, MS);
    }

    @Test
    void multiPrimaryCommitsAtTheNearestCopy() {
        Topology t = REGIONS.withComponent(database("db-b", "b", DatabaseRole.PRIMARY))
                .withComponent(database("db-c", "c", DatabaseRole.PRIMARY))
                .withDataset(dataset(WriteStrategy.MULTI_PRIMARY, "db-b", "db-c"));
        // From a the nearest copy is in b: 2 + 30 = 32 ms; from c the copy is local: 2 + 1 = 3 ms.
        assertThat(write(t, AT_A).latency().meanMs().value()).isCloseTo(32, MS);
        assertThat(write(t, population("at-c", 0, 20)).latency().meanMs().value()).isCloseTo(3, MS);
    }

    @Test
    void aWeightedPopulationGetsPerRegionMeanAndWorst() {
        // Writer at b's coordinates, 60% via a and 40% via c. Client RTT to a or c: 1,113.195 km →
        // floor 11.132 ms, typical 11.132 × 1.5 + 2 = 18.698 ms. Primary in b, sync replica in c (40 ms).
        //   via a: 18.698 + 30 (a→b) + 40 = 88.698 ms
        //   via c: 18.698 + 40 (c→b) + 40 = 98.698 ms
        //   mean = 0.6 × 88.698 + 0.4 × 98.698 = 92.698 ms; worst 98.698 ms
        //   floors: 11.132 × 3 = 33.396 ms either way
        Population p = withWeights(population("mid", 0, 10), new RouteWeight("a", 0.6), new RouteWeight("c", 0.4));
        WeightedLatency w = write(primaryInB(WriteStrategy.SINGLE_PRIMARY), p).latency();
        assertThat(w.byRegion()).extracting(ServedLatency::regionId).containsExactly("a", "c");
        assertThat(w.byRegion().get(0).typicalMs().value()).isCloseTo(88.698, offset(0.01));
        assertThat(w.byRegion().get(1).typicalMs().value()).isCloseTo(98.698, offset(0.01));
        assertThat(w.meanMs().value()).isCloseTo(92.698, offset(0.01));
        assertThat(w.slowestRegionMs().value()).isCloseTo(98.698, offset(0.01));
        // p99: client 18.698 × 1.2 = 22.438, the hops × 1.2: 22.438 + 1.2 × (40 + 40) = 118.438 via c.
        assertThat(w.p99Ms().value()).isCloseTo(118.438, offset(0.01));
        assertThat(w.floorMeanMs().value()).isCloseTo(3 * FLOOR_10_DEG, offset(0.01));
        assertThat(w.floorSlowestRegionMs().value()).isCloseTo(3 * FLOOR_10_DEG, offset(0.01));
    }

    @Test
    void aCacheCopyIsAReplicaThatDoesNotVote() {
        // Voters db-a and db-b (n = 2, ⌊2/2⌋ = 1): the cache in c neither votes nor counts toward n.
        // Leader db-a, nearest other voter db-b: 2 + 1 + 30 = 33 ms.
        Topology quorum = REGIONS.withComponent(database("db-a", "a", DatabaseRole.VOTER))
                .withComponent(database("db-b", "b", DatabaseRole.VOTER))
                .withComponent(cache("cache-c", "c"))
                .withDataset(dataset(WriteStrategy.MAJORITY_QUORUM, "db-a", "db-b", "cache-c"));
        assertThat(write(quorum, AT_A).latency().meanMs().value()).isCloseTo(33, MS);
        // Two-phase commit takes every copy as a participant, the cache too: the prepare round waits for c, 60 ms;
        // the decision is logged at db-a (local, 1 ms): 2 + 60 + 1 = 63 ms.
        Topology twoPhase = quorum.withDataset(dataset(WriteStrategy.TWO_PHASE_COMMIT, "db-a", "db-b", "cache-c"));
        assertThat(write(twoPhase, AT_A).latency().meanMs().value()).isCloseTo(63, MS);
    }

    @Test
    void writesThatCannotBeComputedSayWhy() {
        // A single-primary dataset with no copy in the primary role leads from its first copy (the placement's
        // rule, which the availability and recovery engines follow too): a local commit from a, 2 + 1 = 3 ms.
        Topology noPrimary = REGIONS.withComponent(database("db-a", "a", DatabaseRole.REPLICA))
                .withDataset(dataset(WriteStrategy.SINGLE_PRIMARY, "db-a"));
        assertThat(write(noPrimary, AT_A).unavailable()).isNull();
        assertThat(write(noPrimary, AT_A).latency().meanMs().value()).isCloseTo(3, MS);

        Topology noVoters = noPrimary.withDataset(dataset(WriteStrategy.COMMIT_WAIT, "db-a"));
        assertThat(write(noVoters, AT_A).unavailable()).isEqualTo("no copy of 'data' votes (primary, voter or witness)");

        Topology noCopies = REGIONS.withDataset(dataset(WriteStrategy.MULTI_PRIMARY));
        assertThat(write(noCopies, AT_A).unavailable()).isEqualTo("dataset 'data' has no copies");
    }

    @Test
    void theFloorNeverExceedsTheTypicalValue() {
        for (WriteStrategy s : WriteStrategy.values()) {
            WeightedLatency w = write(primaryInB(s).withComponent(database("db-v", "a", DatabaseRole.VOTER))
                    .withDataset(dataset(s, "db-a", "db-b", "db-c", "db-v")), population("p", 1, 5)).latency();
            assertThat(w.floorSlowestRegionMs().value()).as(s.name()).isLessThanOrEqualTo(w.slowestRegionMs().value());
            assertThat(w.slowestRegionMs().value()).as(s.name()).isLessThanOrEqualTo(w.p99Ms().value());
            assertThat(w.floorMeanMs().value()).as(s.name()).isLessThanOrEqualTo(w.meanMs().value());
        }
    }
}
