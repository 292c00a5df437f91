package io.meridian.recovery;

import static io.meridian.recovery.RecoveryDesigns.EUW1;
import static io.meridian.recovery.RecoveryDesigns.USC1;
import static io.meridian.recovery.RecoveryDesigns.USE1;
import static io.meridian.recovery.RecoveryDesigns.USW2;
import static io.meridian.recovery.RecoveryDesigns.cdc;
import static io.meridian.recovery.RecoveryDesigns.database;
import static io.meridian.recovery.RecoveryDesigns.dataset;
import static io.meridian.recovery.RecoveryDesigns.dns;
import static io.meridian.recovery.RecoveryDesigns.queue;
import static io.meridian.recovery.RecoveryDesigns.replication;
import static io.meridian.recovery.RecoveryDesigns.rtt;
import static io.meridian.recovery.RecoveryDesigns.service;
import static io.meridian.recovery.RecoveryDesigns.topology;
import static io.meridian.recovery.RecoveryDesigns.twoRegionSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpoTest {
    private static final double EPS = 1e-9;

    /**
     * Seed 004: MySQL primary in us-east-1 replicating to eu-west-1 (RTT 150 ms) at 6,000 writes/s; the replica
     * applies 5,000 writes/s per worker.
     */
    private static Topology mysqlSeed(int workers) {
        return topology(List.of(USE1, EUW1),
                List.of(service("api-use1", "use1"), service("api-euw1", "euw1"),
                        database("db-use1", "use1", DatabaseRole.PRIMARY, 5000, 1, 30),
                        database("db-euw1", "euw1", DatabaseRole.REPLICA, 5000, workers, 30)),
                List.of(replication("db-use1", "db-euw1", ReplicationMode.ASYNC), rtt(USE1, EUW1, 150)),
                List.of(dataset("accounts", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 6000, 1024, false,
                        0, "db-use1", "db-euw1")),
                dns(60, 10, 3, 0, 0));
    }

    @Test
    void singleThreadedApplyFallsBehindWithoutBound() {
        RecoveryReport report = RecoveryEngine.evaluate(mysqlSeed(1));

        ReplicationLag lag = report.lags().get(0);
        assertThat(lag.writeLoad().value()).isEqualTo(6000);
        assertThat(lag.applyCapacity().value()).isEqualTo(5000);          // 1 worker × 5,000
        assertThat(lag.backlogGrowthPerSecond().value()).isEqualTo(1000); // 6,000 − 5,000
        assertThat(lag.backlogAfterOneHour().value()).isEqualTo(3_600_000); // 1,000 × 3,600
        assertThat(lag.unbounded()).isTrue();
        DatasetRpo rpo = report.rpo().get(0);
        assertThat(rpo.unbounded()).isTrue();
        assertThat(rpo.seconds()).isInfinite();
        assertThat(rpo.limitingLinkId()).isEqualTo("repl.db-use1.db-euw1");
        // After an hour the 3.6 M writes take 3,600,000 / 5,000 = 720 s to apply.
        assertThat(report.notes()).anyMatch(n -> n.contains("1,000 writes/s behind")
                && n.contains("3,600,000 writes after an hour") && n.contains("720 s of lag"));
    }

    @Test
    void eightParallelWorkersKeepUp() {
        RecoveryReport report = RecoveryEngine.evaluate(mysqlSeed(8));

        ReplicationLag lag = report.lags().get(0);
        assertThat(lag.applyCapacity().value()).isEqualTo(40_000); // 8 × 5,000
        assertThat(lag.backlogGrowthPerSecond().value()).isZero();
        assertThat(lag.unbounded()).isFalse();
        // No backlog: p50 = one-way trip + flush interval = (150 / 2 + 200) / 1000 = 0.275 s; p99 = 3 × 0.275.
        assertThat(lag.lagSeconds().value()).isCloseTo(0.275, within(EPS));
        assertThat(lag.lagP99Seconds().value()).isCloseTo(0.825, within(EPS));
        // Promoting the async replica: p99 0.825 s + 30 s in which the isolated primary keeps writing = 30.825 s.
        assertThat(report.rpo().get(0).seconds()).isCloseTo(30.825, within(EPS));
    }

    @Test
    void templateReplicaTrailsByTheOneWayTrip() {
        RecoveryReport report = RecoveryEngine.evaluate(twoRegionSeed());

        // orders: 1,050 writes/s against 5,000 of apply keeps up; p50 = (70 / 2 + 200) / 1000 = 0.235 s,
        // p99 = 3 × 0.235 = 0.705 s; the promoted replica misses that plus the 30 s fencing time: 30.705 s.
        DatasetRpo orders = report.rpo().get(0);
        assertThat(orders.datasetId()).isEqualTo("orders");
        assertThat(orders.typicalLag().value()).isCloseTo(0.235, within(EPS));
        assertThat(orders.typicalLag().formula()).isEqualTo("(typicalRtt / 2 + flushInterval + linkLag) / 1000");
        assertThat(orders.fencing().value()).isEqualTo(30);
        assertThat(orders.seconds()).isCloseTo(30.705, within(EPS));
        assertThat(orders.rpoSeconds().formula()).isEqualTo("p99 + fencing");
        // sessions (multi-primary over async links both ways, caches apply without limit): nothing is promoted, so
        // no fencing: the p99, 0.705 s.
        assertThat(report.rpo().get(1).seconds()).isCloseTo(0.705, within(EPS));
        assertThat(report.rpo().get(1).fencing()).isNull();
        assertThat(report.promotions().get(0).promotedComponentId()).isEqualTo("db-usw2");
        assertThat(report.promotions().get(1).seconds().value()).isZero(); // every copy accepts writes
    }

    @Test
    void synchronousReplicaLosesNothing() {
        Topology t = twoRegionSeed().withLink(replication("db-use1", "db-usw2", ReplicationMode.SYNC));

        DatasetRpo orders = RecoveryEngine.evaluate(t).rpo().get(0);

        assertThat(orders.seconds()).isZero();
        assertThat(orders.unbounded()).isFalse();
    }

    @Test
    void cdcThroughKafkaAddsTheConsumerLag() {
        // Seed 000: Debezium → Kafka in GCP us-central1 → consumer applies to AWS us-east-1; the topic lags 5 s.
        Topology t = cdcDesign(queue("kafka-gcp", "usc1", 24, 0, 5), 3000);

        RecoveryReport report = RecoveryEngine.evaluate(t);

        ReplicationLag lag = report.lags().get(0);
        assertThat(lag.viaQueueId()).isEqualTo("kafka-gcp");
        // 30 ms RTT → 15 ms one way, + 200 ms flush interval, + 5 s consumer lag = 5.215 s; p99 = 3 × 5.215.
        assertThat(lag.lagSeconds().value()).isCloseTo(5.215, within(EPS));
        assertThat(lag.lagSeconds().inputs()).containsEntry("consumerLag", 5.0);
        assertThat(lag.lagP99Seconds().value()).isCloseTo(15.645, within(EPS));
        // Single-primary promotion: 15.645 + 30 s fencing.
        assertThat(report.rpo().get(0).seconds()).isCloseTo(45.645, within(EPS));
    }

    @Test
    void queueThroughputBelowTheWriteRateIsAnUnboundedBacklog() {
        // 3,000 writes/s into a queue that carries 2,000 msg/s; the target database applies without a stated limit.
        Topology t = cdcDesign(queue("kafka-gcp", "usc1", 24, 2000, 5), 3000);

        ReplicationLag lag = RecoveryEngine.evaluate(t).lags().get(0);

        assertThat(lag.applyCapacity().value()).isEqualTo(2000);
        assertThat(lag.backlogGrowthPerSecond().value()).isEqualTo(1000);
        assertThat(lag.unbounded()).isTrue();
    }

    @Test
    void oneRegionHoldingEveryCopyHasNoBound() {
        Topology t = topology(List.of(USE1, USW2),
                List.of(service("api-use1", "use1"), service("api-usw2", "usw2"),
                        database("a", "use1", DatabaseRole.PRIMARY, 5000, 1, 30),
                        database("b", "use1", DatabaseRole.REPLICA, 5000, 1, 30)),
                List.of(replication("a", "b", ReplicationMode.SYNC)),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 100, 100, false, 0,
                        "a", "b")),
                dns(60, 10, 3, 0, 0));

        DatasetRpo rpo = RecoveryEngine.evaluate(t).rpo().get(0);

        assertThat(rpo.unbounded()).isTrue();
        assertThat(rpo.basis()).contains("use1");
    }

    @Test
    void twoPhaseCommitLosesNothing() {
        Topology t = twoRegionSeed().withDataset(dataset("orders", WriteStrategy.TWO_PHASE_COMMIT,
                ConflictResolution.NONE, 1050, 1024, false, 0, "db-use1", "db-usw2"));

        RecoveryReport report = RecoveryEngine.evaluate(t);

        assertThat(report.rpo().get(0).seconds()).isZero();
        // Every copy votes: writes block until the lost region is repaired, 4 h.
        assertThat(report.promotions().get(0).seconds().value()).isEqualTo(14_400);
    }

    @Test
    void datasetWithoutCopiesIsReportedNotThrown() {
        Topology t = twoRegionSeed().withDataset(dataset("orphan", WriteStrategy.SINGLE_PRIMARY,
                ConflictResolution.NONE, 10, 10, false, 0));

        RecoveryReport report = RecoveryEngine.evaluate(t);

        assertThat(report.rpo()).filteredOn(r -> r.datasetId().equals("orphan")).singleElement()
                .matches(DatasetRpo::unbounded);
        assertThat(report.promotions()).filteredOn(p -> p.datasetId().equals("orphan")).singleElement()
                .matches(p -> p.seconds().value() == 0);
    }

    static Topology cdcDesign(io.meridian.model.Component kafka, double writesPerSecond) {
        return topology(List.of(USC1, USE1),
                List.of(service("api-usc1", "usc1"), service("api-use1", "use1"),
                        database("startup-db", "usc1", DatabaseRole.PRIMARY, 0, 1, 30),
                        database("aws-db", "use1", DatabaseRole.REPLICA, 0, 1, 30), kafka),
                List.of(cdc("startup-db", "aws-db", kafka.id()), rtt(USC1, USE1, 30)),
                List.of(dataset("users", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, writesPerSecond, 2048,
                        false, 0, "startup-db", "aws-db")),
                dns(60, 10, 3, 0, 0));
    }
}
