package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * A latency seen by a population through one serving region.
 *
 * @param share      the share of the population's traffic this region serves
 * @param route      in words, the path the request takes (e.g. "served by use1; primary db-east in use1")
 * @param typicalMs  the latency to plan with (typical RTTs, measured paths where given)
 * @param floorMs    the same path with every RTT at its physical floor: no design can beat it
 * @param lockHoldMs two-phase-commit writes only (else null): how long the participants hold the transaction's locks,
 *                   typical RTTs; contention grows with it, not with the client-visible latency
 * @param p99Ms      the same path at its 99th percentile: network p99 and service times at p99
 */
public record ServedLatency(String regionId, double share, String route, Figure typicalMs, Figure floorMs,
                            Figure lockHoldMs, Figure p99Ms) {
    public ServedLatency {
        Checks.id(regionId, "regionId");
        Checks.fraction(share, "share");
        route = Checks.text(route);
        Checks.present(typicalMs, "typicalMs");
        Checks.present(floorMs, "floorMs");
        Checks.present(p99Ms, "p99Ms");
    }

    /** A latency without locks held across regions. */
    public ServedLatency(String regionId, double share, String route, Figure typicalMs, Figure floorMs,
                         Figure p99Ms) {
        this(regionId, share, route, typicalMs, floorMs, null, p99Ms);
    }
}
