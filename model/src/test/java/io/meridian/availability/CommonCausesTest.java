package io.meridian.availability;

import static io.meridian.availability.Designs.perfectProviders;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.CommonCauses;
import io.meridian.model.DependencyKind;
import io.meridian.model.GlobalChange;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Provider;
import io.meridian.model.Reliability;
import io.meridian.model.RoutingService;
import io.meridian.model.ThirdPartyDependency;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The design-level common causes on minimal designs, each worked by hand. */
class CommonCausesTest {
    private static final double MINUTES_PER_YEAR = 525_960;

    /** One region at 99.95%, providers perfect, two populations of 600 and 400 req/s. */
    private static Topology design(double routingA, CommonCauses causes) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withRouting(routing(routingA))
                .withPopulation(users("us", 40.7, -74.0, 600, 1.0, null))
                .withPopulation(users("eu", 51.5, -0.1, 400, 1.0, null)))
                .withCommonCauses(causes);
    }

    private static CommonCauses change(double perYear, double hours, int waves) {
        return new CommonCauses(new GlobalChange(perYear, hours, waves), List.of());
    }

    @Test
    void theRoutingLayerMultipliesTheDesign() {
        AvailabilityReport r = AvailabilityEngine.evaluate(design(0.9999, CommonCauses.NONE), 0);
        // 0.9999 × 0.9995 = 0.99940005; downtime (1 − 0.99940005) × 525,960 = 315.549702 min/yr.
        assertThat(r.overall().value()).isCloseTo(0.99940005, within(1e-12));
        assertThat(r.overall().downtimeMinutesPerYear()).isCloseTo(315.549702, within(1e-6));
        // Ranked: a perfect region saves 0.0005 × 0.9999 × 525,960 = 262.953702; perfect routing 0.0001 × 0.9995
        // × 525,960 = 52.569702.
        assertThat(entry(r, "use1").downtimeSaved().value()).isCloseTo(262.953702, within(1e-6));
        assertThat(entry(r, "routing").downtimeSaved().value()).isCloseTo(52.569702, within(1e-6));
    }

    @Test
    void aGlobalChangePushedEverywhereCostsItsWholeDuration() {
        // Everything else perfect: 1/yr × 2 h × scope 1 = 2 h = 120 min/yr for every population.
        AvailabilityReport r = AvailabilityEngine.evaluate(perfect(change(1, 2, 1)), 0);
        for (PopulationAvailability p : r.populations()) {
            assertThat(p.staticAvailability().requestWeighted().downtimeMinutesPerYear())
                    .isCloseTo(120, within(1e-6));
        }
        assertThat(entry(r, "global-change").downtimeSaved().value()).isCloseTo(120, within(1e-6));
        // A bad change is rolled back, not failed over: a failover time adds nothing to it.
        AvailabilityReport slow = AvailabilityEngine.evaluate(perfect(change(1, 2, 1)), 600);
        assertThat(slow.overallWithFailover().downtimeMinutesPerYear()).isCloseTo(120, within(1e-6));
    }

    @Test
    void aStagedRolloutInFourWavesCostsAQuarter() {
        // 1/yr × 2 h × 1/4 of the requests = 30 min/yr.
        AvailabilityReport r = AvailabilityEngine.evaluate(perfect(change(1, 2, 4)), 0);
        assertThat(r.overall().downtimeMinutesPerYear()).isCloseTo(30, within(1e-6));
        // 3 changes a year of 30 min pushed at once: 90 min/yr.
        assertThat(AvailabilityEngine.evaluate(perfect(change(3, 0.5, 1)), 0).overall().downtimeMinutesPerYear())
                .isCloseTo(90, within(1e-6));
    }

    @Test
    void aThirdPartyDependencyIsInSeriesForThePopulationsThatUseIt() {
        ThirdPartyDependency idp = new ThirdPartyDependency("idp", "Auth0", DependencyKind.IDENTITY,
                Reliability.ofSla(0.9999), List.of("us"));
        CommonCauses causes = new CommonCauses(new GlobalChange(1, 2, 4), List.of(idp));
        AvailabilityReport r = AvailabilityEngine.evaluate(design(0.9999, causes), 0);
        double g = 1 - 2.0 / 8766 / 4;
        // us: 0.9999 (routing) × g (change) × 0.9999 (idp) × 0.9995; eu the same without the idp.
        double us = 0.9999 * g * 0.9999 * 0.9995;
        double eu = 0.9999 * g * 0.9995;
        assertThat(population(r, "us").staticAvailability().read().value()).isCloseTo(us, within(1e-12));
        assertThat(population(r, "eu").staticAvailability().read().value()).isCloseTo(eu, within(1e-12));
        assertThat(r.overall().value()).isCloseTo(0.6 * us + 0.4 * eu, within(1e-12));
        // The idp saves only us's share: 0.6 × 0.0001 × 0.9999 × g × 0.9995 × 525,960 ≈ 31.54 min/yr.
        assertThat(entry(r, "idp").downtimeSaved().value())
                .isCloseTo(0.6 * 0.0001 * 0.9999 * g * 0.9995 * MINUTES_PER_YEAR, within(1e-6));
        // The change: (1 − g) × 0.9999 × (0.6 × 0.9999 + 0.4) × 0.9995 × 525,960, about 30 min/yr.
        assertThat(entry(r, "global-change").downtimeSaved().value())
                .isCloseTo((1 - g) * 0.9999 * (0.6 * 0.9999 + 0.4) * 0.9995 * MINUTES_PER_YEAR, within(1e-6));
        // The region's gain carries every common cause: 0.0005 × 0.9999 × g × (0.6 × 0.9999 + 0.4).
        assertThat(entry(r, "use1").downtimeSaved().value())
                .isCloseTo(0.0005 * 0.9999 * g * (0.6 * 0.9999 + 0.4) * MINUTES_PER_YEAR, within(1e-6));
    }

    @Test
    void routingServicesTakeTheirPublishedSlaAndAHundredPercentCountsAsFourNines() {
        assertThat(GlobalRouting.availabilityOf(List.of(RoutingService.ROUTE53))).isEqualTo(0.9999);
        assertThat(GlobalRouting.availabilityOf(List.of())).isEqualTo(0.9999);
        assertThat(GlobalRouting.availabilityOf(List.of(RoutingService.AWS_GLOBAL_ACCELERATOR))).isEqualTo(0.9999);
        // Two redundant DNS providers: 1 − 0.0001 × 0.0001 = 0.99999999.
        assertThat(GlobalRouting.availabilityOf(List.of(RoutingService.ROUTE53, RoutingService.CLOUDFLARE)))
                .isCloseTo(0.99999999, within(1e-15));
    }

    /** A region that never fails behind a perfect routing layer: only the common causes are left. */
    private static Topology perfect(CommonCauses causes) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 1.0, 39.0, -77.5))
                .withRouting(routing(1.0))
                .withPopulation(users("us", 40.7, -74.0, 600, 0.5, null))
                .withPopulation(users("eu", 51.5, -0.1, 400, 1.0, null)))
                .withCommonCauses(causes);
    }

    private static ImportanceEntry entry(AvailabilityReport r, String id) {
        return r.importance().stream().filter(e -> e.elementId().equals(id)).findFirst().orElseThrow();
    }

    private static PopulationAvailability population(AvailabilityReport r, String id) {
        return r.populations().stream().filter(p -> p.populationId().equals(id)).findFirst().orElseThrow();
    }
}
