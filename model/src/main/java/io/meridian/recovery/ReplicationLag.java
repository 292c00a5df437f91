package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.ReplicationMode;

/**
 * How far one replication link's target trails its source: a lognormal lag fitted to p50 and p99, the backlog of the
 * worst write burst, and the tail an RPO is judged on (p99 + the burst's extra lag).
 *
 * @param viaQueueId             the queue a CDC link goes through, or null
 * @param writeLoad              writes/s the link carries: every dataset its source holds
 * @param applyCapacity          writes/s the target can take: apply workers × per-worker rate, capped by the queue's
 *                               throughput; null when unlimited (no rate stated)
 * @param backlogGrowthPerSecond writes/s the target falls further behind: max(0, load − capacity)
 * @param backlogAfterOneHour    writes not yet applied after an hour at that rate
 * @param lagSeconds             the median lag (p50), s; null when {@code unbounded}
 * @param lagP99Seconds          the 99th percentile, s; null when {@code unbounded}
 * @param lagMeanSeconds         the lognormal's mean, s; null when {@code unbounded}
 * @param lagSigma               σ of ln lag (0 for a constant lag)
 * @param burst                  the worst burst's backlog on this link, or null when no burst outruns the target
 * @param tailSeconds            p99 + the burst's extra lag: what an RPO is judged on; null when {@code unbounded}
 * @param unbounded              true when an asynchronous target falls behind without bound (RPO grows forever)
 */
public record ReplicationLag(String linkId, ReplicationMode mode, String fromComponentId, String fromRegionId,
                             String toComponentId, String toRegionId, String viaQueueId, Figure writeLoad,
                             Figure applyCapacity, Figure backlogGrowthPerSecond, Figure backlogAfterOneHour,
                             Figure lagSeconds, Figure lagP99Seconds, Figure lagMeanSeconds, double lagSigma,
                             BurstBacklog burst, Figure tailSeconds, boolean unbounded, String explanation) {
    public ReplicationLag {
        Checks.id(linkId, "linkId");
        Checks.present(mode, "mode");
        Checks.present(writeLoad, "writeLoad");
        Checks.present(backlogGrowthPerSecond, "backlogGrowthPerSecond");
        Checks.present(backlogAfterOneHour, "backlogAfterOneHour");
        if ((lagSeconds == null) != unbounded || (lagP99Seconds == null) != unbounded
                || (tailSeconds == null) != unbounded || (lagMeanSeconds == null) != unbounded) {
            throw new IllegalArgumentException("the lag figures are null exactly when the lag is unbounded");
        }
        explanation = Checks.text(explanation);
    }

    /** The tail as a number: positive infinity when unbounded (never serialized: JSON has no infinity). */
    public double seconds() {
        return unbounded ? Double.POSITIVE_INFINITY : tailSeconds.value();
    }
}
