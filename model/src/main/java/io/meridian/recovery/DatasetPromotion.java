package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.WriteStrategy;

/**
 * How long one dataset's writes wait after the worst single-region failure for it.
 *
 * @param failedRegionId      the region whose loss costs the most, or null when no single region matters
 * @param promotedComponentId the copy that takes over, or null (nothing to promote, or nobody can)
 * @param seconds             promotion, leader election, or the region's repair time when nobody can take over
 * @param how                 the mechanism in one sentence
 */
public record DatasetPromotion(String datasetId, WriteStrategy strategy, String failedRegionId,
                               String promotedComponentId, Figure seconds, String how) {
    public DatasetPromotion {
        Checks.id(datasetId, "datasetId");
        Checks.present(strategy, "strategy");
        Checks.present(seconds, "seconds");
        how = Checks.text(how);
    }
}
