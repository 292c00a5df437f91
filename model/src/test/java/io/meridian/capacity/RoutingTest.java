package io.meridian.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTest {

    /** Routing asks the router again only for populations that lose a region; the answer must be the router's. */
    @Test
    void reusingUnaffectedAssignmentsGivesTheRoutersAnswer() {
        Topology t = LargeDesign.of(30, 50, 1);
        PopulationRouter router = new PopulationRouter(t);
        List<Population> populations = t.populations();
        List<String> regionIds = t.regions().stream().map(Region::id).toList();
        Random random = new Random(2);
        for (int trial = 0; trial < 200; trial++) {
            Routing routing = Routing.normal(router, populations);
            Set<String> down = new HashSet<>();
            // Fail a few regions in up to three rounds, as a scenario and its cascade would.
            for (int round = 0; round < 3; round++) {
                Set<String> more = new HashSet<>();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    more.add(regionIds.get(random.nextInt(regionIds.size())));
                }
                down.addAll(more);
                routing = routing.withDown(more);
                assertThat(routing.down()).isEqualTo(down);
                for (int i = 0; i < populations.size(); i++) {
                    assertThat(routing.assignment(i)).isEqualTo(router.assign(populations.get(i), down));
                }
            }
        }
    }

    /**
     * A state worked out from the one before it (only the regions newly down or that a re-routed population leaves
     * or joins described again) must equal the state described from scratch, region by region.
     */
    @Test
    void aStateWorkedOutFromThePreviousOneEqualsOneDescribedAfresh() {
        Topology t = LargeDesign.of(30, 50, 3);
        PopulationRouter router = new PopulationRouter(t);
        List<String> regionIds = t.regions().stream().map(Region::id).toList();
        Random random = new Random(4);
        for (int trial = 0; trial < 100; trial++) {
            Routing routing = Routing.normal(router, t.populations());
            LoadStates incremental = new LoadStates(t, CapacityShared.none());
            LoadState state = incremental.describe(routing);
            for (int round = 0; round < 3; round++) {
                Set<String> more = new HashSet<>();
                for (int k = random.nextInt(4); k >= 0; k--) {
                    more.add(regionIds.get(random.nextInt(regionIds.size())));
                }
                Routing next = routing.withDown(more);
                LoadState fromPrevious = incremental.describe(next, routing, state);
                LoadState afresh = new LoadStates(t, CapacityShared.none()).describe(next);
                assertThat(fromPrevious).isEqualTo(afresh);
                routing = next;
                state = fromPrevious;
            }
        }
    }
}
