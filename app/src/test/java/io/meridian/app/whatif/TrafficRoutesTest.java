package io.meridian.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.meridian.app.SampleDesigns;
import io.meridian.app.whatif.TrafficRoutes.Kind;
import io.meridian.app.whatif.TrafficRoutes.Route;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrafficRoutesTest {
    /** US users 6000 req/s at home in use1; EU users 4000 req/s at home in euw1, kept in the EU zone {euw1, euc1}. */
    private final Topology twoRegions = SampleDesigns.twoRegions().topology();

    @Test
    void withoutFailuresEveryPopulationGoesToItsHomeRegion() {
        assertThat(TrafficRoutes.of(twoRegions, Set.of()))
                .extracting(Route::populationId, Route::regionId, Route::kind, Route::share, Route::rps)
                .containsExactly(
                        tuple("us-users", "use1", Kind.SERVING, 1.0, 6000.0),
                        tuple("eu-users", "euw1", Kind.SERVING, 1.0, 4000.0));
    }

    @Test
    void aFailedHomeRegionsTrafficIsLostThereAndReroutedInsideTheResidencyZone() {
        // Dublin down: EU users' home is gone; the only other region the EU zone permits is Frankfurt (it runs no
        // service, but neither does any other permitted survivor), so all 4000 req/s go there.
        List<Route> routes = TrafficRoutes.of(twoRegions, Set.of("euw1"));

        assertThat(routes)
                .extracting(Route::populationId, Route::regionId, Route::kind, Route::rps)
                .containsExactly(
                        tuple("us-users", "use1", Kind.SERVING, 6000.0),
                        tuple("eu-users", "euw1", Kind.LOST, 4000.0),
                        tuple("eu-users", "euc1", Kind.REROUTED, 4000.0));
    }

    @Test
    void aFailedRegionWithoutZoneGoesToTheNearestSurvivorThatRunsAService() {
        // Virginia down: US users have no zone; of Dublin and Frankfurt only Dublin runs a service.
        assertThat(TrafficRoutes.of(twoRegions, Set.of("use1")))
                .filteredOn(r -> r.kind() == Kind.REROUTED)
                .extracting(Route::populationId, Route::regionId, Route::rps)
                .containsExactly(tuple("us-users", "euw1", 6000.0));
    }

    @Test
    void weightedTrafficKeepsItsShareAndTakesTheFailedShareOnTop() {
        // 10000 req/s split 60/40 between Virginia and Dublin. Dublin down: Virginia keeps its 6000 and gets the
        // 4000 Dublin served, drawn as a separate re-routed line.
        Topology t = twoRegions.withPopulation(new Population("split", "Split", new GeoPoint(45, -40), 10_000, 0.9,
                null, null, List.of(new RouteWeight("use1", 0.6), new RouteWeight("euw1", 0.4))));

        assertThat(TrafficRoutes.of(t, Set.of()))
                .filteredOn(r -> r.populationId().equals("split"))
                .extracting(Route::regionId, Route::kind, Route::rps)
                .containsExactly(tuple("use1", Kind.SERVING, 6000.0), tuple("euw1", Kind.SERVING, 4000.0));
        List<Route> failed = TrafficRoutes.of(t, Set.of("euw1")).stream()
                .filter(r -> r.populationId().equals("split")).toList();
        assertThat(failed)
                .extracting(Route::regionId, Route::kind, Route::rps)
                .containsExactly(tuple("use1", Kind.SERVING, 6000.0), tuple("euw1", Kind.LOST, 4000.0),
                        tuple("use1", Kind.REROUTED, 4000.0));
        assertThat(failed.get(2).share()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void unknownFailedIdsAreIgnored() {
        assertThat(TrafficRoutes.of(twoRegions, Set.of("gone")))
                .isEqualTo(TrafficRoutes.of(twoRegions, Set.of()));
    }
}
