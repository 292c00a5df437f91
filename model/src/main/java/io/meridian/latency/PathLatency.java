package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * The latency of one path between two places, each number explained.
 *
 * @param distanceKm      geodesic distance (WGS84)
 * @param fiberKmPerMs    the signal speed assumed
 * @param floorOneWayMs   distance / fiber speed: the physical bound one way
 * @param floorRttMs      2 × floor one way: no round trip can be faster
 * @param typicalRttMs    the estimate to plan with: floor × route inflation + overhead, or a measured RTT
 * @param measuredByLinkId id of the network link whose measured RTT replaced the estimate; null when estimated
 */
public record PathLatency(Figure distanceKm, Figure fiberKmPerMs, Figure floorOneWayMs, Figure floorRttMs,
                          Figure typicalRttMs, String measuredByLinkId) {
    public PathLatency {
        Checks.present(distanceKm, "distanceKm");
        Checks.present(fiberKmPerMs, "fiberKmPerMs");
        Checks.present(floorOneWayMs, "floorOneWayMs");
        Checks.present(floorRttMs, "floorRttMs");
        Checks.present(typicalRttMs, "typicalRttMs");
    }
}
