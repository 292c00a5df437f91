package io.meridian.latency;

import static io.meridian.routing.Designs.database;
import static io.meridian.routing.Designs.population;
import static io.meridian.routing.Designs.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Assumptions;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Problem;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which RTT a region pair gets: the design's network link, else the run's measured-RTT file, else the user's global
 * one, else the estimate; a file row in catalogue ids applies to every region built from those places.
 */
class MeasuredRttPrecedenceTest {
    /**
     * Stated inflation 1.5 and overhead 2 ms make the estimate independent of the corridor table: 10° apart on the
     * equator (1,113.19 km, floor 11.1319 ms) → 11.1319 × 1.5 + 2 = 18.698 ms; 0 km → 2 ms.
     */
    private static final Assumptions PLAIN = new Assumptions(Defaults.FIBER_KM_PER_MS, 1.5, 2.0,
            Defaults.COMMIT_WAIT_EPSILON_MS, Defaults.DOWNTIME_COST_PER_HOUR);
    private static final double ESTIMATE_10_DEGREES = 11.131949 * 1.5 + 2;

    private static final MeasuredRtts GLOBAL = file("global.csv",
            "onprem:eq0,onprem:eq10,30\nonprem:eq0,onprem:eq20,40\nonprem:eq10,onprem:eq20,33\n");
    private static final MeasuredRtts MINE = file("mine.csv", "onprem:eq10,onprem:eq0,25\n");

    private static MeasuredRtts file(String name, String rows) {
        return MeasuredRtts.parse(new StringReader("from,to,rtt_ms\n" + rows), name, MeasuredRttsTest.EQUATOR);
    }

    private static Region region(String id, String catalogId, double lon) {
        return new Region(id, catalogId, id, Provider.ONPREM, new GeoPoint(0, lon), "", 0.9995, 4, 0);
    }

