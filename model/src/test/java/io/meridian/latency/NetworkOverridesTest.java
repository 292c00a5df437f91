package io.meridian.latency;

import static io.meridian.routing.Designs.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.model.Link;
import io.meridian.model.Problem;
import io.meridian.model.Topology;
import org.junit.jupiter.api.Test;

class NetworkOverridesTest {
    // us-east-1 at Washington DC and eu-west-1 at Dublin: 5,456 km, floor RTT 54.56 ms, estimate on corridor NA–EU
    // (inflation 1.540, overhead 0 ms) 54.56 × 1.54 + 0 = 84.02 ms.
    private final Topology transatlantic = Topology.EMPTY
            .withRegion(region("use1", 38.9072, -77.0369))
            .withRegion(region("euw1", 53.3498, -6.2603));

    @Test
    void aMeasuredRttReplacesTheEstimateInBothDirections() {
        RegionLatencies r = RegionLatencies.of(transatlantic.withLink(Link.network("net", "euw1", "use1", 68)));
        assertThat(r.typicalRttMs("use1", "euw1")).isEqualTo(68);
        assertThat(r.typicalRttMs("euw1", "use1")).isEqualTo(68);
        assertThat(r.floorRttMs("use1", "euw1")).isCloseTo(54.56, offset(0.01));
        assertThat(r.path("use1", "euw1").latency().measuredByLinkId()).isEqualTo("net");
        assertThat(r.measuredPaths()).extracting(RegionPath::fromRegionId, RegionPath::toRegionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("use1", "euw1"));
    }

    @Test
    void withoutAMeasurementTheEstimateIsUsed() {
        RegionLatencies r = RegionLatencies.of(transatlantic);
        double floor = r.floorRttMs("use1", "euw1");
        assertThat(r.typicalRttMs("use1", "euw1")).isCloseTo(floor * 1.54, offset(1e-9)).isCloseTo(84.02, offset(0.01));
        assertThat(r.typicalRttMs("use1", "use1")).isZero();
        assertThat(r.measuredPaths()).isEmpty();
    }

    @Test
    void aMeasurementBelowTheFloorIsReportedAndRaisedToTheFloor() {
        Topology t = transatlantic.withLink(Link.network("net", "use1", "euw1", 20));
        // 5,455.96 km / 200 km/ms × 2 = 54.56 ms.
        assertThat(NetworkOverrides.problems(t)).containsExactly(new Problem("links[0].rttMs",
                "measured RTT 20 ms is below the physical floor of 54.6 ms for 5,456 km"));
        RegionLatencies r = RegionLatencies.of(t);
        assertThat(r.typicalRttMs("use1", "euw1")).isEqualTo(r.floorRttMs("use1", "euw1"));
    }

    @Test
    void aPlausibleMeasurementIsNoProblem() {
        assertThat(NetworkOverrides.problems(transatlantic.withLink(Link.network("net", "use1", "euw1", 68))))
                .isEmpty();
    }

    @Test
    void aSecondMeasurementOfTheSamePairIsReportedAndIgnored() {
        Topology t = transatlantic.withLink(Link.network("first", "use1", "euw1", 68))
                .withLink(Link.network("second", "euw1", "use1", 90));
        assertThat(NetworkOverrides.problems(t)).extracting(Problem::path).containsExactly("links[1].rttMs");
        assertThat(NetworkOverrides.of(t).between("euw1", "use1")).map(Link::id).hasValue("first");
        assertThat(RegionLatencies.of(t).typicalRttMs("use1", "euw1")).isEqualTo(68);
    }
}
