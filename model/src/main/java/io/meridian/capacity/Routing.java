package io.meridian.capacity;

import io.meridian.model.Population;
import io.meridian.model.RouteWeight;
import io.meridian.routing.PopulationRouter;
import io.meridian.routing.RegionAssignment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every population's serving regions while a set of regions is down; populations in design order. */
final class Routing {
    private final PopulationRouter router;
    private final List<Population> populations;
    private final Set<String> down;
    private final List<RegionAssignment> assignments;

    private Routing(PopulationRouter router, List<Population> populations, Set<String> down,
                    List<RegionAssignment> assignments) {
        this.router = router;
        this.populations = populations;
        this.down = java.util.Collections.unmodifiableSet(new HashSet<>(down)); // hashed: see RegionLatencies
        this.assignments = List.copyOf(assignments);
    }

    static Routing normal(PopulationRouter router, List<Population> populations) {
        return new Routing(router, populations, Set.of(), populations.stream().map(router::assign).toList());
    }

    /**
     * The routing once these further regions are down too. Only populations that lose a serving region ask
     * the router again: the router moves lost traffic only, so everyone else keeps their assignment (the
     * engine's tests check this against asking the router for every population).
     */
    Routing withDown(Set<String> moreDown) {
        Set<String> nowDown = new HashSet<>(down);
        nowDown.addAll(moreDown);
        List<RegionAssignment> next = new ArrayList<>(assignments.size());
        for (int i = 0; i < populations.size(); i++) {
            RegionAssignment a = assignments.get(i);
            boolean losesRegion = false;
            for (RouteWeight w : a.shares()) {
                losesRegion |= moreDown.contains(w.regionId());
            }
            next.add(losesRegion ? router.assign(populations.get(i), nowDown) : a);
        }
        return new Routing(router, populations, nowDown, next);
    }

    Set<String> down() {
        return down;
    }

    RegionAssignment assignment(int populationIndex) {
        return assignments.get(populationIndex);
    }
}
