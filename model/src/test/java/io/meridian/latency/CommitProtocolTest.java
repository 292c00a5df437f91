package io.meridian.latency;

import static io.meridian.routing.Designs.database;
import static io.meridian.routing.Designs.population;
import static io.meridian.routing.Designs.region;
import static io.meridian.routing.Designs.service;
import static io.meridian.routing.Designs.withHome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.model.Assumptions;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.ModelException;
import io.meridian.model.Population;
import io.meridian.model.PromotionMode;
import io.meridian.model.QuorumLeader;
import io.meridian.model.ReadConsistency;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Commit protocols and consistent reads (issue 11, item 5), worked by hand on three regions on the equator, a (0°),
 * b (10°E) and c (20°E), with measured RTTs a–b 30 ms, b–c 40 ms, a–c 60 ms, 0 within a region. A population standing
 * at a region's coordinates is served by it and pays the stated overhead, 2 ms, as client RTT (floor 0 ms). A hop
 * within a region (the API to its local database) costs the intra-region RTT, 1 ms (floor 0); no service times.
 * Floors: 10° of equator = 1,113.195 km → 2 × 1,113.195 / 200 = 11.132 ms; 20° → 22.264 ms.
 */
class CommitProtocolTest {
    private static final Offset<Double> MS = offset(0.001);
    private static final double FLOOR_10_DEG = 11.1319;
    private static final double FLOOR_20_DEG = 22.2639;

    private static Topology regions(double epsilonMs) {
        return Topology.EMPTY.withAssumptions(new Assumptions(200, 1.5, 2.0, epsilonMs, 0))
                .withRegion(region("a", 0, 0)).withRegion(region("b", 0, 10)).withRegion(region("c", 0, 20))
                .withComponent(service("api-a", "a")).withComponent(service("api-b", "b"))
                .withComponent(service("api-c", "c"))
                .withLink(Link.network("ab", "a", "b", 30))
                .withLink(Link.network("bc", "b", "c", 40))
                .withLink(Link.network("ac", "a", "c", 60));
    }

    private static final Population AT_A = population("at-a", 0, 0);
    private static final Population AT_B = population("at-b", 0, 10);
    private static final Population AT_C = population("at-c", 0, 20);

    private static Dataset dataset(WriteStrategy strategy, ReadConsistency reads, QuorumLeader leader,
                                   String... copies) {
        return new Dataset("data", "data", strategy, ConflictResolution.NONE, 100, 512, false, null,
                List.of(copies), 0, PromotionMode.AUTOMATIC, null, null, null, null, reads, leader);
    }

    /** Voters in a, b and c (listed in that order), no primary role. */
    private static Topology voters(double epsilonMs, WriteStrategy strategy, ReadConsistency reads,
                                   QuorumLeader leader) {
        return regions(epsilonMs).withComponent(database("db-a", "a", DatabaseRole.VOTER))
                .withComponent(database("db-b", "b", DatabaseRole.VOTER))
                .withComponent(database("db-c", "c", DatabaseRole.VOTER))
                .withDataset(dataset(strategy, reads, leader, "db-a", "db-b", "db-c"));
    }

    private static LatencyReport evaluate(Topology t, Population p, ReplicationTails tails) {
        Topology withP = t.withPopulation(p);
        return LatencyEngine.evaluate(withP, RegionLatencies.of(withP), tails);
    }

    private static ServedLatency write(Topology t, Population p) {
        return evaluate(t, p, ReplicationTails.NOT_EVALUATED).writes().get(0).latency().byRegion().get(0);
    }

    private static DatasetRead read(Topology t, Population p, ReplicationTails tails) {
        return evaluate(t, p, tails).datasetReads().get(0);
    }

