package io.meridian.evaluation;

import static io.meridian.routing.Designs.database;
import static io.meridian.routing.Designs.population;
import static io.meridian.routing.Designs.region;
import static io.meridian.routing.Designs.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.latency.ServedLatency;
import io.meridian.model.Assumptions;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.ModelException;
import io.meridian.model.Objectives;
import io.meridian.model.ServiceTime;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Request latency (issue 11, item 4): network hops, the intra-region hop and the service times along the path, at the
 * median and at p99, and the objectives that judge them. Two regions on the equator, a (0°) and b (10°E), measured
 * RTT 30 ms; the design states the uniform model (overhead 2 ms), so a user at a's coordinates pays 2 ms to a.
 * Defaults: intra-region RTT 1 ms (p99 2 ms); network p99 = 1.2 × the median.
 */
class RequestLatencyTest {
    private static final Offset<Double> MS = offset(1e-9);

    /** API in a (p50 5 ms, p99 20 ms), primary in a (p50 2 ms, p99 8 ms), replica in b; users at a. */
    private static Topology design(Objectives objectives) {
        return Topology.EMPTY.withAssumptions(new Assumptions(200, 1.5, 2.0, 4, 0))
                .withRegion(region("a", 0, 0)).withRegion(region("b", 0, 10))
                .withComponent(service("api-a", "a").withServiceTime(new ServiceTime(5, 20)))
                .withComponent(database("db-a", "a", DatabaseRole.PRIMARY).withServiceTime(new ServiceTime(2, 8)))
                .withComponent(database("db-b", "b", DatabaseRole.REPLICA))
                .withLink(Link.network("ab", "a", "b", 30))
                .withLink(Link.dependency("api-a.db-a", "api-a", "db-a"))
                .withDataset(new Dataset("orders", "orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                        10, 512, false, null, List.of("db-a", "db-b"), 0))
                .withPopulation(population("users", 0, 0))
                .withObjectives(objectives);
    }

    @Test
    void aLocalCommitPaysTheIntraRegionHopAndTheServiceTimesAtP50AndP99() {
        Evaluation e = Evaluator.evaluate(design(Objectives.NONE));
        ServedLatency write = e.latency().writes().get(0).latency().byRegion().get(0);
        // p50: client 2 + API → primary in the same region 1 + no sync replica 0 + API 5 + primary 2 = 10 ms
        // (before issue 11, item 4: 2 ms, a local commit costing nothing).
        assertThat(write.typicalMs().value()).isCloseTo(10, MS);
        assertThat(write.typicalMs().inputs()).containsEntry("primaryRtt", 1.0).containsEntry("entryService", 5.0)
                .containsEntry("dataService", 2.0);
        // p99: client 1.2 × 2 = 2.4 + intra-region p99 2 + API 20 + primary 8 = 32.4 ms.
        assertThat(write.p99Ms().value()).isCloseTo(32.4, MS);
        // Floor: the hops at their physical floors (0 km: 0) and no service time: 0 ms.
        assertThat(write.floorMs().value()).isCloseTo(0, MS);
        // A strong read of the same data: client 2 + readRtt 1 + API 5 + primary 2 = 10 ms; p99 2.4 + 2 + 20 + 8.
        ServedLatency read = e.latency().datasetReads().get(0).latency().byRegion().get(0);
        assertThat(read.typicalMs().value()).isCloseTo(10, MS);
        assertThat(read.p99Ms().value()).isCloseTo(32.4, MS);
    }

    @Test
    void latencyObjectivesCompareTheRequestLatencyAtP50AndP99() {
        // Targets 12 ms (p50) and 30 ms (p99): the p50 (10 ms) passes, the p99 (32.4 ms) fails, reads and writes.
        Objectives targets = new Objectives(null, null, null, 12.0, 12.0, null, SurviveLoss.NONE, 30.0, 30.0);
        Evaluation e = Evaluator.evaluate(design(targets));
        assertThat(e.objectives()).extracting(ObjectiveResult::objective, ObjectiveResult::pass).containsExactly(
                org.assertj.core.groups.Tuple.tuple("read-latency", true),
                org.assertj.core.groups.Tuple.tuple("read-latency-p99", false),
                org.assertj.core.groups.Tuple.tuple("write-latency", true),
                org.assertj.core.groups.Tuple.tuple("write-latency-p99", false));
        assertThat(e.objectives().get(1).actual().value()).isCloseTo(32.4, MS);
        assertThat(e.objectives().get(3).actual().value()).isCloseTo(32.4, MS);
    }

    @Test
    void aServiceTimeTailCannotBeBelowItsMedian() {
        assertThatThrownBy(() -> new ServiceTime(10, 5)).isInstanceOf(ModelException.class)
                .hasMessageContaining("serviceTimeP99Ms");
        // Only a median stated: p99 = 3 × p50 (Defaults.SERVICE_TIME_P99_FACTOR).
        assertThat(ServiceTime.ofMedian(4).p99Ms()).isEqualTo(12);
    }
}
