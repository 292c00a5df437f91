package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;
import io.meridian.model.WriteStrategy;

/**
 * What a population waits for a write to one dataset: the round trip to its serving region plus the commit
 * cost of the dataset's strategy, measured from that region.
 *
 * @param latency     null exactly when {@code unavailable} says why there is no figure
 * @param unavailable why the latency cannot be computed (e.g. a single-primary dataset without a primary), or null
 */
public record WriteLatency(String datasetId, String populationId, WriteStrategy strategy, WeightedLatency latency,
                           String unavailable) {
    public WriteLatency {
        Checks.id(datasetId, "datasetId");
        Checks.id(populationId, "populationId");
        Checks.present(strategy, "strategy");
        if ((latency == null) == (unavailable == null)) {
            throw new ModelException("latency", "give either a latency or the reason it is unavailable");
        }
    }
}