    @Test
    void commitWaitRunsBesideTheQuorumRoundAndTheLongerOneCounts() {
        // Writer at a; fixed leader db-a (first voter), local: leaderRtt 1; quorum: ⌊3/2⌋ = 1 ack, nearest other voter
        // db-b at 30 ms. ε = 3.5 ms → 2ε = 7 ms < 30: 2 + 1 + max(30, 7) = 33 ms (quorum + 2ε would say 40).
        ServedLatency shortWait = write(voters(3.5, WriteStrategy.COMMIT_WAIT, null, null), AT_A);
        assertThat(shortWait.typicalMs().value()).isCloseTo(33, MS);
        assertThat(shortWait.typicalMs().formula())
                .isEqualTo("clientRtt + leaderRtt + max(quorumRtt, 2 × epsilon) + entryService + dataService");
        // ε = 25 ms → 2ε = 50 ms > 30: 2 + 1 + max(30, 50) = 53 ms. Floor: 0 + 0 + max(11.132, 50) = 50 ms.
        ServedLatency longWait = write(voters(25, WriteStrategy.COMMIT_WAIT, null, null), AT_A);
        assertThat(longWait.typicalMs().value()).isCloseTo(53, MS);
        assertThat(longWait.floorMs().value()).isCloseTo(50, MS);
    }

    @Test
    void twoPhaseCommitAcknowledgesBeforeTheLocksAreReleased() {
        Topology t = voters(3.5, WriteStrategy.TWO_PHASE_COMMIT, null, null);
        // From a: prepare round to the farthest participant, c, 60 ms; decision logged at db-a, local, 1 ms.
        //   client-visible: 2 + 60 + 1 = 63 ms; locks: 2 × 60 + 1 = 121 ms (prepare, then the commit round).
        ServedLatency fromA = write(t, AT_A);
        assertThat(fromA.typicalMs().value()).isCloseTo(63, MS);
        assertThat(fromA.lockHoldMs().value()).isCloseTo(121, MS);
        assertThat(fromA.lockHoldMs().formula()).isEqualTo("2 × maxParticipantRtt + decisionLogRtt");
        // From b: farthest participant c at 40 ms; db-b local, 1 ms: 2 + 40 + 1 = 43 ms; locks 2 × 40 + 1 = 81 ms.
        ServedLatency fromB = write(t, AT_B);
        assertThat(fromB.typicalMs().value()).isCloseTo(43, MS);
        assertThat(fromB.lockHoldMs().value()).isCloseTo(81, MS);
        // Participants in b and c only, coordinator in a: prepare max(30, 60) = 60 ms; the decision goes to the
        // nearest participant, db-b, 30 ms away: 2 + 60 + 30 = 92 ms; locks 2 × 60 + 30 = 150 ms.
        // Floor: 0 + 22.264 + 11.132 = 33.396 ms.
        Topology remote = t.withDataset(dataset(WriteStrategy.TWO_PHASE_COMMIT, null, null, "db-b", "db-c"));
        ServedLatency noLocal = write(remote, AT_A);
        assertThat(noLocal.typicalMs().value()).isCloseTo(92, MS);
        assertThat(noLocal.lockHoldMs().value()).isCloseTo(150, MS);
        assertThat(noLocal.floorMs().value()).isCloseTo(FLOOR_20_DEG + FLOOR_10_DEG, MS);
        // Other strategies hold no locks across regions.
        assertThat(write(voters(3.5, WriteStrategy.MAJORITY_QUORUM, null, null), AT_A).lockHoldMs()).isNull();
    }

