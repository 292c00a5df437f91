package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.PromotionMode;
import io.meridian.model.WriteStrategy;
import java.util.List;

/**
 * How long one dataset's writes wait after the worst single-region failure for it.
 *
 * @param failedRegionId      the region whose loss costs the most, or null when no single region matters
 * @param promotedComponentId the copy that takes over, or null (nothing to promote, or nobody can)
 * @param seconds             promotion (with the operator's decision when manual), leader election, or the region's
 *                            repair time when nobody can take over
 * @param how                 the mechanism in one sentence
 * @param promotion           who promotes: automatic or manual (an operator decides first)
 * @param promotionOrder      single-primary and home-region: the copies that may replace the worst case's leader,
 *                            first choice first (the first one up is promoted); empty for other strategies
 * @param decisionSeconds     the operator's decision time inside {@code seconds}: 0 unless promotion is manual and
 *                            a copy is promoted (per-event recovery reads it with the promotion order)
 */
public record DatasetPromotion(String datasetId, WriteStrategy strategy, String failedRegionId,
                               String promotedComponentId, Figure seconds, String how, PromotionMode promotion,
                               List<String> promotionOrder, double decisionSeconds) {
    public DatasetPromotion {
        Checks.id(datasetId, "datasetId");
        Checks.present(strategy, "strategy");
        Checks.present(seconds, "seconds");
        how = Checks.text(how);
        Checks.present(promotion, "promotion");
        promotionOrder = List.copyOf(promotionOrder);
        Checks.nonNegative(decisionSeconds, "decisionSeconds");
    }
}
