package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.ReplicationMode;

/**
 * How far one replication link's target trails its source.
 *
 * @param viaQueueId             the queue a CDC link goes through, or null
 * @param writeLoad              writes/s the link carries: every dataset its source holds
 * @param applyCapacity          writes/s the target can take: apply workers × per-worker rate, capped by the queue's
 *                               throughput; null when unlimited (no rate stated)
 * @param backlogGrowthPerSecond writes/s the target falls further behind: max(0, load − capacity)
 * @param backlogAfterOneHour    writes not yet applied after an hour at that rate
 * @param lagSeconds             how old the target's newest write is; null when {@code unbounded}
 * @param unbounded              true when an asynchronous target falls behind without bound (RPO grows forever)
 */
public record ReplicationLag(String linkId, ReplicationMode mode, String fromComponentId, String fromRegionId,
                             String toComponentId, String toRegionId, String viaQueueId, Figure writeLoad,
                             Figure applyCapacity, Figure backlogGrowthPerSecond, Figure backlogAfterOneHour,
                             Figure lagSeconds, boolean unbounded, String explanation) {
    public ReplicationLag {
        Checks.id(linkId, "linkId");
        Checks.present(mode, "mode");
        Checks.present(writeLoad, "writeLoad");
        Checks.present(backlogGrowthPerSecond, "backlogGrowthPerSecond");
        Checks.present(backlogAfterOneHour, "backlogAfterOneHour");
        if ((lagSeconds == null) != unbounded) {
            throw new IllegalArgumentException("lagSeconds is null exactly when the lag is unbounded");
        }
        explanation = Checks.text(explanation);
    }

    /** The lag as a number: positive infinity when unbounded (never serialized: JSON has no infinity). */
    public double seconds() {
        return unbounded ? Double.POSITIVE_INFINITY : lagSeconds.value();
    }
}
