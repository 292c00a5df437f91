package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;
import java.util.Optional;

/**
 * Where the load sits while a set of regions is down.
 *
 * @param downRegionIds regions down in this state, in design order
 * @param regions       every region of the design, in design order (down ones carry no load)
 * @param unserved      populations with no region up that they may use
 * @param unservedRps   their total request rate, explained
 * @param served        share of every population's offered requests that is served once autoscaled instances
 *                      are warm: Σ region load × its served share / Σ requests/s, explained (1 when nobody offers any)
 * @param warmupServed  the same before they are warm
 */
public record LoadState(List<String> downRegionIds, List<RegionLoad> regions, List<UnservedLoad> unserved,
                        Figure unservedRps, Figure served, double warmupServed) {
    public LoadState {
        downRegionIds = List.copyOf(downRegionIds);
        regions = List.copyOf(regions);
        unserved = List.copyOf(unserved);
        Checks.present(unservedRps, "unservedRps");
        Checks.present(served, "served");
        Checks.fraction(served.value(), "served");
        Checks.fraction(warmupServed, "warmupServed");
    }

    /** With the served share worked out from the regions' (as before overload behaviours were reported). */
    public LoadState(List<String> downRegionIds, List<RegionLoad> regions, List<UnservedLoad> unserved,
                     Figure unservedRps) {
        this(downRegionIds, regions, unserved, unservedRps, servedShare(regions, unservedRps, false),
                servedShare(regions, unservedRps, true).value());
    }

    static Figure servedShare(List<RegionLoad> regions, Figure unservedRps, boolean warmup) {
        double offered = unservedRps.value();
        double served = 0;
        for (RegionLoad r : regions) {
            offered += r.load().value();
            served += r.load().value() * (warmup ? r.warmupServedShare() : r.servedShare().value());
        }
        double share = offered > 0 ? Math.max(0, Math.min(1, served / offered)) : 1;
        return Figure.of(warmup ? "served share before autoscaling warms up" : "served share", share, "",
                "Σ region load × region served share / (Σ region load + unserved load)", "served rps", served,
                "offered rps", offered);
    }

    public Optional<RegionLoad> region(String regionId) {
        return regions.stream().filter(r -> r.regionId().equals(regionId)).findFirst();
    }

    public List<String> overloadedRegionIds() {
        return regions.stream().filter(RegionLoad::overloaded).map(RegionLoad::regionId).toList();
    }

    public List<String> aboveTargetRegionIds() {
        return regions.stream().filter(RegionLoad::aboveTarget).map(RegionLoad::regionId).toList();
    }

    /** Regions that serve only part of their requests (shedding) once autoscaled instances are warm. */
    public List<String> sheddingRegionIds() {
        return regions.stream().filter(r -> !r.down() && r.servedShare().value() < 1).map(RegionLoad::regionId)
                .toList();
    }
}
