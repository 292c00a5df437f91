package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;

/**
 * What a population waits for a read: the round trip to its serving region(s).
 *
 * @param latency     null exactly when {@code unavailable} says why there is no figure
 * @param unavailable why the latency cannot be computed (e.g. no permitted region), or null
 */
public record ReadLatency(String populationId, WeightedLatency latency, String unavailable) {
    public ReadLatency {
        Checks.id(populationId, "populationId");
        if ((latency == null) == (unavailable == null)) {
            throw new ModelException("latency", "give either a latency or the reason it is unavailable");
        }
    }
}