    @Test
    void aRemoteWriterPaysTheTripToTheOneLeader() {
        // Majority quorum, fixed leader db-a. Writer at c: 2 + leaderRtt c → a 60 + quorum from a (db-b, 30) = 92 ms
        // (a leader at the nearest voter, db-c, would have said 2 + 0 + 40 = 42 ms).
        ServedLatency quorum = write(voters(3.5, WriteStrategy.MAJORITY_QUORUM, null, null), AT_C);
        assertThat(quorum.typicalMs().value()).isCloseTo(92, MS);
        assertThat(quorum.typicalMs().inputs()).containsEntry("leaderRtt", 60.0).containsEntry("quorumRtt", 30.0);
        assertThat(quorum.route())
                .isEqualTo("served by c; leader 'db-a' in a, 3 voters; measured RTT a ↔ b, a ↔ c");
        // Commit-wait with CockroachDB's 500 ms max offset (ε = 250): writer at b pays b → a 30 ms, then
        // max(quorum 30, 2ε 500): 2 + 30 + 500 = 532 ms.
        assertThat(write(voters(250, WriteStrategy.COMMIT_WAIT, null, null), AT_B).typicalMs().value())
                .isCloseTo(532, MS);
        // A stated primary leads instead: db-c primary; writer at a pays a → c 60 + quorum from c (db-b, 40) = 102.
        Topology primaryC = voters(3.5, WriteStrategy.MAJORITY_QUORUM, null, null)
                .withComponent(database("db-c", "c", DatabaseRole.PRIMARY));
        assertThat(write(primaryC, AT_A).typicalMs().value()).isCloseTo(102, MS);
        // Rows partitioned by home (REGIONAL BY ROW): the writer at c homed in c is led by db-c: 2 + 1 + 40 = 43 ms.
        Topology byRow = voters(3.5, WriteStrategy.MAJORITY_QUORUM, null, QuorumLeader.HOME_REGION);
        assertThat(write(byRow, withHome(AT_C, "c")).typicalMs().value()).isCloseTo(43, MS);
    }

    @Test
    void aStrongReadFromANonLeaderRegionGoesToTheLeaderOrWaitsForSafeTime() {
        // Majority quorum, leader db-a; reader at c: the strong read goes to the leader: 2 + 60 = 62 ms.
        DatasetRead quorum = read(voters(3.5, WriteStrategy.MAJORITY_QUORUM, null, null), AT_C,
                ReplicationTails.NOT_EVALUATED);
        assertThat(quorum.consistency()).isEqualTo(ReadConsistency.STRONG);
        assertThat(quorum.latency().meanMs().value()).isCloseTo(62, MS);
        assertThat(quorum.stale()).isFalse();
        // Commit-wait, ε = 3.5: the follower db-c is local, but 2ε = 7 ms < the leader → c one way 60 / 2 = 30 ms,
        // so it waits for safe time, a round trip to the leader: 2 + 1 (to db-c) + 60 = 63 ms.
        DatasetRead spanner = read(voters(3.5, WriteStrategy.COMMIT_WAIT, null, null), AT_C,
                ReplicationTails.NOT_EVALUATED);
        ServedLatency viaC = spanner.latency().byRegion().get(0);
        assertThat(viaC.typicalMs().value()).isCloseTo(63, MS);
        assertThat(viaC.typicalMs().formula())
                .isEqualTo("clientRtt + readRtt + safeTimeRtt + entryService + dataService");
        // ε = 250 (CockroachDB global table): 2ε = 500 ms ≥ 30 ms, the write reached db-c before its timestamp was
        // current: a strong read served locally, 2 + 1 = 3 ms.
        DatasetRead global = read(voters(250, WriteStrategy.COMMIT_WAIT, null, null), AT_C,
                ReplicationTails.NOT_EVALUATED);
        assertThat(global.latency().meanMs().value()).isCloseTo(3, MS);
        assertThat(global.stale()).isFalse();
        // A stale read of the quorum at c is local, 3 ms, flagged, bounded by the follower-read staleness, 4.8 s.
        DatasetRead follower = read(voters(3.5, WriteStrategy.MAJORITY_QUORUM, ReadConsistency.STALE, null), AT_C,
                ReplicationTails.NOT_EVALUATED);
        assertThat(follower.latency().meanMs().value()).isCloseTo(3, MS);
        assertThat(follower.stale()).isTrue();
        assertThat(follower.stalenessSeconds().value()).isEqualTo(4.8);
    }

