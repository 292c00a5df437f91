package io.meridian.recovery;

import static io.meridian.recovery.RecoveryDesigns.USE1;
import static io.meridian.recovery.RecoveryDesigns.USW2;
import static io.meridian.recovery.RecoveryDesigns.anycast;
import static io.meridian.recovery.RecoveryDesigns.database;
import static io.meridian.recovery.RecoveryDesigns.dataset;
import static io.meridian.recovery.RecoveryDesigns.dns;
import static io.meridian.recovery.RecoveryDesigns.service;
import static io.meridian.recovery.RecoveryDesigns.topology;
import static io.meridian.recovery.RecoveryDesigns.twoRegionSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtoTest {
    private static final double EPS = 1e-9;

    @Test
    void twoRegionSeedAddsDetectionTtlPromotionAndReconnect() {
        RtoBreakdown rto = RecoveryEngine.evaluate(twoRegionSeed()).rto();

        // Route 53 checks every 10 s and removes the region after 3 failures: 10 × 3 = 30 s.
        assertThat(rto.detection().value()).isEqualTo(30);
        assertThat(rto.detection().inputs()).containsEntry("healthCheckInterval", 10.0)
                .containsEntry("failureThreshold", 3.0);
        assertThat(rto.routingSwitch().value()).isEqualTo(60); // the 60 s TTL
        assertThat(rto.promotion().value()).isEqualTo(30);     // db-usw2 promoteSeconds
        assertThat(rto.promotionDatasetId()).isEqualTo("orders");
        assertThat(rto.reconnect().value()).isEqualTo(5);      // Defaults.RECONNECT_SECONDS
        // 99% of reads back at 30 + 5 + 0.99 × 60 = 94.4 s. Writes need a copy at 30 + 30 + 5 = 65 s, which the
        // promotion reaches while the caches still expire: 99% of reads and writes back at max(94.4, 65) = 94.4 s.
        assertThat(rto.readRto().value()).isCloseTo(94.4, within(EPS));
        assertThat(rto.rto().value()).isCloseTo(94.4, within(EPS));
        assertThat(rto.rto().formula()).startsWith("99% of affected users have reads and writes back");
        assertThat(rto.dnsCacheTail()).isNull();
        // Expected outage of a moved user: 35 s + the ramp's area 60 / 2 = 65 s (the TTL's expected expiry).
        assertThat(rto.expectedReadOutage().value()).isCloseTo(65, within(EPS));
        // Writes: nobody before 65 s, then the ramp from 50% to 100% over 30 s: 65 + 0.25 × 30 = 72.5 s.
        assertThat(rto.expectedWriteOutage().value()).isCloseTo(72.5, within(EPS));
    }

    @Test
    void dnsCurvesRampOverOneTtlAfterDetection() {
        RecoveryReport report = RecoveryEngine.evaluate(twoRegionSeed());

        // Cached records expire evenly over the 60 s TTL, starting at detection + reconnect = 35 s.
        assertThat(report.reads().points()).containsExactly(new RecoveryCurve.Point(0, 0),
                new RecoveryCurve.Point(35, 0), new RecoveryCurve.Point(95, 1));
        assertThat(report.reads().shareAt(65)).isCloseTo(0.5, within(EPS)); // halfway through the TTL
        // 99%: 35 + 0.99 × 60 = 94.4 s; all: 95 s.
        assertThat(report.reads().secondsTo99Percent().value()).isCloseTo(94.4, within(EPS));
        assertThat(report.reads().secondsTo100Percent().value()).isEqualTo(95);
        // Writes: a copy is writable at 30 + 30 + 5 = 65 s, when half the clients have moved; then the read ramp.
        assertThat(report.writes().points()).containsExactly(new RecoveryCurve.Point(0, 0),
                new RecoveryCurve.Point(65, 0), new RecoveryCurve.Point(65, 0.5), new RecoveryCurve.Point(95, 1));
        assertThat(report.writes().secondsTo99Percent().value()).isCloseTo(94.4, within(EPS));
        assertThat(report.writes().secondsTo100Percent().value()).isEqualTo(95);
    }

    @Test
    void dnsCacheTailKeepsThirtyPercentOnTheDeadRegionForFifteenMinutes() {
        // Seed 003: up to 30% of users keep hitting the dead address for up to 10–15 minutes.
        RecoveryReport report = RecoveryEngine.evaluate(twoRegionSeed(dns(60, 10, 3, 0.3, 900)));

        RtoBreakdown.DnsCacheTail tail = report.rto().dnsCacheTail();
        assertThat(tail.share().value()).isEqualTo(0.3);
        assertThat(tail.staleSeconds().value()).isEqualTo(900); // max(60 s TTL, 900 s)
        assertThat(report.rto().rto().value()).isEqualTo(935);  // 99% waits for the 30% tail: 30 + 900 + 5
        // Reads: 70% are back over 35..95 s; the tail only at 30 + 900 + 5 = 935 s.
        assertThat(report.reads().points()).containsExactly(new RecoveryCurve.Point(0, 0),
                new RecoveryCurve.Point(35, 0), new RecoveryCurve.Point(95, 0.7),
                new RecoveryCurve.Point(935, 0.7), new RecoveryCurve.Point(935, 1));
        assertThat(report.reads().shareAt(65)).isCloseTo(0.35, within(EPS));
        assertThat(report.reads().shareAt(500)).isCloseTo(0.7, within(EPS));
        // More than 1% is in the tail, so even 99% waits for it.
        assertThat(report.reads().secondsTo99Percent().value()).isEqualTo(935);
        assertThat(report.reads().secondsTo100Percent().value()).isEqualTo(935);
        assertThat(report.writes().secondsTo100Percent().value()).isEqualTo(935); // promoted at 65 s, long before
        // Expected read outage: 35 + 0.7 × 60 / 2 + 0.3 × 900 = 35 + 21 + 270 = 326 s.
        assertThat(report.rto().expectedReadOutage().value()).isCloseTo(326, within(EPS));
        assertThat(report.notes()).anyMatch(n -> n.contains("30% of clients") && n.contains("935 s"));
    }

    @Test
    void anycastMovesEveryClientAtOnceAfterConvergence() {
        // Seed 003: Global Accelerator re-routes in under 5 s; health checks 10 s × 3.
        RecoveryReport report = RecoveryEngine.evaluate(twoRegionSeed(anycast(5, 10, 3)));

        assertThat(report.rto().routingSwitch().value()).isEqualTo(5);
        assertThat(report.rto().readRto().value()).isEqualTo(40); // 30 + 5 + 5
        assertThat(report.rto().rto().value()).isEqualTo(65);     // a copy takes writes at 30 + 30 + 5
        assertThat(report.reads().points()).containsExactly(new RecoveryCurve.Point(0, 0),
                new RecoveryCurve.Point(35, 0), new RecoveryCurve.Point(40, 0), new RecoveryCurve.Point(40, 1));
        assertThat(report.reads().secondsTo99Percent().value()).isEqualTo(40);
        assertThat(report.writes().secondsTo100Percent().value()).isEqualTo(65);
        assertThat(report.rto().dnsCacheTail()).isNull();
    }

    @Test
    void withoutRoutingClientsWaitForTheRepair() {
        RtoBreakdown rto = RecoveryEngine.evaluate(twoRegionSeed(null)).rto();

        // Nothing steers clients away: the 4 h MTTR = 14,400 s, plus the 5 s reconnect; no promotion counts.
        assertThat(rto.detection().value()).isZero();
        assertThat(rto.routingSwitch().value()).isEqualTo(14_400);
        assertThat(rto.promotion().value()).isZero();
        assertThat(rto.rto().value()).isEqualTo(14_405);
    }

    @Test
    void primaryWithNoCopyElsewhereWaitsForItsRegion() {
        Topology t = topology(List.of(USE1, USW2),
                List.of(service("api-use1", "use1"), service("api-usw2", "usw2"),
                        database("db-use1", "use1", DatabaseRole.PRIMARY, 5000, 1, 30)),
                List.of(),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 100, 1024, false, 0,
                        "db-use1")),
                dns(60, 10, 3, 0, 0));

        RecoveryReport report = RecoveryEngine.evaluate(t);

        // 99% of reads fail over by 30 + 5 + 0.99 × 60 = 94.4 s; writes wait for use1's 4 h repair:
        // 30 + 14,400 + 5 = 14,435 s.
        assertThat(report.rto().readRto().value()).isCloseTo(94.4, within(EPS));
        assertThat(report.rto().promotion().value()).isEqualTo(14_400);
        assertThat(report.rto().rto().value()).isEqualTo(14_435);
        assertThat(report.promotions().get(0).promotedComponentId()).isNull();
        assertThat(report.rpo().get(0).unbounded()).isTrue();
    }

    @Test
    void quorumOverThreeRegionsElectsALeader() {
        Topology t = topology(List.of(USE1, USW2, RecoveryDesigns.EUW1),
                List.of(service("api-use1", "use1"), service("api-usw2", "usw2"),
                        database("v1", "use1", DatabaseRole.VOTER, 0, 1, 0),
                        database("v2", "usw2", DatabaseRole.VOTER, 0, 1, 0),
                        database("v3", "euw1", DatabaseRole.VOTER, 0, 1, 0)),
                List.of(),
                List.of(dataset("ledger", WriteStrategy.MAJORITY_QUORUM, ConflictResolution.NONE, 100, 256, false, 0,
                        "v1", "v2", "v3")),
                dns(60, 10, 3, 0, 0));

        RecoveryReport report = RecoveryEngine.evaluate(t);

        // One region of three lost: 2 of 3 voters remain, a majority; they elect a leader in 10 s (default).
        assertThat(report.rto().promotion().value()).isEqualTo(10);
        // A leader at 30 + 10 + 5 = 45 s, before 99% of the clients have moved (94.4 s).
        assertThat(report.rto().rto().value()).isCloseTo(94.4, within(EPS));
        assertThat(report.rpo().get(0).seconds()).isZero();     // no region holds a majority
    }

    @Test
    void emptyDesignRecoversInstantly() {
        RecoveryReport report = RecoveryEngine.evaluate(Topology.EMPTY);

        assertThat(report.rto().rto().value()).isZero();
        assertThat(report.reads().secondsTo100Percent().value()).isZero();
        assertThat(report.rpo()).isEmpty();
        assertThat(report.lags()).isEmpty();
        assertThat(report.wanCut()).isEmpty();
    }

    @Test
    void strandedReplicasOfTheLostPrimaryAreNoted() {
        // Seed 000 follow-up: other replicas keep replicating from the dead us-east-1 primary.
        Topology seed = twoRegionSeed();
        Topology t = seed.withRegion(RecoveryDesigns.EUW1)
                .withComponent(database("db-euw1", "euw1", DatabaseRole.REPLICA, 5000, 1, 30))
                .withLink(RecoveryDesigns.replication("db-use1", "db-euw1", io.meridian.model.ReplicationMode.ASYNC))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 1050, 1024,
                        false, 0, "db-use1", "db-usw2", "db-euw1"));

        RecoveryReport report = RecoveryEngine.evaluate(t);

        assertThat(report.notes()).anyMatch(n -> n.contains("'db-euw1'") && n.contains("re-pointed")
                && n.contains("'db-usw2'"));
    }
}
