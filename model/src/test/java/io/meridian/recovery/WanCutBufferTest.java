package io.meridian.recovery;

import static io.meridian.recovery.RecoveryDesigns.queue;
import static io.meridian.recovery.RecoveryDesigns.replication;
import static io.meridian.recovery.RecoveryDesigns.twoRegionSeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import org.junit.jupiter.api.Test;

class WanCutBufferTest {

    @Test
    void templateOrdersNeedTwentyFourHoursOfWritesAndHaveNoQueue() {
        RecoveryReport report = RecoveryEngine.evaluate(twoRegionSeed());

        WanCutBuffer orders = report.wanCut().stream().filter(b -> b.datasetId().equals("orders")).findFirst()
                .orElseThrow();
        // 1,050 writes/s × 1,024 B = 1,075,200 B/s; × 24 h × 3,600 s = 92,897,280,000 B ≈ 92.9 GB.
        assertThat(orders.bytes().value()).isEqualTo(92_897_280_000.0);
        assertThat(orders.retentionHoursNeeded().value()).isEqualTo(24);
        assertThat(orders.queueId()).isNull();
        assertThat(orders.sufficient()).isFalse();
        assertThat(orders.explanation()).contains("92.9 GB").contains("no queue");
        // sessions: 500 × 512 × 86,400 = 22,118,400,000 B.
        WanCutBuffer sessions = report.wanCut().stream().filter(b -> b.datasetId().equals("sessions")).findFirst()
                .orElseThrow();
        assertThat(sessions.bytes().value()).isEqualTo(22_118_400_000.0);
    }

    @Test
    void kafkaKeepingADayRidesOutTheCut() {
        // 3,000 writes/s × 2,048 B × 86,400 s = 530,841,600,000 B ≈ 530.8 GB in a queue that keeps 24 h.
        RecoveryReport report = RecoveryEngine.evaluate(RpoTest.cdcDesign(queue("kafka-gcp", "usc1", 24, 0, 5), 3000));

        WanCutBuffer users = report.wanCut().get(0);
        assertThat(users.bytes().value()).isEqualTo(530_841_600_000.0);
        assertThat(users.queueId()).isEqualTo("kafka-gcp");
        assertThat(users.sufficient()).isTrue();
        assertThat(users.explanation()).contains("530.8 GB");
    }

    @Test
    void twelveHoursOfRetentionIsTooShort() {
        RecoveryReport report = RecoveryEngine.evaluate(RpoTest.cdcDesign(queue("kafka-gcp", "usc1", 12, 0, 5), 3000));

        WanCutBuffer users = report.wanCut().get(0);
        assertThat(users.sufficient()).isFalse();
        assertThat(users.explanation()).contains("keeps only 12 h");
    }

    @Test
    void aLongerCutFromTheAssumptionsScalesTheBuffer() {
        Topology base = RpoTest.cdcDesign(queue("kafka-gcp", "usc1", 24, 0, 5), 3000);
        Assumptions a = base.assumptions();
        Topology t = base.withAssumptions(new Assumptions(a.fiberKmPerMs(), a.routeInflation(), a.overheadRttMs(),
                a.commitWaitEpsilonMs(), a.downtimeCostPerHour(), a.reconnectSeconds(), a.partitionSeconds(), 48,
                a.transferPricePerGb()));

        WanCutBuffer users = RecoveryEngine.evaluate(t).wanCut().get(0);

        // Twice the cut: 2 × 530,841,600,000 B; 24 h of retention no longer covers 48 h.
        assertThat(users.bytes().value()).isEqualTo(1_061_683_200_000.0);
        assertThat(users.retentionHoursNeeded().value()).isEqualTo(48);
        assertThat(users.sufficient()).isFalse();
        assertThat(Defaults.WAN_CUT_HOURS).isEqualTo(24);
    }

    @Test
    void synchronousStreamsNeedNoBuffer() {
        Topology t = twoRegionSeed().withLink(replication("db-use1", "db-usw2", ReplicationMode.SYNC));

        assertThat(RecoveryEngine.evaluate(t).wanCut()).extracting(WanCutBuffer::datasetId)
                .containsExactly("sessions");
    }
}