    @Test
    void aReplicaReadIsStrongAtThePrimaryAndStaleBoundedByItsLinkLocally() {
        // Primary db-b, async replica db-a fed by link b-to-a. Reader at a.
        Topology t = regions(3.5).withComponent(database("db-a", "a", DatabaseRole.REPLICA))
                .withComponent(database("db-b", "b", DatabaseRole.PRIMARY))
                .withLink(Link.replication("b-to-a", "db-b", "db-a", ReplicationMode.ASYNC))
                .withDataset(dataset(WriteStrategy.SINGLE_PRIMARY, null, null, "db-a", "db-b"));
        // Strong (the default): at the primary, 2 + 30 = 32 ms. Floor 0 + 11.132.
        DatasetRead strong = read(t, AT_A, ReplicationTails.NOT_EVALUATED);
        assertThat(strong.latency().meanMs().value()).isCloseTo(32, MS);
        assertThat(strong.latency().floorMeanMs().value()).isCloseTo(FLOOR_10_DEG, MS);
        // Stale: the local replica, 2 + 1 = 3 ms, bounded by the link's lag tail (here a stub of 0.75 s).
        Topology stale = t.withDataset(dataset(WriteStrategy.SINGLE_PRIMARY, ReadConsistency.STALE, null, "db-a",
                "db-b"));
        ReplicationTails tails = id -> id.equals("b-to-a") ? Figure.of("lag tail", 0.75, "s", "stub") : null;
        DatasetRead replica = read(stale, AT_A, tails);
        assertThat(replica.latency().meanMs().value()).isCloseTo(3, MS);
        assertThat(replica.stale()).isTrue();
        assertThat(replica.stalenessSeconds().value()).isEqualTo(0.75);
        assertThat(replica.stalenessSeconds().inputs()).containsEntry("lag tail b-to-a", 0.75);
        // A link that falls behind without bound gives no bound, and says so.
        DatasetRead unbounded = read(stale, AT_A, id -> null);
        assertThat(unbounded.stalenessSeconds()).isNull();
        assertThat(unbounded.stalenessNote()).contains("'b-to-a' falls behind without bound");
        // Read at b, the primary itself: stale consistency stated, but nothing is missing: not flagged.
        assertThat(read(stale, AT_B, tails).stale()).isFalse();
    }

    @Test
    void multiPrimaryReadsAreStaleAndCannotBeStrong() {
        assertThatThrownBy(() -> dataset(WriteStrategy.MULTI_PRIMARY, ReadConsistency.STRONG, null, "db-a"))
                .isInstanceOf(ModelException.class).hasMessageContaining("readConsistency");
        assertThatThrownBy(() -> dataset(WriteStrategy.SINGLE_PRIMARY, null, QuorumLeader.HOME_REGION, "db-a"))
                .isInstanceOf(ModelException.class).hasMessageContaining("quorumLeader");
        // Copies in b and c, links c → b only: a reader at c reads db-c, which never receives db-b's writes.
        Topology t = regions(3.5).withComponent(database("db-b", "b", DatabaseRole.PRIMARY))
                .withComponent(database("db-c", "c", DatabaseRole.PRIMARY))
                .withLink(Link.replication("c-to-b", "db-c", "db-b", ReplicationMode.ASYNC))
                .withDataset(dataset(WriteStrategy.MULTI_PRIMARY, null, null, "db-b", "db-c"));
        DatasetRead atC = read(t, AT_C, id -> Figure.of("lag tail", 1, "s", "stub"));
        assertThat(atC.consistency()).isEqualTo(ReadConsistency.STALE);
        assertThat(atC.stale()).isTrue();
        assertThat(atC.stalenessSeconds()).isNull();
        assertThat(atC.stalenessNote()).contains("no replication link from 'db-b' to 'db-c'");
        // At b, fed by c → b: bounded by that link's tail, 1 s.
        assertThat(read(t, AT_B, id -> Figure.of("lag tail", 1, "s", "stub")).stalenessSeconds().value())
                .isEqualTo(1.0);
    }
}
