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
 * @param measuredIn       the measured-RTT file and line(s) whose median replaced the estimate
 *                         ({@code latency.csv:3}); null when estimated or measured by a network link
 */
public record PathLatency(Figure distanceKm, Figure fiberKmPerMs, Figure floorOneWayMs, Figure floorRttMs,
                          Figure typicalRttMs, String measuredByLinkId, String measuredIn) {
    /** An estimated path, or one measured by a network link. */
    public PathLatency(Figure distanceKm, Figure fiberKmPerMs, Figure floorOneWayMs, Figure floorRttMs,
                       Figure typicalRttMs, String measuredByLinkId) {
        this(distanceKm, fiberKmPerMs, floorOneWayMs, floorRttMs, typicalRttMs, measuredByLinkId, null);
    }

    public PathLatency {
        Checks.present(distanceKm, "distanceKm");
        Checks.present(fiberKmPerMs, "fiberKmPerMs");
        Checks.present(floorOneWayMs, "floorOneWayMs");
        Checks.present(floorRttMs, "floorRttMs");
        Checks.present(typicalRttMs, "typicalRttMs");
        if (measuredByLinkId != null && measuredIn != null) {
            throw new IllegalArgumentException("a path is measured by a network link or by a file, not both");
        }
    }

    /** Whether the typical RTT is a measurement (a network link or a measured-RTT file), not an estimate. */
    public boolean measured() {
        return measuredByLinkId != null || measuredIn != null;
    }
}
