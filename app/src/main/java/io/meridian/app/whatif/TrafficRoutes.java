package io.meridian.app.whatif;

import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import io.meridian.routing.RegionAssignment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sends how much traffic where, for the canvas: each population's serving regions from the engine's
 * {@link PopulationRouter} and, while regions are failed, where the lost traffic goes. A population's
 * traffic to a region splits into the part it sends there anyway ({@link Kind#SERVING}), the part that
 * arrives because another region failed ({@link Kind#REROUTED}), and what it used to send to a failed
 * region ({@link Kind#LOST}). Shown is the first re-route, the one that makes regions overloaded; a cascade
 * that follows is the what-if summary's business. Worked out with the what-if, off the FX thread.
 */
public final class TrafficRoutes {
    public enum Kind { SERVING, REROUTED, LOST }

    /**
     * One line on the map.
     *
     * @param share of the population's requests/s this line carries (0–1)
     * @param rps   requests/s it carries
     */
    public record Route(String populationId, String regionId, Kind kind, double share, double rps) {
    }

    private TrafficRoutes() {
    }

    /** The routes with {@code failedRegionIds} down (ids of regions not in the design are ignored). */
    public static List<Route> of(Topology topology, Set<String> failedRegionIds) {
        Set<String> failed = topology.regions().stream().map(Region::id).filter(failedRegionIds::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        PopulationRouter router = new PopulationRouter(topology);
        List<Route> out = new ArrayList<>();
        for (Population p : topology.populations()) {
            RegionAssignment normal = router.assign(p);
            RegionAssignment now = failed.isEmpty() ? normal : router.assign(p, failed);
            double rps = p.requestsPerSecond();
            for (String region : normal.regionIds()) {
                double before = normal.shareOf(region);
                if (failed.contains(region)) {
                    out.add(new Route(p.id(), region, Kind.LOST, before, before * rps));
                } else {
                    double kept = Math.min(before, now.shareOf(region));
                    out.add(new Route(p.id(), region, Kind.SERVING, kept, kept * rps));
                }
            }
            for (String region : now.regionIds()) {
                double extra = now.shareOf(region) - normal.shareOf(region);
                if (extra > 1e-9) {
                    out.add(new Route(p.id(), region, Kind.REROUTED, extra, extra * rps));
                }
            }
        }
        return List.copyOf(out);
    }
}
