package io.meridian.recovery;

import static io.meridian.recovery.RecoveryDesigns.EUW1;
import static io.meridian.recovery.RecoveryDesigns.USE1;
import static io.meridian.recovery.RecoveryDesigns.USW2;
import static io.meridian.recovery.RecoveryDesigns.database;
import static io.meridian.recovery.RecoveryDesigns.dns;
import static io.meridian.recovery.RecoveryDesigns.replication;
import static io.meridian.recovery.RecoveryDesigns.rtt;
import static io.meridian.recovery.RecoveryDesigns.service;
import static io.meridian.recovery.RecoveryDesigns.topology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.Evaluator;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Objectives;
import io.meridian.model.PromotionMode;
import io.meridian.model.ReplicationMode;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.model.WriteBurst;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10 item 8: the lag distribution, bursts and fencing, each on a two-region design worked by hand. */
class RpoTailTest {
    private static final double EPS = 1e-9;

    /** Primary in us-east-1, replica in us-west-2 (RTT pinned at 100 ms), one worker of 5,000 writes/s each. */
    private static Topology primaryAndReplica(Link link, Dataset... datasets) {
        return topology(List.of(USE1, USW2),
                List.of(service("api-use1", "use1"), service("api-usw2", "usw2"),
                        database("db-use1", "use1", DatabaseRole.PRIMARY, 5000, 1, 30),
                        database("db-usw2", "usw2", DatabaseRole.REPLICA, 5000, 1, 30)),
                List.of(link, rtt(USE1, USW2, 100)), List.of(datasets), dns(60, 10, 3, 0, 0));
    }

    private static Dataset orders(double writesPerSecond, WriteBurst burst, Double fencingSeconds) {
        return new Dataset("orders", "orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                writesPerSecond, 1024, false, null, List.of("db-use1", "db-usw2"), 0, PromotionMode.AUTOMATIC, null,
                null, burst, fencingSeconds);
    }

    private static Link async() {
        return replication("db-use1", "db-usw2", ReplicationMode.ASYNC);
    }

    @Test
    void defaultLagIsTheOneWayTripPlusTheFlushIntervalWithATailOfThreeTimes() {
        RecoveryReport r = RecoveryEngine.evaluate(primaryAndReplica(async(), orders(1000, null, null)));

        ReplicationLag lag = r.lags().get(0);
        // p50 = (100 / 2 + 200 + 0) / 1000 = 0.25 s; p99 = 3 × 0.25 = 0.75 s.
        assertThat(lag.lagSeconds().value()).isCloseTo(0.25, within(EPS));
        assertThat(lag.lagP99Seconds().value()).isCloseTo(0.75, within(EPS));
        // Lognormal through them: σ = ln 3 / z₀.₉₉ = 1.0986123 / 2.3263479 = 0.4722476;
        // mean = 0.25 × exp(0.4722476² / 2) = 0.25 × exp(0.1115089) = 0.25 × 1.1179637 = 0.2794909 s.
        assertThat(lag.lagSigma()).isCloseTo(0.4722476, within(1e-6));
        assertThat(lag.lagMeanSeconds().value()).isCloseTo(0.2794909, within(1e-6));
        assertThat(lag.burst()).isNull();
        assertThat(lag.tailSeconds().value()).isCloseTo(0.75, within(EPS));
        // Promoting the replica: 0.75 s of tail + 30 s in which the cut-off primary keeps committing = 30.75 s.
        DatasetRpo rpo = r.rpo().get(0);
        assertThat(rpo.seconds()).isCloseTo(30.75, within(EPS));
        assertThat(rpo.typicalLag().value()).isCloseTo(0.25, within(EPS));
        assertThat(rpo.fencing().value()).isEqualTo(30);
    }

