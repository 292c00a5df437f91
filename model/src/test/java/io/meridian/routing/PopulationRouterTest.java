package io.meridian.routing;

import static io.meridian.routing.Designs.population;
import static io.meridian.routing.Designs.region;
import static io.meridian.routing.Designs.service;
import static io.meridian.routing.Designs.withHome;
import static io.meridian.routing.Designs.withWeights;
import static io.meridian.routing.Designs.withZone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Population;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.routing.RegionAssignment.Basis;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PopulationRouterTest {

    /** Four regions on the equator, 10° apart: a (0°), b (10°), c (20°), d (30°); each runs a service. */
    private static Topology equator() {
        Topology t = Topology.EMPTY;
        String[] ids = {"a", "b", "c", "d"};
        for (int i = 0; i < ids.length; i++) {
            t = t.withRegion(region(ids[i], 0, 10 * i)).withComponent(service("api-" + ids[i], ids[i]));
        }
        return t.withZone(new ResidencyZone("eu", "EU", List.of("c", "d")));
    }

    private static RegionAssignment assign(Topology t, Population p, String... failed) {
        return new PopulationRouter(t.withPopulation(p)).assign(p, Set.of(failed));
    }

    @Test
    void anEqualPopulationIsAnsweredFromWhatTheRouterWorkedOut() {
        // The design search shares a router between sizings, whose topologies hold equal, not identical,
        // populations: they get the same remembered answer (the very object), not one worked out again.
        Population p = population("p", 0, 12);
        PopulationRouter router = new PopulationRouter(equator().withPopulation(p));
        Population copy = new Population(p.id(), p.name(), p.location(), p.requestsPerSecond(), p.readFraction(),
                p.zoneId(), p.homeRegionId(), p.weights(), p.reads(), p.writes());
        assertThat(copy).isEqualTo(p).isNotSameAs(p);
        assertThat(router.assign(copy)).isSameAs(router.assign(p));
        // A population the design does not hold is worked out each time, as before.
        Population other = population("q", 0, 12);
        assertThat(router.assign(other)).isNotSameAs(router.assign(other));
    }

    @Test
    void explicitWeightsWinOverHomeAndDistance() {
        Population p = withHome(withWeights(population("p", 0, 1), new RouteWeight("b", 0.6),
                new RouteWeight("d", 0.4)), "a");
        RegionAssignment a = assign(equator(), p);
        assertThat(a.basis()).isEqualTo(Basis.WEIGHTS);
        assertThat(a.shares()).containsExactly(new RouteWeight("b", 0.6), new RouteWeight("d", 0.4));
    }

    @Test
    void homeRegionServesWhenThereAreNoWeights() {
        RegionAssignment a = assign(equator(), withHome(population("p", 0, 1), "d"));
        assertThat(a.basis()).isEqualTo(Basis.HOME_REGION);
        assertThat(a.shares()).containsExactly(new RouteWeight("d", 1));
    }

    @Test
    void otherwiseTheNearestRegion() {
        // At 12°E, b (10°) is 2° away and c (20°) 8°.
        RegionAssignment a = assign(equator(), population("p", 0, 12));
        assertThat(a.basis()).isEqualTo(Basis.NEAREST_PERMITTED);
        assertThat(a.regionIds()).containsExactly("b");
    }

    @Test
    void residencyLimitsTheChoiceToTheZonesRegions() {
        Population p = withZone(population("p", 0, 1), "eu");
        PopulationRouter router = new PopulationRouter(equator().withPopulation(p));
        assertThat(router.permittedRegions(p)).containsExactly("c", "d");
        // Nearest of all is a, but only c and d are permitted; c (20°) is nearer than d (30°).
        assertThat(router.assign(p).regionIds()).containsExactly("c");
        assertThat(router.permittedRegions(population("q", 0, 0))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void prefersRegionsThatRunAServiceWhenAnyDoes() {
        Topology t = Topology.EMPTY.withRegion(region("a", 0, 0)).withRegion(region("b", 0, 10));
        Population p = population("p", 0, 1);
        assertThat(assign(t, p).regionIds()).as("no services anywhere: nearest").containsExactly("a");
        assertThat(assign(t.withComponent(service("api-b", "b")), p).regionIds())
                .as("only b runs a service").containsExactly("b");
    }

    @Test
    void aFailedNearestRegionReroutesToTheNextNearestPermitted() {
        Population p = withZone(population("p", 0, 1), "eu");
        assertThat(assign(equator(), p, "c").regionIds()).containsExactly("d");
        assertThat(assign(equator(), population("p", 0, 1), "a").regionIds()).containsExactly("b");
    }

    @Test
    void aLostWeightedRegionsShareMovesToTheOtherWeightedRegionsInProportion() {
        Population p = withWeights(population("p", 0, 1), new RouteWeight("a", 0.5), new RouteWeight("b", 0.3),
                new RouteWeight("c", 0.2));
        RegionAssignment a = assign(equator(), p, "a");
        // b and c keep their 3:2 ratio: 0.3 / 0.5 = 0.6 and 0.2 / 0.5 = 0.4.
        assertThat(a.basis()).isEqualTo(Basis.WEIGHTS);
        assertThat(a.shareOf("b")).isCloseTo(0.6, within(1e-12));
        assertThat(a.shareOf("c")).isCloseTo(0.4, within(1e-12));
        assertThat(a.shareOf("a")).isZero();
    }

    @Test
    void whenEveryWeightedRegionIsLostTheNearestPermittedTakesOver() {
        Population p = withWeights(population("p", 0, 1), new RouteWeight("a", 0.6), new RouteWeight("b", 0.4));
        RegionAssignment a = assign(equator(), p, "a", "b");
        assertThat(a.basis()).isEqualTo(Basis.NEAREST_PERMITTED);
        assertThat(a.regionIds()).containsExactly("c");
    }

    @Test
    void aLostHomeRegionFallsBackToTheNearestPermitted() {
        RegionAssignment a = assign(equator(), withHome(population("p", 0, 29), "b"), "b");
        assertThat(a.basis()).isEqualTo(Basis.NEAREST_PERMITTED);
        assertThat(a.regionIds()).containsExactly("d");
    }

    @Test
    void unservedWhenNoPermittedRegionIsUp() {
        RegionAssignment a = assign(equator(), withZone(population("p", 0, 1), "eu"), "c", "d");
        assertThat(a.basis()).isEqualTo(Basis.UNSERVED);
        assertThat(a.shares()).isEmpty();
    }

    @Test
    void assignsEveryPopulationInDesignOrder() {
        Topology t = equator().withPopulation(population("west", 0, 1)).withPopulation(population("east", 0, 29));
        assertThat(new PopulationRouter(t).assignAll()).containsOnlyKeys("west", "east")
                .hasEntrySatisfying("east", a -> assertThat(a.regionIds()).containsExactly("d"));
        assertThat(new PopulationRouter(t).assignAll().keySet()).containsExactly("west", "east");
    }

    @Test
    void aTieGoesToTheRegionListedFirst() {
        // At 15°E, b (10°) and c (20°) are both 5° away along the equator.
        assertThat(assign(equator(), population("p", 0, 15)).regionIds()).containsExactly("b");
    }

    @Test
    void oneRouterAskedUnderSeveralFailuresAnswersEachOnItsOwn() {
        // The router remembers a population's distances; the failed regions must still be honoured per call.
        // At 12°E: b is 2° away, c 8°, a 12°, d 18°.
        Population p = population("p", 0, 12);
        PopulationRouter router = new PopulationRouter(equator().withPopulation(p));
        assertThat(router.assign(p, Set.of()).regionIds()).containsExactly("b");
        assertThat(router.assign(p, Set.of("b")).regionIds()).containsExactly("c");
        assertThat(router.assign(p, Set.of("b", "c")).regionIds()).containsExactly("a");
        assertThat(router.assign(p, Set.of()).regionIds()).containsExactly("b");
    }

    @Test
    void aFailureAwayFromEveryRegionARoutingLooksAtKeepsTheNormalAnswerAndOneOnThemReroutes() {
        // The router answers a failure that misses a population's weighted, home and serving regions with the normal
        // assignment, worked out once; losing one of those must still reroute. Regions at 0°, 10°, 20°, 30°E.
        Population weighted = withWeights(population("w", 0, 12), new RouteWeight("b", 0.6),
                new RouteWeight("d", 0.4));
        Population home = withHome(population("h", 0, 29), "b");
        Population nearest = population("n", 0, 12);
        Topology t = equator().withPopulation(weighted).withPopulation(home).withPopulation(nearest);
        PopulationRouter router = new PopulationRouter(t);
        // c (and a) are none of their regions: each keeps its normal answer.
        assertThat(router.assign(weighted, Set.of("c")).shares())
                .containsExactly(new RouteWeight("b", 0.6), new RouteWeight("d", 0.4));
        assertThat(router.assign(home, Set.of("c")).basis()).isEqualTo(Basis.HOME_REGION);
        assertThat(router.assign(nearest, Set.of("a", "c", "d")).regionIds()).containsExactly("b");
        // Losing d leaves b all of w's traffic (0.6 / 0.6 = 1); losing b sends h (29°E) to the nearest, d (1° away),
        // and n (12°E) to c (8° away; a is 12°).
        assertThat(router.assign(weighted, Set.of("d")).shares()).containsExactly(new RouteWeight("b", 1));
        RegionAssignment homeLost = router.assign(home, Set.of("b"));
        assertThat(homeLost.basis()).isEqualTo(Basis.NEAREST_PERMITTED);
        assertThat(homeLost.regionIds()).containsExactly("d");
        assertThat(router.assign(nearest, Set.of("b")).regionIds()).containsExactly("c");
        assertThat(router.assign(weighted, Set.of()).shares())
                .containsExactly(new RouteWeight("b", 0.6), new RouteWeight("d", 0.4));
    }

    @Test
    void distancesAreGeodesicsAlongTheEquator() {
        // One degree of the equator is a × π / 180 = 6378.137 km × 0.0174533 = 111.3195 km on WGS84, so from 12°E
        // region b (10°E, second in design order) is 2° = 222.639 km away and region a (0°) 12° = 1,335.834 km.
        Population p = population("p", 0, 12);
        PopulationRouter router = new PopulationRouter(equator().withPopulation(p));
        assertThat(router.distanceKm(p, 1)).isCloseTo(222.639, within(0.001));
        assertThat(router.distanceKm(p, 0)).isCloseTo(1335.834, within(0.001));
    }
}
