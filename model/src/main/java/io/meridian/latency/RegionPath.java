package io.meridian.latency;

import io.meridian.model.Checks;

/** The latency between two regions of a design, explained. */
public record RegionPath(String fromRegionId, String toRegionId, PathLatency latency) {
    public RegionPath {
        Checks.id(fromRegionId, "fromRegionId");
        Checks.id(toRegionId, "toRegionId");
        Checks.present(latency, "latency");
    }
}
