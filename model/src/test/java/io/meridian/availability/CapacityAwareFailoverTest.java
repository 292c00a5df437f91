package io.meridian.availability;

import static io.meridian.availability.Designs.autoscaled;
import static io.meridian.availability.Designs.collapsing;
import static io.meridian.availability.Designs.perfectProviders;
import static io.meridian.availability.Designs.population;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's sizing question: 7,500 req/s split 60%/40% over two regions whose service instances carry 100 req/s
 * each, so one region alone needs 75 instances. With 50 per region the survivor of a region failure runs at
 * 7,500 / 5,000 = 150% and cascades; with 75 it runs at exactly 100% and holds. Instances, routing and (unless
 * said) providers are perfect, so only the regions (99.95%) and the capacity decide.
 */
class CapacityAwareFailoverTest {
    private static final double A = 0.9995;

    /** The tiers collapse above 100% (no admission control), as every tier did before overload behaviours. */
    private static Topology design(Provider second, int instances) {
        return shedding(second, instances)
                .withComponent(collapsing("api1", "use1", instances, 1.0, 100))
                .withComponent(collapsing("api2", "usw2", instances, 1.0, 100));
    }

    /** The same tiers shedding what they cannot carry (the default). */
    private static Topology shedding(Provider second, int instances) {
        return perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, A, 39.0, -77.5))
                .withRegion(region("usw2", second, A, 45.5, -122.7))
                .withComponent(service("api1", "use1", instances, 1.0, 100))
                .withComponent(service("api2", "usw2", instances, 1.0, 100))
                .withRouting(routing(1.0))
                .withPopulation(new Population("us", "us", new GeoPoint(40, -95), 7500, 1.0, null, null,
                        List.of(new RouteWeight("use1", 0.6), new RouteWeight("usw2", 0.4)))));
    }

    @Test
    void fiftyPerRegionIsUpOnlyWhileBothRegionsAre() {
        AvailabilityReport r = AvailabilityEngine.evaluate(design(Provider.AWS, 50), FailoverTimings.uniform(45));
        // Normal load: 4,500 req/s on 50 × 100 (90%) and 3,000 on 5,000 (60%): both serve, k = 45 and 30 of 50.
        // Either region down: the survivor takes 7,500 on 5,000 = 150% and falls. Up only with both up:
        // A² = 0.9995² = 0.99900025 (instead of 1 − 0.0005² = 0.99999975 without the overload).
        assertThat(r.overall().value()).isCloseTo(0.99900025, within(1e-12));
        // Downtime: (1 − 0.99900025) × 525,960 = 0.00099975 × 525,960 = 525.82851 min a year, double one region's.
        assertThat(r.overall().downtimeMinutesPerYear()).isCloseTo(525.82851, within(1e-6));
        // No failure leaves the users anywhere to fail over to, so the failover time costs nothing more.
        assertThat(r.overallWithFailover().value()).isCloseTo(0.99900025, within(1e-12));
        assertThat(population(r, "us").method().kind()).isEqualTo(Method.Kind.EXACT);
        assertThat(r.notes()).anyMatch(n -> n.contains("losing region use1") && n.contains("usw2"));
        // Each region now costs as much as the other: a perfect use1 leaves only usw2's own failure,
        // gain A − A² = 0.9995 × 0.0005 = 0.00049975.
        assertThat(r.importance().get(0).availabilityGain()).isCloseTo(0.00049975, within(1e-12));
    }

    @Test
    void seventyFivePerRegionSurvivesEitherLoss() {
        AvailabilityReport r = AvailabilityEngine.evaluate(design(Provider.AWS, 75), FailoverTimings.uniform(45));
        // The survivor runs at 7,500 / 7,500 = 100%, not above: 1 − 0.0005² = 0.99999975.
        assertThat(r.overall().value()).isCloseTo(0.99999975, within(1e-12));
        // Failover is charged again: use1 fails 0.0005 × 8766 / 4 = 1.09575 times a year moving 60%, usw2 as
        // often moving 40%: 1.09575 events moved × 45 s / 31,557,600 s = 1.5625e-6.
        assertThat(population(r, "us").failoverLoss().value()).isCloseTo(1.5625e-6, within(1e-15));
    }

    @Test
    void aProviderOutageThatOverloadsTheOtherProviderCountsToo() {
        // use1 on AWS, usw2 on GCP, each provider at 99.99%, the regions made perfect.
        Topology fifty = design(Provider.GCP, 50)
                .withRegion(region("use1", Provider.AWS, 1.0, 39.0, -77.5))
                .withRegion(region("usw2", Provider.GCP, 1.0, 45.5, -122.7))
                .withProviderProfile(new ProviderProfile(Provider.AWS, 0.9999, 4))
                .withProviderProfile(new ProviderProfile(Provider.GCP, 0.9999, 4));
        // Either provider down overloads the other's region: up only with both, 0.9999² = 0.99980001.
        assertThat(AvailabilityEngine.evaluate(fifty, FailoverTimings.uniform(0)).overall().value())
                .isCloseTo(0.99980001, within(1e-12));
        Topology seventyFive = fifty.withComponent(collapsing("api1", "use1", 75, 1.0, 100))
                .withComponent(collapsing("api2", "usw2", 75, 1.0, 100));
        // With 75 each: 1 − 0.0001² = 0.99999999.
        assertThat(AvailabilityEngine.evaluate(seventyFive, FailoverTimings.uniform(0)).overall().value())
                .isCloseTo(0.99999999, within(1e-12));
    }

    @Test
    void monteCarloSeesTheSameCascades() {
        Topology t = design(Provider.AWS, 50);
        AvailabilityReport sampled = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(45), 0);
        PopulationAvailability us = population(sampled, "us");
        assertThat(us.method().kind()).isEqualTo(Method.Kind.MONTE_CARLO);
        // The exact 0.99900025 lies inside the 95% interval, and 1 − 0.0005² (no overloads) does not.
        assertThat(0.99900025).isBetween(us.method().confidenceLow(), us.method().confidenceHigh());
        assertThat(us.method().confidenceHigh()).isLessThan(0.99999975);
    }

    @Test
    void fiftyPerRegionThatShedServesTwoThirdsWhileARegionIsDown() {
        AvailabilityReport r = AvailabilityEngine.evaluate(shedding(Provider.AWS, 50), FailoverTimings.uniform(0));
        // Either region down: the survivor is offered 7,500 req/s and admits its 5,000: 2/3 of the requests.
        // E[served share] = A² × 1 + 2A(1 − A) × 2/3 = 0.99900025 + 0.0009995 × 2/3 = 0.9996665833333334.
        assertThat(r.overall().value()).isCloseTo(0.9996665833333334, within(1e-12));
        // Brownout: 2A(1 − A) × 525,960 = 0.0009995 × 525,960 = 525.69702 min/yr with part of the users served.
        PopulationAvailability us = population(r, "us");
        assertThat(us.brownout().value()).isCloseTo(525.69702, within(1e-6));
    }

    @Test
    void autoscalingCarriesTheFullLoadAfterTheWarmUpAndChargesTheWarmUp() {
        // 50 instances each, autoscaling to 94 (7,500 / (100 × 0.8) = 93.75 → 94) with a 5-minute warm-up:
        // once warm the survivor carries everything, so the static figure is the redundant 1 − 0.0005².
        Topology t = shedding(Provider.AWS, 50)
                .withComponent(autoscaled("api1", "use1", 50, 1.0, 100, 94, 5))
                .withComponent(autoscaled("api2", "usw2", 50, 1.0, 100, 94, 5));
        AvailabilityReport r = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0));
        assertThat(r.overall().value()).isCloseTo(0.99999975, within(1e-12));
        // During the warm-up the survivor serves 5,000 / 7,500: each region fails 0.0005 × 8766 / 4 = 1.09575
        // times a year, 2.1915 events × 5 min × (1 − 2/3) = 3.6525 min/yr of requests lost:
        // 3.6525 / 525,960 = 6.944444e-6 of availability, charged with the failover figures.
        PopulationAvailability us = population(r, "us");
        assertThat(us.staticAvailability().requestWeighted().value() - us.withFailover().requestWeighted().value())
                .isCloseTo(3.6525 / 525_960, within(1e-12));
        assertThat(us.brownout().value()).isCloseTo(2.1915 * 5, within(1e-9));
    }
}
