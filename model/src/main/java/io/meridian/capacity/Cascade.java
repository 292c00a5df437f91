package io.meridian.capacity;

import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates sets of failed regions for one design, remembering each set's routing and state so that scenarios
 * and cascade rounds that reach the same set are computed once.
 */
final class Cascade {
    private final LoadStates states;
    private final int regionCount;
    private final Routing normal;
    /** Nothing down: the state every failure's is worked out from. */
    private final Evaluated start;
    private final Map<Set<String>, Evaluated> known = new HashMap<>();

    private record Evaluated(Routing routing, LoadState state) {
    }

    /** The first state and the rounds after it. */
    record Outcome(LoadState initial, List<CascadeStep> steps, LoadState result) {
    }

    Cascade(Topology topology, PopulationRouter router, LoadStates states) {
        this.states = states;
        this.regionCount = topology.regions().size();
        this.normal = Routing.normal(router, topology.populations());
        this.start = new Evaluated(normal, states.describe(normal));
        known.put(Set.of(), start);
    }

    /** The state right after these regions fail, without cascade. */
    LoadState stateWithout(Set<String> failed) {
        return evaluate(start, failed).state();
    }

    /** Fails the regions, then, round by round, every overloaded region, until no region is overloaded. */
    Outcome run(Set<String> failed) {
        Evaluated current = evaluate(start, failed);
        LoadState initial = current.state();
        List<CascadeStep> steps = new ArrayList<>();
        // Each round fails at least one more region, so there are at most as many rounds as regions.
        for (int round = 1; round <= regionCount; round++) {
            List<FallenRegion> fallen = current.state().regions().stream().filter(RegionLoad::collapses)
                    .map(Cascade::fallen).toList();
            if (fallen.isEmpty()) {
                break;
            }
            Set<String> more = new LinkedHashSet<>();
            fallen.forEach(f -> more.add(f.regionId()));
            current = evaluate(current, more);
            steps.add(new CascadeStep(round, fallen, current.state()));
        }
        return new Outcome(initial, steps, current.state());
    }

    private Evaluated evaluate(Evaluated from, Set<String> moreDown) {
        Set<String> down = new HashSet<>(from.routing().down());
        down.addAll(moreDown);
        Evaluated hit = known.get(down);
        if (hit != null) {
            return hit;
        }
        Routing routing = from.routing().withDown(moreDown);
        Evaluated e = new Evaluated(routing, states.describe(routing, from.routing(), from.state()));
        known.put(Set.copyOf(down), e);
        return e;
    }

    private static FallenRegion fallen(RegionLoad r) {
        // The busiest of the tiers that collapse: a shedding tier never takes its region down.
        TierLoad tier = r.tiers().stream().filter(TierLoad::collapses)
                .max(java.util.Comparator.comparingDouble(t -> t.utilisation().value())).orElseThrow();
        String reason = String.format(Locale.ROOT, "%s at %.0f%% (%.0f rps on %.0f rps of capacity)",
                tier.componentId(), tier.utilisation().value(), r.load().value(), tier.capacityRps());
        return new FallenRegion(r.regionId(), tier.componentId(), r.utilisation(), reason);
    }
}
