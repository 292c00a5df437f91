package io.meridian.placement;

import io.meridian.model.Checks;

/**
 * Who takes over a leader's writes when the leader's region fails.
 *
 * @param successorComponentId the copy that is promoted, or null when no copy lives outside the failed region
 * @param successorRegionId    its region, or null
 * @param viaLinkId            the replication link from the leader that feeds the successor, or null when none does
 */
public record Takeover(String datasetId, String leaderComponentId, String failedRegionId,
                       String successorComponentId, String successorRegionId, String viaLinkId) {
    public Takeover {
        Checks.id(datasetId, "datasetId");
        Checks.id(leaderComponentId, "leaderComponentId");
        Checks.id(failedRegionId, "failedRegionId");
        if ((successorComponentId == null) != (successorRegionId == null)) {
            throw new IllegalArgumentException("successor component and region are given together");
        }
    }

    public boolean hasSuccessor() {
        return successorComponentId != null;
    }
}
