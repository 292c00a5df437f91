package io.meridian.availability;

import static io.meridian.availability.Designs.evaluate;
import static io.meridian.availability.Designs.perfectProviders;
import static io.meridian.availability.Designs.population;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.ModelException;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN.md §3's seed checks, with the provider and routing layers made perfect to isolate the regions. */
class SeedChecksTest {
    private static final Topology ONE_REGION = perfectProviders(Topology.EMPTY
            .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
            .withRouting(routing(1.0))
            .withPopulation(users("us", 40.7, -74.0, 1000, 0.9, null)));
    private static final Topology TWO_REGIONS = ONE_REGION
            .withRegion(region("usw2", Provider.AWS, 0.9995, 45.5, -122.7));

    @Test
    void oneRegionIsTheRegion() {
        AvailabilityReport r = evaluate(ONE_REGION, 45);
        // 99.95%: 0.0005 × 525,960 = 262.98 min a year.
        assertThat(r.overall().value()).isCloseTo(0.9995, within(1e-12));
        assertThat(r.overall().downtimeMinutesPerYear()).isCloseTo(262.98, within(1e-6));
        // Nowhere to fail over to: the failover time costs nothing extra.
        assertThat(r.overallWithFailover().value()).isCloseTo(0.9995, within(1e-12));
        assertThat(population(r, "us").method().kind()).isEqualTo(Method.Kind.EXACT);
    }

    @Test
    void twoRegionsAreOneMinusTheSquareStatically() {
        AvailabilityReport r = evaluate(TWO_REGIONS, 45);
        // 1 − 0.0005² = 0.99999975: 2.5e-7 × 525,960 = 0.13149 min a year.
        assertThat(r.overall().value()).isCloseTo(0.99999975, within(1e-12));
        assertThat(r.overall().downtimeMinutesPerYear()).isCloseTo(0.13149, within(1e-5));
        PopulationAvailability us = population(r, "us");
        assertThat(us.staticAvailability().read().value()).isCloseTo(0.99999975, within(1e-12));
        assertThat(us.servingRegionIds()).containsExactly("use1", "usw2");
    }

    @Test
    void twoRegionsStayAboveFourNinesWithASubMinuteFailover() {
        AvailabilityReport r = evaluate(TWO_REGIONS, 45);
        // The New York users sit on use1 (nearest). use1 fails 0.0005 × 8766 / 4 = 1.09575 times a year; each
        // failure moves all of them for 45 s: 1.09575 × 45 / 31,557,600 = 1.5625e-6 lost.
        // usw2's failures move nobody. 0.99999975 − 0.0000015625 = 0.9999981875.
        assertThat(r.overallWithFailover().value()).isCloseTo(0.9999981875, within(1e-12));
        assertThat(r.overallWithFailover().value()).isGreaterThanOrEqualTo(0.9999);
        PopulationAvailability us = population(r, "us");
        assertThat(us.failoverLoss().value()).isCloseTo(1.5625e-6, within(1e-15));
        assertThat(r.rtoSeconds()).isEqualTo(45);
    }

    @Test
    void euUsersPinnedByResidencyGetTheirRegionsAvailability() {
        Topology t = TWO_REGIONS
                .withRegion(region("euw1", Provider.AWS, 0.9995, 53.3, -6.3))
                .withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
                .withPopulation(users("eu-users", 48.9, 2.4, 500, 0.9, "eu"));
        AvailabilityReport r = evaluate(t, 45);
        PopulationAvailability eu = population(r, "eu-users");
        // Only euw1 is permitted: 99.95%, and with no failover target the failover time adds nothing.
        assertThat(eu.servingRegionIds()).containsExactly("euw1");
        assertThat(eu.staticAvailability().requestWeighted().value()).isCloseTo(0.9995, within(1e-12));
        assertThat(eu.withFailover().requestWeighted().value()).isCloseTo(0.9995, within(1e-12));
        // The unpinned US users may use all three: 1 − 0.0005³ = 0.999999999875.
        assertThat(population(r, "us").staticAvailability().requestWeighted().value())
                .isCloseTo(0.999999999875, within(1e-13));
    }

    @Test
    void aProviderWideOutageTakesAllItsRegions() {
        // Two AWS regions at 99.95% behind AWS at 99.995%: 0.99995 × (1 − 0.0005²)
        // = 0.99995 − 0.99995 × 2.5e-7 = 0.9999497500125.
        Topology aws = TWO_REGIONS.withProviderProfile(new ProviderProfile(Provider.AWS, 0.99995, 4));
        assertThat(evaluate(aws, 0).overall().value()).isCloseTo(0.9999497500125, within(1e-12));

        // Add a GCP region at 99.9% (GCP itself perfect). Down only when GCP's region is down (0.001) and the AWS
        // pair is down: AWS out (0.00005) or AWS in and both regions out (0.99995 × 2.5e-7 = 2.499875e-7), so
        // 0.00005 + 0.0000002499875 = 0.0000502499875; all down = 0.001 × 0.0000502499875 = 5.02499875e-8.
        Topology mixed = aws.withRegion(region("gcp-east", Provider.GCP, 0.999, 33.8, -84.4));
        AvailabilityReport r = evaluate(mixed, 0);
        assertThat(r.overall().value()).isCloseTo(1 - 5.02499875e-8, within(1e-13));
        // Ranking: a perfect gcp-east removes all of it (gain 5.02499875e-8); a perfect AWS leaves both AWS regions
        // and gcp-east down together, 0.0005² × 0.001 = 2.5e-10, so it gains 5.02499875e-8 − 2.5e-10 = 4.99999875e-8.
        ImportanceEntry first = r.importance().get(0);
        ImportanceEntry second = r.importance().get(1);
        assertThat(first.elementId()).isEqualTo("gcp-east");
        assertThat(first.availabilityGain()).isCloseTo(5.02499875e-8, within(1e-15));
        assertThat(second.kind()).isEqualTo(ElementKind.PROVIDER);
        assertThat(second.elementId()).isEqualTo("aws");
        assertThat(second.availabilityGain()).isCloseTo(4.99999875e-8, within(1e-15));
        // 4.99999875e-8 × 525,960 = 0.026298 min a year.
        assertThat(second.downtimeSaved().value()).isCloseTo(0.0262979934, within(1e-9));
    }

    @Test
    void aDesignWithoutPopulationsReportsOnePseudoPopulation() {
        Topology t = perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withRegion(region("usw2", Provider.AWS, 0.999, 45.5, -122.7)));
        AvailabilityReport r = evaluate(t, 30);
        assertThat(r.populations()).hasSize(1);
        assertThat(r.populations().get(0).populationId()).isEqualTo(AvailabilityReport.ALL);
        // 1 − 0.0005 × 0.001 = 0.9999995; no routing layer is noted and counted as up.
        assertThat(r.overall().value()).isCloseTo(0.9999995, within(1e-12));
        assertThat(r.notes()).anyMatch(n -> n.contains("no global routing"));
    }

    @Test
    void aNegativeFailoverTimeIsRefusedWithItsName() {
        assertThatThrownBy(() -> evaluate(ONE_REGION, -1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("seconds");
    }
}
