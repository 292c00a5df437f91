package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.ModelException;
import io.meridian.model.ReadConsistency;
import io.meridian.model.WriteStrategy;

/**
 * What a population waits for a read of one dataset, under the dataset's read consistency: the round trip to its
 * serving region, then from there to the copy that may answer (the leader for a strong read, the nearest copy for a
 * stale one; a commit-wait follower may first wait for safe time).
 *
 * @param latency          null exactly when {@code unavailable} says why there is no figure
 * @param stale            true when some serving region reads a copy that may miss recent writes, the reader's own
 *                         included (no read-your-writes)
 * @param stalenessSeconds how far behind such a copy can be, the worst over the serving regions; null when not stale,
 *                         or when no bound exists ({@code stalenessNote} says why)
 * @param stalenessNote    where the bound comes from, or why there is none; null when not stale
 * @param unavailable      why the latency cannot be computed, or null
 */
public record DatasetRead(String datasetId, String populationId, WriteStrategy strategy,
                          ReadConsistency consistency, WeightedLatency latency, boolean stale,
                          Figure stalenessSeconds, String stalenessNote, String unavailable) {
    public DatasetRead {
        Checks.id(datasetId, "datasetId");
        Checks.id(populationId, "populationId");
        Checks.present(strategy, "strategy");
        Checks.present(consistency, "consistency");
        if ((latency == null) == (unavailable == null)) {
            throw new ModelException("latency", "give either a latency or the reason it is unavailable");
        }
        if (!stale && (stalenessSeconds != null || stalenessNote != null)) {
            throw new ModelException("stalenessSeconds", "only a stale read has a staleness");
        }
    }
}
