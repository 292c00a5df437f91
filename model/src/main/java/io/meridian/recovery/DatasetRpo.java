package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.WriteStrategy;

/**
 * The recovery point of one dataset when one region is lost: how many seconds of acknowledged writes can vanish.
 *
 * @param rpoSeconds     the figure; null when {@code unbounded}
 * @param unbounded      true when the loss has no bound: a backlog that grows forever, or no copy outside a region
 * @param limitingLinkId the replication link that sets the RPO, or null when none does
 * @param basis          why, in one sentence
 */
public record DatasetRpo(String datasetId, WriteStrategy strategy, Figure rpoSeconds, boolean unbounded,
                         String limitingLinkId, String basis) {
    public DatasetRpo {
        Checks.id(datasetId, "datasetId");
        Checks.present(strategy, "strategy");
        if ((rpoSeconds == null) != unbounded) {
            throw new IllegalArgumentException("rpoSeconds is null exactly when the RPO is unbounded");
        }
        basis = Checks.text(basis);
    }

    /** The RPO as a number, for comparing with an objective: positive infinity when unbounded (never serialized). */
    public double seconds() {
        return unbounded ? Double.POSITIVE_INFINITY : rpoSeconds.value();
    }
}
