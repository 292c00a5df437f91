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
 */
public record LoadState(List<String> downRegionIds, List<RegionLoad> regions, List<UnservedLoad> unserved,
                        Figure unservedRps) {
    public LoadState {
        downRegionIds = List.copyOf(downRegionIds);
        regions = List.copyOf(regions);
        unserved = List.copyOf(unserved);
        Checks.present(unservedRps, "unservedRps");
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
}
