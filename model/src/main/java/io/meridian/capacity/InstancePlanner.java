package io.meridian.capacity;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Figure;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.routing.RequestPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sizes each service tier for a class of failure: the most load its region carries in the baseline or with any
 * single failure of the class (without cascade, since a sized design does not cascade), at the target utilisation.
 */
final class InstancePlanner {
    private InstancePlanner() {
    }

    /**
     * @param states scenario id → the state right after that failure, baseline first; a tier's own region
     *               being down simply contributes no load
     */
    static InstanceRequirements plan(Topology topology, RequestPath paths, SurviveLoss loss,
                                     Map<String, LoadState> states) {
        List<TierRequirement> tiers = new ArrayList<>();
        // Each region's peak over the states once: its tiers (six a region in large designs) share it.
        Map<String, Peak> peaks = new java.util.HashMap<>();
        for (Component c : topology.components()) {
            if (c.kind() == ComponentKind.SERVICE && paths.onSomePath(c.id())) {
                Peak peak = peaks.computeIfAbsent(c.regionId(), r -> peak(r, states));
                tiers.add(require(c, loss, peak.load(), peak.state()));
            }
        }
        return new InstanceRequirements(loss, List.copyOf(states.keySet()), tiers);
    }

    private static int positionOf(List<RegionLoad> regions, String regionId) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).regionId().equals(regionId)) {
                return i;
            }
        }
        throw new java.util.NoSuchElementException("No value present");
    }

    /** A region's most load over the states, and the first state that gives it. */
    private record Peak(double load, String state) {
    }

    private static Peak peak(String regionId, Map<String, LoadState> states) {
        double peak = -1;
        String worst = null;
        int position = -1;
        for (Map.Entry<String, LoadState> e : states.entrySet()) {
            List<RegionLoad> regions = e.getValue().regions();
            // Every state lists the same regions in design order, so the region sits at one position.
            if (position < 0 || position >= regions.size() || !regions.get(position).regionId().equals(regionId)) {
                position = positionOf(regions, regionId);
            }
            double load = regions.get(position).load().value();
            if (load > peak) {
                peak = load;
                worst = e.getKey();
            }
        }
        return new Peak(peak, worst);
    }

    private static TierRequirement require(Component tier, SurviveLoss loss, double peak, String worst) {
        ComponentSpec.Service spec = (ComponentSpec.Service) tier.spec();
        double perInstance = spec.capacityPerInstanceRps() * spec.targetUtilization();
        // The tolerance keeps a quotient like 94.0000000001 (rounding in re-scaled shares) from asking for 95.
        int needed = (int) Math.ceil(peak / perInstance - LoadStates.TOLERANCE);
        String survive = loss == SurviveLoss.ANY_PROVIDER ? "any one provider" : "any one region";
        Figure figure = Figure.of("instances of " + tier.id() + " to survive the loss of " + survive, needed,
                "instances", "ceil(peak load / (capacity per instance × target utilisation))",
                "peak load", peak, "capacity per instance", spec.capacityPerInstanceRps(),
                "target utilisation", spec.targetUtilization());
        return new TierRequirement(tier.id(), tier.regionId(), tier.instances(), figure, needed - tier.instances(),
                peak, worst);
    }
}