    @Test
    void aMeasuredLagReplacesTheDefaults() {
        Link measured = async().withLag(400.0, 2000.0);

        RecoveryReport r = RecoveryEngine.evaluate(primaryAndReplica(measured, orders(1000, null, 10.0)));

        ReplicationLag lag = r.lags().get(0);
        assertThat(lag.lagSeconds().value()).isCloseTo(0.4, within(EPS));
        assertThat(lag.lagP99Seconds().value()).isCloseTo(2.0, within(EPS));
        // σ = ln(2.0 / 0.4) / z₀.₉₉ = 1.6094379 / 2.3263479 = 0.6918303.
        assertThat(lag.lagSigma()).isCloseTo(0.6918303, within(1e-6));
        // 2.0 s of p99 + the stated 10 s fencing = 12 s.
        assertThat(r.rpo().get(0).seconds()).isCloseTo(12, within(EPS));
        assertThat(r.rpo().get(0).fencing().formula()).contains("stated");
    }

    @Test
    void onlyAMeasuredMedianScalesTheDefaultTail() {
        RecoveryReport r = RecoveryEngine.evaluate(primaryAndReplica(async().withLag(1000.0, null),
                orders(1000, null, 0.0)));

        // p99 = 3 × 1.0 s; fencing 0 (e.g. STONITH before promotion): RPO = 3 s.
        assertThat(r.lags().get(0).lagP99Seconds().value()).isCloseTo(3.0, within(EPS));
        assertThat(r.rpo().get(0).seconds()).isCloseTo(3.0, within(EPS));
    }

    @Test
    void aBurstAboveTheApplyRateLeavesAFiniteBacklogOnTopOfTheTail() {
        // 3,000 writes/s sustained; a 60 s burst at 8,000 writes/s into a replica applying 5,000 writes/s.
        Dataset orders = orders(3000, new WriteBurst(8000, 60), 5.0);

        RecoveryReport r = RecoveryEngine.evaluate(primaryAndReplica(async(), orders));

        ReplicationLag lag = r.lags().get(0);
        assertThat(lag.unbounded()).isFalse();
        BurstBacklog burst = lag.burst();
        assertThat(burst.datasetId()).isEqualTo("orders");
        // (8,000 − 5,000) × 60 s = 180,000 writes behind; the last one is applied 180,000 / 5,000 = 36 s late.
        assertThat(burst.burstLoad().value()).isEqualTo(8000);
        assertThat(burst.backlog().value()).isEqualTo(180_000);
        assertThat(burst.lag().value()).isCloseTo(36, within(EPS));
        // Tail = p99 0.75 s + 36 s = 36.75 s; RPO = 36.75 + 5 s fencing = 41.75 s.
        assertThat(lag.tailSeconds().value()).isCloseTo(36.75, within(EPS));
        assertThat(r.rpo().get(0).seconds()).isCloseTo(41.75, within(EPS));
    }

    @Test
    void anotherDatasetOnTheSameNodeAddsToTheBurstLoad() {
        // The link ships both datasets: 3,000 + 1,000 = 4,000 writes/s; during the burst 4,000 − 3,000 + 8,000 =
        // 9,000 writes/s: (9,000 − 5,000) × 60 = 240,000 writes, applied 240,000 / 5,000 = 48 s late.
        Dataset other = new Dataset("audit", "audit", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 1000,
                100, false, null, List.of("db-use1", "db-usw2"), 0);

        ReplicationLag lag = RecoveryEngine.evaluate(primaryAndReplica(async(),
                orders(3000, new WriteBurst(8000, 60), null), other)).lags().get(0);

        assertThat(lag.writeLoad().value()).isEqualTo(4000);
        assertThat(lag.burst().burstLoad().value()).isEqualTo(9000);
        assertThat(lag.burst().backlog().value()).isEqualTo(240_000);
        assertThat(lag.burst().lag().value()).isCloseTo(48, within(EPS));
    }

    @Test
    void aBurstTheReplicaKeepsUpWithLeavesNoBacklog() {
        // 4,500 writes/s < 5,000 applied.
        ReplicationLag lag = RecoveryEngine.evaluate(primaryAndReplica(async(),
                orders(3000, new WriteBurst(4500, 600), null))).lags().get(0);

        assertThat(lag.burst()).isNull();
        assertThat(lag.tailSeconds().value()).isCloseTo(0.75, within(EPS));
    }

    @Test
    void aSustainedRateAboveTheApplyRateIsUnboundedBurstOrNot() {
        // 6,000 writes/s sustained > 5,000 applied: unbounded, whatever the burst.
        RecoveryReport r = RecoveryEngine.evaluate(primaryAndReplica(async(),
                orders(6000, new WriteBurst(9000, 10), null)));

        assertThat(r.lags().get(0).unbounded()).isTrue();
        assertThat(r.lags().get(0).burst()).isNull();
        assertThat(r.rpo().get(0).unbounded()).isTrue();
    }

