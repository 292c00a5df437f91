package io.meridian.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ElementValidationTest {

    @Test
    void availabilityMustBeInTheOpenClosedUnitInterval() {
        assertThatThrownBy(() -> Reliability.ofSla(1.2)).isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).field()).isEqualTo("availability"))
                .hasMessageContaining("availability must be in (0, 1], got 1.2");
        assertThatThrownBy(() -> Reliability.ofSla(0)).isInstanceOf(ModelException.class);
        assertThat(Reliability.ofSla(1).availability()).isEqualTo(1.0);
    }

    @Test
    void mtbfAndMttrGiveSteadyStateAvailability() {
        // 999 h up, 1 h to repair → 999 / 1000
        assertThat(Reliability.ofMtbf(999, 1).availability()).isEqualTo(0.999);
    }

    @Test
    void negativeRatesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> new ComponentSpec.Queue("kafka", 24, -5, 0))
                .isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).field()).isEqualTo("throughputRps"));
        assertThatThrownBy(() -> new Dataset("d", "d", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE,
                -1, 100, false, null, List.of(), 0))
                .hasMessage("writesPerSecond: must be a finite number >= 0, got -1.0");
    }

    @Test
    void weightsMustAddUpToOne() {
        assertThatThrownBy(() -> new Population("p", "p", new GeoPoint(0, 0), 10, 0.5, null, null,
                List.of(new RouteWeight("a", 0.6), new RouteWeight("b", 0.6))))
                .hasMessageContaining("weights: shares must add up to 1");
    }

    @Test
    void fiberCannotBeFasterThanLight() {
        assertThatThrownBy(() -> Assumptions.DEFAULTS.withFiberKmPerMs(300))
                .hasMessageContaining("cannot exceed the speed of light");
        assertThat(Assumptions.DEFAULTS.withFiberKmPerMs(204).fiberKmPerMs()).isEqualTo(204);
    }

    @Test
    void linksCarryOnlyTheFieldsOfTheirKind() {
        assertThatThrownBy(() -> new Link("l", LinkKind.DEPENDENCY, "a", "b", true, null, 0, null, 30.0))
                .hasMessage("rttMs: only a network link carries an RTT");
        assertThatThrownBy(() -> new Link("l", LinkKind.REPLICATION, "a", "b", false, ReplicationMode.ASYNC, 0,
                "kafka", null)).hasMessageContaining("via: only a replication link with mode 'cdc'");
        assertThatThrownBy(() -> Link.dependency("l", "a", "a")).hasMessageContaining("to itself");
    }

    @Test
    void enumIdsRoundTrip() {
        assertThat(ComponentKind.OBJECT_STORE.id()).isEqualTo("object-store");
        assertThat(ComponentKind.fromId("load-balancer")).isEqualTo(ComponentKind.LOAD_BALANCER);
        assertThatThrownBy(() -> ComponentKind.fromId("mainframe"))
                .hasMessageContaining("unknown value 'mainframe' (expected service, database, cache, queue, "
                        + "object-store, load-balancer)");
    }

    @Test
    void figureExplainsItself() {
        Figure f = Figure.of("floor RTT", 57.0, "ms", "2 × distance / fiber speed", "distance km", 5700,
                "fiber km/ms", 200);
        assertThat(f.explain()).isEqualTo("floor RTT = 57.00 ms = 2 × distance / fiber speed "
                + "(distance km=5700.00, fiber km/ms=200.000)");
    }
}
