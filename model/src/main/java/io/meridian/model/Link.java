package io.meridian.model;

/**
 * An edge of the design.
 *
 * @param from       component id (dependency, replication) or region id (network)
 * @param to         component id (dependency, replication) or region id (network)
 * @param hard       dependency only: the source is down when the target is down (false = degrades only)
 * @param mode       replication only: how writes are acknowledged
 * @param lagMs      replication only: extra lag beyond the one-way network latency (ms)
 * @param via        replication with mode CDC only: id of the queue component the changes travel through
 * @param rttMs      network only: the RTT to use between the two regions instead of the estimate (ms)
 * @param ackTimeoutMs replication with mode semi-sync only: how long the writer waits for the acknowledgement before
 *                   it commits without it (ms); null: {@link Defaults#SEMI_SYNC_ACK_TIMEOUT_MS}
 * @param lagP50Ms   replication only: the measured median lag of the target, end to end (ms); null: the one-way trip
 *                   + the flush interval + lagMs (+ the queue's consumer lag)
 * @param lagP99Ms   replication only: the measured 99th-percentile lag (ms); null: p50 × {@link Defaults#LAG_P99_OVER_P50}
 */
public record Link(String id, LinkKind kind, String from, String to, boolean hard, ReplicationMode mode,
                   double lagMs, String via, Double rttMs, Double ackTimeoutMs, Double lagP50Ms, Double lagP99Ms) {
    public Link(String id, LinkKind kind, String from, String to, boolean hard, ReplicationMode mode, double lagMs,
                String via, Double rttMs) {
        this(id, kind, from, to, hard, mode, lagMs, via, rttMs, null);
    }

    public Link(String id, LinkKind kind, String from, String to, boolean hard, ReplicationMode mode, double lagMs,
                String via, Double rttMs, Double ackTimeoutMs) {
        this(id, kind, from, to, hard, mode, lagMs, via, rttMs, ackTimeoutMs, null, null);
    }

    public Link {
        Checks.id(id, "id");
        Checks.present(kind, "kind");
        Checks.id(from, "from");
        Checks.id(to, "to");
        if (from.equals(to)) {
            throw new ModelException("to", "a link cannot connect '" + from + "' to itself");
        }
        Checks.nonNegative(lagMs, Limits.MAX_MILLISECONDS, "lagMs");
        if (kind == LinkKind.REPLICATION) {
            Checks.present(mode, "mode");
        } else {
            mode = null;
        }
        if (via != null) {
            Checks.id(via, "via");
            if (mode != ReplicationMode.CDC) {
                throw new ModelException("via", "only a replication link with mode 'cdc' goes via a queue");
            }
        }
        if (rttMs != null) {
            Checks.positive(rttMs, Limits.MAX_MILLISECONDS, "rttMs");
            if (kind != LinkKind.NETWORK) {
                throw new ModelException("rttMs", "only a network link carries an RTT");
            }
        } else if (kind == LinkKind.NETWORK) {
            throw new ModelException("rttMs", "a network link needs rttMs");
        }
        if (ackTimeoutMs != null) {
            Checks.nonNegative(ackTimeoutMs, Limits.MAX_MILLISECONDS, "ackTimeoutMs");
            if (mode != ReplicationMode.SEMI_SYNC) {
                throw new ModelException("ackTimeoutMs", "only a semi-sync replication link falls back after a "
                        + "timeout (a sync link never does)");
            }
        }
        if (lagP50Ms != null) {
            Checks.nonNegative(lagP50Ms, Limits.MAX_MILLISECONDS, "lagP50Ms");
        }
        if (lagP99Ms != null) {
            Checks.nonNegative(lagP99Ms, Limits.MAX_MILLISECONDS, "lagP99Ms");
        }
        if ((lagP50Ms != null || lagP99Ms != null) && kind != LinkKind.REPLICATION) {
            throw new ModelException(lagP50Ms != null ? "lagP50Ms" : "lagP99Ms", "only a replication link has a lag");
        }
        if (lagP50Ms != null && lagP99Ms != null && lagP99Ms < lagP50Ms) {
            throw new ModelException("lagP99Ms", "the 99th percentile " + lagP99Ms + " ms is below the median "
                    + lagP50Ms + " ms");
        }
    }

    /** The same link with a measured lag distribution (null: the default). */
    public Link withLag(Double p50Ms, Double p99Ms) {
        return new Link(id, kind, from, to, hard, mode, lagMs, via, rttMs, ackTimeoutMs, p50Ms, p99Ms);
    }

    /** Semi-sync: the writer's wait before it commits without this target's acknowledgement, ms. */
    public double ackTimeoutMsOrDefault() {
        return ackTimeoutMs != null ? ackTimeoutMs : Defaults.SEMI_SYNC_ACK_TIMEOUT_MS;
    }

    /** True when writes stop while this link's target is down: a sync link (semi-sync falls back after its timeout). */
    public boolean blocksWritesWhenTargetDown() {
        return kind == LinkKind.REPLICATION && mode == ReplicationMode.SYNC;
    }

    public static Link dependency(String id, String from, String to) {
        return new Link(id, LinkKind.DEPENDENCY, from, to, true, null, 0, null, null);
    }

    public static Link replication(String id, String from, String to, ReplicationMode mode) {
        return new Link(id, LinkKind.REPLICATION, from, to, false, mode, 0, null, null);
    }

    public static Link network(String id, String fromRegion, String toRegion, double rttMs) {
        return new Link(id, LinkKind.NETWORK, fromRegion, toRegion, false, null, 0, null, rttMs);
    }
}
