/**
 * Recovery after the worst single-region failure: RTO, the recovery curves, what each kind of failure event costs,
 * RPO per dataset, replication lag per link and the WAN-cut buffer.
 *
 * <p><b>RTO</b>: the steps are detection (health-check interval × consecutive failures), routing switch (DNS TTL, or
 * anycast convergence; the region's repair time when nothing can steer clients elsewhere), promotion (the slowest
 * dataset's promote time or leader election; the repair time when no copy can take over) and reconnect
 * (Assumptions.reconnectSeconds). They overlap: under DNS the served share climbs over one TTL after detection +
 * reconnect, clients that cache DNS past the TTL (GlobalRouting.dnsCacheTailShare / dnsCacheTailSeconds) come back
 * last, and writes also wait until detection + promotion + reconnect. The RTO is the first second at which 99% of the
 * affected users have reads and writes back (RecoveryCurves).
 *
 * <p><b>Per-event timings</b> ({@link io.meridian.recovery.FailoverTimings}): what each kind of failure costs the
 * users it touches, charged by the availability engine event by event (the area above each curve, so a DNS TTL
 * counts its expected expiry TTL / 2): the moved users' read curve, each dataset's takeover, each database or cache
 * pool's in-region switchover, the failure-on-demand probability and the operator's decision time.
 *
 * <p><b>Replication lag</b> per replication link: the link ships every dataset its source component holds (write
 * load = Σ writes/s), and its target applies at most workers × per-worker rate, capped by the throughput of the queue
 * a CDC link goes through (a rate of 0 means "not limited"). When the load exceeds that capacity the target falls
 * (load − capacity) writes further behind every second: an asynchronous target's lag, and so the RPO, grows without
 * bound. Otherwise the lag is a lognormal through p50 and p99 ({@link io.meridian.recovery.LagDistribution}): p50 is
 * the link's lagP50Ms, else the one-way trip (typical RTT / 2) + the flush interval + the link's own lag + the queue's
 * consumer lag for CDC; p99 is lagP99Ms, else 3 × p50. A dataset's write burst that brings the link's load above the
 * apply capacity leaves (burst load − capacity) × burst seconds writes behind, applied backlog / capacity seconds late
 * ({@link io.meridian.recovery.BurstBacklog}); the tail is p99 + that lag. Sync, semi-sync and quorum-member links
 * lose nothing acknowledged: lag 0.
 *
 * <p><b>RPO</b> per dataset ({@link io.meridian.recovery.DatasetRpos}): for single-primary and home-region, the tail
 * of the link that feeds the copy promoted in place of a lost leader plus the fencing time (the cut-off leader
 * commits alone until it demotes itself) for an asynchronous link, 0 for sync and quorum-member links, fencing −
 * ack timeout for semi-sync; the worst cross-region link's tail for multi-primary (nothing is promoted); 0 for
 * two-phase commit and for a quorum whose majority spans regions, the one-way trip when a majority sits in one region;
 * unbounded when one region holds every copy, or when a copy that takes writes reaches no other region by any chain
 * of replication links ({@link io.meridian.placement.ReplicationReach}).
 *
 * <p><b>WAN cut</b>: every dataset that streams asynchronously across regions must buffer write rate × record size ×
 * cut duration (Assumptions.wanCutHours, 24 h by default), and the queue on each such stream must keep that long.
 */
package io.meridian.recovery;