    @Test
    void linkThenTheRunsFileThenTheGlobalFileThenTheEstimate() {
        Topology t = Topology.EMPTY.withAssumptions(PLAIN)
                .withRegion(region("ra", "onprem:eq0", 0))
                .withRegion(region("rb", "onprem:eq10", 10))
                .withRegion(region("rb2", "onprem:eq10", 10))
                .withRegion(region("rc", "onprem:eq20", 20))
                .withRegion(region("rx", null, 10)) // a custom place where eq10 is: no catalogue id, no measurement
                .withLink(Link.network("private", "rc", "ra", 45));
        RegionLatencies r = RegionLatencies.of(t, GLOBAL.overlaidWith(MINE));
        // ra ↔ rb: mine.csv's 25 ms beats global.csv's 30; rb2 is built from the same place, so it gets 25 too.
        assertThat(r.typicalRttMs("rb", "ra")).isEqualTo(25);
        assertThat(r.typicalRttMs("ra", "rb2")).isEqualTo(25);
        assertThat(r.path("ra", "rb").latency().measuredIn()).isEqualTo("mine.csv:2");
        assertThat(r.path("ra", "rb").latency().typicalRttMs().formula())
                .isEqualTo("max(measuredRtt, floorRtt); the median measured in mine.csv:2");
        // ra ↔ rc: the design's network link (45 ms) beats global.csv's 40.
        assertThat(r.typicalRttMs("ra", "rc")).isEqualTo(45);
        assertThat(r.path("ra", "rc").latency().measuredByLinkId()).isEqualTo("private");
        assertThat(r.path("ra", "rc").latency().measuredIn()).isNull();
        // rb ↔ rc: only global.csv measures it.
        assertThat(r.typicalRttMs("rc", "rb2")).isEqualTo(33);
        assertThat(r.path("rb", "rc").latency().measuredIn()).isEqualTo("global.csv:4");
        // rb ↔ rb2: the same catalogue place, 0 km: estimated, 0 × 1.5 + 2 = 2 ms.
        assertThat(r.typicalRttMs("rb", "rb2")).isEqualTo(2);
        // rx has no catalogue id: estimated to everyone (1,113.19 km to ra: 18.698 ms).
        assertThat(r.typicalRttMs("rx", "ra")).isCloseTo(ESTIMATE_10_DEGREES, offset(1e-4)).isCloseTo(18.698, offset(1e-3));
        assertThat(r.path("rx", "ra").latency().measured()).isFalse();

        LatencyTable table = r.table();
        // ids: ra 0, rb 1, rb2 2, rc 3, rx 4.
        assertThat(table.source().get(0)).containsExactly("estimated", "measured", "measured", "measured", "estimated");
        assertThat(table.source().get(1)).containsExactly("measured", "estimated", "estimated", "measured", "estimated");
        assertThat(table.source().get(4)).containsOnly("estimated");
        assertThat(r.measuredPaths()).extracting(RegionPath::fromRegionId, RegionPath::toRegionId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ra", "rb"), org.assertj.core.groups.Tuple.tuple("ra", "rb2"),
                org.assertj.core.groups.Tuple.tuple("ra", "rc"), org.assertj.core.groups.Tuple.tuple("rb", "rc"),
                org.assertj.core.groups.Tuple.tuple("rb2", "rc"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void withoutFilesEveryPairIsEstimated() {
        Topology t = Topology.EMPTY.withAssumptions(PLAIN).withRegion(region("ra", "onprem:eq0", 0))
                .withRegion(region("rb", "onprem:eq10", 10));
        RegionLatencies r = RegionLatencies.of(t);
        assertThat(r.typicalRttMs("ra", "rb")).isCloseTo(18.698, offset(1e-3));
        assertThat(r.table().source()).allSatisfy(row -> assertThat(row).containsOnly("estimated"));
        assertThat(r.measuredPaths()).isEmpty();
    }

    @Test
    void aMeasurementBelowThisDesignsFloorIsRaisedToItAndReported() {
        // The file's 20 ms passed its check (floor 11.13 ms at 200 km/ms); this design assumes 100 km/ms, so its floor
        // is 2 × 1,113.19 / 100 = 22.26 ms: the floor is used and the report says why.
        Assumptions slow = new Assumptions(100, 1.5, 2.0, Defaults.COMMIT_WAIT_EPSILON_MS,
                Defaults.DOWNTIME_COST_PER_HOUR);
        Topology t = Topology.EMPTY.withAssumptions(slow).withRegion(region("ra", "onprem:eq0", 0))
                .withRegion(region("rb", "onprem:eq10", 10));
        RegionLatencies r = RegionLatencies.of(t, file("mine.csv", "onprem:eq0,onprem:eq10,20\n"));
        assertThat(r.typicalRttMs("ra", "rb")).isCloseTo(22.2639, offset(1e-4));
        assertThat(r.table().measured(0, 1)).isTrue();
        assertThat(r.problems()).containsExactly(new Problem("regions[0]", "measured RTT 20 ms to 'rb' (mine.csv:2) is "
                + "below the physical floor of 22.3 ms for 1,113 km at this design's coordinates and fiber speed; the "
                + "floor is used"));
    }

    /** ra (eq0) serves the users standing there; the primary is in rb (eq10), with an asynchronous replica in ra. */
    private static Topology remotePrimary() {
        return Topology.EMPTY.withAssumptions(PLAIN)
                .withRegion(region("ra", "onprem:eq0", 0))
                .withRegion(region("rb", "onprem:eq10", 10))
                .withComponent(service("api-a", "ra"))
                .withComponent(service("api-b", "rb"))
                .withComponent(database("db-a", "ra", DatabaseRole.REPLICA))
                .withComponent(database("db-b", "rb", DatabaseRole.PRIMARY))
                .withLink(Link.replication("b-to-a", "db-b", "db-a", ReplicationMode.ASYNC))
                .withDataset(new Dataset("orders", "Orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                        100, 512, false, null, List.of("db-b", "db-a"), 0))
                .withPopulation(population("users", 0, 0));
    }

    @Test
    void aMeasuredRttReplacesTheEstimateInAPopulationsWriteLatency() {
        Topology t = remotePrimary();
        // Users at eq0 write to ra (0 km: 0 × 1.5 + 2 = 2 ms), which forwards to the primary in rb.
        // Estimated: 2 + 18.698 = 20.698 ms. With mine.csv's 25 ms for eq0 ↔ eq10: 2 + 25 = 27 ms.
        LatencyReport estimated = LatencyEngine.evaluate(t, RegionLatencies.of(t));
        assertThat(estimated.writes().get(0).latency().meanMs().value()).isCloseTo(20.698, offset(1e-3));
        LatencyReport measured = LatencyEngine.evaluate(t, RegionLatencies.of(t, MINE));
        assertThat(measured.writes().get(0).latency().meanMs().value()).isCloseTo(27, offset(1e-9));
        // The write's route says which leg is a measurement; the estimate's says nothing of the kind.
        assertThat(measured.writes().get(0).latency().byRegion().get(0).route()).endsWith("; measured RTT ra ↔ rb");
        assertThat(estimated.writes().get(0).latency().byRegion().get(0).route()).doesNotContain("measured");
        assertThat(measured.reads().get(0).latency().meanMs().value()).isCloseTo(2, offset(1e-9));
        assertThat(measured.regions().source().get(0)).containsExactly("estimated", "measured");
        assertThat(measured.measuredPaths()).singleElement()
                .satisfies(p -> assertThat(p.latency().measuredIn()).isEqualTo("mine.csv:2"));

        // The whole evaluation takes the measurement too (the same figure through Evaluator).
        Evaluation e = Evaluator.evaluate(t, "baseline", "Baseline", PriceCatalog.builtin(), GLOBAL.overlaidWith(MINE));
        assertThat(e.latency().writes().get(0).latency().meanMs().value()).isCloseTo(27, offset(1e-9));
        Evaluation plain = Evaluator.evaluate(t, "baseline", "Baseline", PriceCatalog.builtin());
        assertThat(plain.latency().writes().get(0).latency().meanMs().value()).isCloseTo(20.698, offset(1e-3));
    }
}