    @Test
    void aSynchronousReplicaLosesNothingWhateverTheFencing() {
        RecoveryReport r = RecoveryEngine.evaluate(primaryAndReplica(
                replication("db-use1", "db-usw2", ReplicationMode.SYNC), orders(1000, null, 120.0)));

        // Every commit waits for db-usw2: a cut-off primary commits nothing, so its 120 s before fencing lose nothing.
        assertThat(r.rpo().get(0).seconds()).isZero();
        assertThat(r.rpo().get(0).fencing()).isNull();
    }

    @Test
    void aSemiSyncLeaderLosesWhatItCommitsAloneAfterItsTimeoutUntilItIsFenced() {
        Link semi = new Link("semi", LinkKind.REPLICATION, "db-use1", "db-usw2", false, ReplicationMode.SEMI_SYNC, 0,
                null, null, null);

        // Default timeout 10 s, default fencing 30 s: it commits alone from 10 s to 30 s: 20 s lost.
        assertThat(RecoveryEngine.evaluate(primaryAndReplica(semi, orders(1000, null, null))).rpo().get(0)
                .seconds()).isCloseTo(20, within(EPS));
        // A 40 s timeout outlasts the 30 s fencing: it never commits alone: 0.
        Link patient = new Link("semi", LinkKind.REPLICATION, "db-use1", "db-usw2", false,
                ReplicationMode.SEMI_SYNC, 0, null, null, 40_000.0);
        assertThat(RecoveryEngine.evaluate(primaryAndReplica(patient, orders(1000, null, null))).rpo().get(0)
                .seconds()).isZero();
    }

    @Test
    void theRpoObjectiveIsJudgedOnTheTailPlusFencing() {
        Objectives tenSeconds = new Objectives(null, null, 10.0, null, null, null, SurviveLoss.NONE);
        Topology unfenced = primaryAndReplica(async(), orders(1000, null, null)).withObjectives(tenSeconds);
        Topology fenced = primaryAndReplica(async(), orders(1000, null, 5.0)).withObjectives(tenSeconds);

        ObjectiveResult fails = rpoResult(unfenced);
        ObjectiveResult passes = rpoResult(fenced);

        // 0.75 + 30 = 30.75 s > 10 s; 0.75 + 5 = 5.75 s ≤ 10 s. The median lag alone (0.25 s) would pass both.
        assertThat(fails.actual().value()).isCloseTo(30.75, within(EPS));
        assertThat(fails.pass()).isFalse();
        assertThat(passes.actual().value()).isCloseTo(5.75, within(EPS));
        assertThat(passes.pass()).isTrue();
    }

    private static ObjectiveResult rpoResult(Topology t) {
        return Evaluator.evaluate(t).objectives().stream().filter(o -> o.objective().equals("rpo")).findFirst()
                .orElseThrow();
    }

    @Test
    void multiPrimaryHasNoPromotionSoNoFencing() {
        Topology t = topology(List.of(USE1, EUW1),
                List.of(database("a", "use1", DatabaseRole.PRIMARY, 5000, 1, 30),
                        database("b", "euw1", DatabaseRole.PRIMARY, 5000, 1, 30)),
                List.of(replication("a", "b", ReplicationMode.ASYNC), replication("b", "a", ReplicationMode.ASYNC),
                        rtt(USE1, EUW1, 80)),
                List.of(new Dataset("likes", "likes", WriteStrategy.MULTI_PRIMARY, ConflictResolution.CRDT, 100, 64,
                        true, null, List.of("a", "b"), 1000)),
                dns(60, 10, 3, 0, 0));

        DatasetRpo rpo = RecoveryEngine.evaluate(t).rpo().get(0);

        // p50 = (80 / 2 + 200) / 1000 = 0.24 s; p99 = 0.72 s; every copy keeps its own writes: no fencing.
        assertThat(rpo.seconds()).isCloseTo(0.72, within(EPS));
        assertThat(rpo.fencing()).isNull();
    }
}
