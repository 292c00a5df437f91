package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * A region that failed in a cascade because a tier ran above 100%.
 *
 * @param utilisation the utilisation that brought it down, explained
 * @param reason      one line, e.g. "api at 150% (7500 rps on 5000 rps)"
 */
public record FallenRegion(String regionId, String bottleneckTierId, Figure utilisation, String reason) {
    public FallenRegion {
        Checks.id(regionId, "regionId");
        Checks.id(bottleneckTierId, "bottleneckTierId");
        Checks.present(utilisation, "utilisation");
        Checks.present(reason, "reason");
    }
}
