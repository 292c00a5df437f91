package io.meridian.consistency;

import static io.meridian.recovery.RecoveryDesigns.APSE1;
import static io.meridian.recovery.RecoveryDesigns.EUW1;
import static io.meridian.recovery.RecoveryDesigns.USE1;
import static io.meridian.recovery.RecoveryDesigns.USW2;
import static io.meridian.recovery.RecoveryDesigns.cache;
import static io.meridian.recovery.RecoveryDesigns.database;
import static io.meridian.recovery.RecoveryDesigns.dataset;
import static io.meridian.recovery.RecoveryDesigns.dns;
import static io.meridian.recovery.RecoveryDesigns.replication;
import static io.meridian.recovery.RecoveryDesigns.rtt;
import static io.meridian.recovery.RecoveryDesigns.service;
import static io.meridian.recovery.RecoveryDesigns.topology;
import static io.meridian.recovery.RecoveryDesigns.twoRegionSeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Assumptions;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyEngineTest {
    private static final double EPS = 1e-9;

    /**
     * Seed 000, real-time collaboration: a document CRDT in us-east-1, eu-west-1 and ap-southeast-1, RTTs pinned at
     * 80 ms (use1–euw1), 230 ms (use1–apse1) and 180 ms (euw1–apse1), merged at 150,000 operations/s.
     */
    private static Topology collaboration(double writesPerSecond) {
        return topology(List.of(USE1, EUW1, APSE1),
                List.of(service("api-use1", "use1"), service("api-euw1", "euw1"), service("api-apse1", "apse1"),
                        cache("doc-use1", "use1"), cache("doc-euw1", "euw1"), cache("doc-apse1", "apse1")),
                List.of(rtt(USE1, EUW1, 80), rtt(USE1, APSE1, 230), rtt(EUW1, APSE1, 180)),
                List.of(dataset("documents", WriteStrategy.MULTI_PRIMARY, ConflictResolution.CRDT, writesPerSecond,
                        200, true, 150_000, "doc-use1", "doc-euw1", "doc-apse1")),
                dns(60, 10, 3, 0, 0));
    }

    private static DatasetConsistency only(Topology t) {
        return ConsistencyEngine.evaluate(t).datasets().get(0);
    }

    @Test
    void crdtDocumentConvergesInTheSeedsTwoToThreeSeconds() {
        DatasetConsistency docs = only(collaboration(10_000));

        // 10,000 edits/s × 30 s = 300,000 queued; / 150,000 merged per second = 2 s; + the largest RTT between the
        // copies, 230 ms: 2.23 s, inside the seed's "within 2–3 seconds".
        assertThat(docs.convergenceSeconds().value()).isCloseTo(2.23, within(EPS));
        assertThat(docs.convergenceSeconds().inputs()).containsEntry("partitionSeconds", 30.0)
                .containsEntry("maxRtt", 230.0);
        assertThat(docs.partition()).isEqualTo(PartitionBehaviour.DIVERGES_THEN_MERGES);
        assertThat(docs.pacelc()).isEqualTo("PA/EL");
        assertThat(docs.doubleSpendRisk()).isFalse();
        assertThat(docs.splitBrainRisk()).isFalse();
    }

    @Test
    void elevenMillionEditsTakeOverAMinuteToMerge() {
        // Seed follow-up: 10 M + 1 M operations during the 30 s partition = 11,000,000 / 30 per second.
        // 11,000,000 / 150,000 = 73.333 s, + 0.23 s = 73.563 s: user-visible lag.
        DatasetConsistency docs = only(collaboration(11_000_000 / 30.0));

        assertThat(docs.convergenceSeconds().value()).isCloseTo(73.5633, within(1e-3));
    }

    @Test
    void aLongerPartitionQueuesMore() {
        Topology base = collaboration(10_000);
        Assumptions a = base.assumptions();
        Topology t = base.withAssumptions(new Assumptions(a.fiberKmPerMs(), a.routeInflation(), a.overheadRttMs(),
                a.commitWaitEpsilonMs(), a.downtimeCostPerHour(), a.reconnectSeconds(), 60, a.wanCutHours(),
                a.transferPricePerGb()));

        // 10,000 × 60 / 150,000 = 4 s, + 0.23 s.
        assertThat(only(t).convergenceSeconds().value()).isCloseTo(4.23, within(EPS));
    }

    @Test
    void unstatedMergeRateLeavesOnlyTheRoundTrip() {
        Topology t = collaboration(10_000).withDataset(dataset("documents", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.CRDT, 10_000, 200, true, 0, "doc-use1", "doc-euw1"));

        // Copies in use1 and euw1 only: the RTT between them, 80 ms.
        assertThat(only(t).convergenceSeconds().value()).isCloseTo(0.08, within(EPS));
    }

    @Test
    void lastWriterWinsOnABalanceLosesWritesAndCanDoubleSpend() {
        // Seed 000: balances active-active across regions; $900 withdrawn in us-east-1 and in eu-west-1 at once.
        Topology t = collaboration(1).withDataset(dataset("documents", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.LWW, 2_000, 128, false, 0, "doc-use1", "doc-euw1", "doc-apse1"));

        DatasetConsistency balances = only(t);

        assertThat(balances.partition()).isEqualTo(PartitionBehaviour.LOSES_WRITES);
        assertThat(balances.doubleSpendRisk()).isTrue();
        assertThat(balances.convergenceSeconds()).isNull();
        assertThat(balances.explanation()).contains("last-writer-wins").contains("Double-spend");
    }

    @Test
    void aCrdtOverNonCommutativeValuesStillDoubleSpends() {
        Topology t = collaboration(1).withDataset(dataset("documents", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.CRDT, 2_000, 128, false, 150_000, "doc-use1", "doc-euw1"));

        DatasetConsistency balances = only(t);

        assertThat(balances.partition()).isEqualTo(PartitionBehaviour.DIVERGES_THEN_MERGES);
        assertThat(balances.doubleSpendRisk()).isTrue();
    }

    @Test
    void commutativeCountersWithoutAResolverMerge() {
        Topology t = collaboration(1).withDataset(dataset("documents", WriteStrategy.MULTI_PRIMARY,
                ConflictResolution.NONE, 1_000, 8, true, 0, "doc-use1", "doc-euw1"));

        assertThat(only(t).partition()).isEqualTo(PartitionBehaviour.DIVERGES_THEN_MERGES);
        assertThat(only(t).doubleSpendRisk()).isFalse();
    }

    @Test
    void twoPhaseCommitBlocksAndCannotDoubleSpend() {
        Topology t = collaboration(1).withDataset(dataset("documents", WriteStrategy.TWO_PHASE_COMMIT,
                ConflictResolution.NONE, 2_000, 128, false, 0, "doc-use1", "doc-euw1", "doc-apse1"));

        DatasetConsistency balances = only(t);

        assertThat(balances.pacelc()).isEqualTo("PC/EC");
        assertThat(balances.partition()).isEqualTo(PartitionBehaviour.BLOCKS_WRITES);
        assertThat(balances.doubleSpendRisk()).isFalse();
        assertThat(balances.splitBrainRisk()).isFalse();
    }

    @Test
    void templateAsyncPrimaryInTwoRegionsRisksSplitBrain() {
        ConsistencyReport report = ConsistencyEngine.evaluate(twoRegionSeed());

        DatasetConsistency orders = report.datasets().get(0);
        assertThat(orders.pacelc()).isEqualTo("PA/EL");
        assertThat(orders.partition()).isEqualTo(PartitionBehaviour.BLOCKS_WRITES);
        assertThat(orders.splitBrainRisk()).isTrue();
        assertThat(orders.explanation()).contains("db-usw2").contains("no third region or witness");
        DatasetConsistency sessions = report.datasets().get(1);
        assertThat(sessions.partition()).isEqualTo(PartitionBehaviour.LOSES_WRITES); // LWW on sessions
        assertThat(sessions.doubleSpendRisk()).isTrue();
        assertThat(sessions.splitBrainRisk()).isFalse();
    }

    @Test
    void aWitnessInAThirdRegionRemovesTheSplitBrainRisk() {
        Topology t = twoRegionSeed().withRegion(EUW1)
                .withComponent(database("witness-euw1", "euw1", DatabaseRole.WITNESS, 0, 1, 0))
                .withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 1050, 1024,
                        false, 0, "db-use1", "db-usw2", "witness-euw1"));

        assertThat(only(t).splitBrainRisk()).isFalse();
    }

    @Test
    void synchronousReplicaAcrossRegionsIsConsistentAndBlocks() {
        Topology t = twoRegionSeed().withLink(replication("db-use1", "db-usw2", ReplicationMode.SYNC));

        DatasetConsistency orders = only(t);

        assertThat(orders.pacelc()).isEqualTo("PC/EC");
        assertThat(orders.partition()).isEqualTo(PartitionBehaviour.BLOCKS_WRITES);
        assertThat(orders.splitBrainRisk()).isTrue(); // still two regions and automatic promotion
    }

    @Test
    void quorumOverThreeRegionsBlocksTheMinority() {
        Topology t = topology(List.of(USE1, USW2, EUW1),
                List.of(database("v1", "use1", DatabaseRole.VOTER, 0, 1, 0),
                        database("v2", "usw2", DatabaseRole.VOTER, 0, 1, 0),
                        database("v3", "euw1", DatabaseRole.VOTER, 0, 1, 0)),
                List.of(),
                List.of(dataset("ledger", WriteStrategy.MAJORITY_QUORUM, ConflictResolution.NONE, 100, 256, false, 0,
                        "v1", "v2", "v3")),
                null);

        DatasetConsistency ledger = only(t);

        assertThat(ledger.pacelc()).isEqualTo("PC/EC");
        assertThat(ledger.partition()).isEqualTo(PartitionBehaviour.BLOCKS_WRITES);
        assertThat(ledger.splitBrainRisk()).isFalse();
        assertThat(ledger.doubleSpendRisk()).isFalse();
    }

    @Test
    void homeRegionStaysWritableAtEveryHome() {
        Topology t = twoRegionSeed().withDataset(new Dataset("orders", "orders", WriteStrategy.HOME_REGION,
                ConflictResolution.NONE, 1050, 1024, false, null, List.of("db-use1", "db-usw2"), 0));

        DatasetConsistency orders = only(t);

        assertThat(orders.pacelc()).isEqualTo("PA/EL");
        assertThat(orders.partition()).isEqualTo(PartitionBehaviour.PARTITIONED_BY_HOME);
    }

    @Test
    void oneRegionIsASingleCopy() {
        Topology t = twoRegionSeed().withDataset(dataset("orders", WriteStrategy.SINGLE_PRIMARY,
                ConflictResolution.NONE, 1050, 1024, false, 0, "db-use1"));

        DatasetConsistency orders = only(t);

        assertThat(orders.partition()).isEqualTo(PartitionBehaviour.SINGLE_COPY);
        assertThat(orders.splitBrainRisk()).isFalse();
    }

    @Test
    void emptyDesignHasNoDatasets() {
        assertThat(ConsistencyEngine.evaluate(Topology.EMPTY).datasets()).isEmpty();
    }
}
