package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/** The monthly total billed in one region (its components and the transfer leaving it). */
public record RegionCost(String regionId, Figure monthly) {
    public RegionCost {
        Checks.id(regionId, "regionId");
        Checks.present(monthly, "monthly");
    }
}
