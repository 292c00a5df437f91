package io.meridian.availability;

import static io.meridian.availability.Designs.evaluate;
import static io.meridian.availability.Designs.perfectProviders;
import static io.meridian.availability.Designs.population;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.service;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

    @Test
    void anEmptyDesignIsNeverUpAndSaysWhy() {
        AvailabilityReport r = evaluate(Topology.EMPTY, 30);
        assertThat(r.populations()).singleElement().satisfies(p -> {
            assertThat(p.populationId()).isEqualTo(AvailabilityReport.ALL);
            assertThat(p.servingRegionIds()).isEmpty();
        });
        assertThat(r.overall().value()).isZero();
        // 1 − 0 = 1: the whole year, 525,960 minutes.
        assertThat(r.overall().downtimeMinutesPerYear()).isEqualTo(525_960.0);
        assertThat(r.importance()).isEmpty();
    }

    @Test
    void residencyThatPermitsOnlyARegionWithoutAServiceLeavesThePopulationUnserved() {
        Topology t = perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withRegion(region("euw1", Provider.AWS, 0.9995, 53.3, -6.3))
                .withComponent(service("api", "use1", 1, 1.0, 1000))
                .withZone(new ResidencyZone("eu", "EU", List.of("euw1")))
                .withPopulation(users("eu-users", 48.9, 2.4, 100, 0.9, "eu")));
        PopulationAvailability eu = population(evaluate(t, 30), "eu-users");
        assertThat(eu.staticAvailability().requestWeighted().value()).isZero();
        assertThat(eu.notes()).anyMatch(n -> n.contains("residency zone 'eu'"));
    }

    @Test
    void failoverIsChargedByTheShareOfTrafficEachFailureMoves() {
        Topology t = perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withRegion(region("usw2", Provider.AWS, 0.999, 45.5, -122.7))
                .withRouting(routing(1.0))
                .withPopulation(new Population("us", "us", new GeoPoint(40, -95), 1000, 1.0, null, null,
                        List.of(new RouteWeight("use1", 0.6), new RouteWeight("usw2", 0.4)))));
        PopulationAvailability us = population(evaluate(t, 45), "us");
        // use1 fails 0.0005 × 8766 / 4 = 1.09575 times a year and moves 60%; usw2 0.001 × 8766 / 4 = 2.1915 times
        // and moves 40%: 0.65745 + 0.8766 = 1.53405 events moved a year × 45 s = 69.03225 s / 31,557,600 s = 2.1875e-6.
        assertThat(us.failoverLoss().value()).isCloseTo(2.1875e-6, within(1e-15));
        // Static: 1 − 0.0005 × 0.001 = 0.9999995; with failover 0.9999995 − 0.0000021875 = 0.9999973125.
        assertThat(us.withFailover().requestWeighted().value()).isCloseTo(0.9999973125, within(1e-12));
        assertThat(us.failoverLoss().inputs().get("unserved read s/yr")).isCloseTo(69.03225, within(1e-9));
    }

    @Test
    void everyFigureExplainsItself() {
        Topology t = perfectProviders(Topology.EMPTY
                .withRegion(region("use1", Provider.AWS, 0.9995, 39.0, -77.5))
                .withRouting(routing(0.9999))
                .withPopulation(users("us", 40.7, -74.0, 100, 0.9, null)));
        AvailabilityReport r = evaluate(t, 30);
        PopulationAvailability us = population(r, "us");
        for (AvailabilityFigure f : List.of(us.staticAvailability().read(), us.staticAvailability().write(),
                us.staticAvailability().requestWeighted(), us.withFailover().requestWeighted(), r.overall(),
                r.overallWithFailover())) {
            assertThat(f.availability().formula()).isNotBlank();
            assertThat(f.availability().inputs()).isNotEmpty();
        }
        assertThat(us.staticAvailability().read().availability().inputs()).containsEntry("A routing", 0.9999)
                .containsEntry("A region use1", 0.9995);
        // Routing (0.9999) × region (0.9995) = 0.99940005; the region costs more than the routing layer.
        assertThat(r.overall().value()).isCloseTo(0.99940005, within(1e-12));
        assertThat(r.importance()).extracting(ImportanceEntry::elementId).containsExactly("use1", "routing");
    }
}
