package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.WriteStrategy;

/**
 * The recovery point of one dataset when one region is lost or cut off: how many seconds of acknowledged writes can
 * vanish. An RPO objective is judged on this figure: the tail of the limiting link (p99 + a burst's extra lag) plus,
 * when a copy is promoted over an asynchronous link, the fencing time of the isolated old leader.
 *
 * @param rpoSeconds     the figure; null when {@code unbounded}
 * @param typicalLag     the limiting link's median lag (what is usually lost without fencing), or null
 * @param fencing        the seconds an isolated leader keeps writing before it demotes itself, when they count; null
 *                       otherwise (no promotion, or the commit waits for the promoted copy)
 * @param unbounded      true when the loss has no bound: a backlog that grows forever, no copy outside a region, or
 *                       a writable copy whose writes never leave its region
 * @param limitingLinkId the replication link that sets the RPO, or null when none does
 * @param basis          why, in one sentence
 */
public record DatasetRpo(String datasetId, WriteStrategy strategy, Figure rpoSeconds, Figure typicalLag,
                         Figure fencing, boolean unbounded, String limitingLinkId, String basis) {
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
