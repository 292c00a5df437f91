package io.meridian.latency;

import io.meridian.model.Assumptions;
import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.GeoPoint;

/**
 * Turns distance into latency under a design's assumptions: the physical floor (fiber speed) and the
 * typical estimate (route inflation and a fixed overhead per round trip, see {@link io.meridian.model.Defaults}).
 */
public final class LatencyModel {
    private final Assumptions assumptions;

    public LatencyModel(Assumptions assumptions) {
        this.assumptions = Checks.present(assumptions, "assumptions");
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    public double floorOneWayMs(double distanceKm) {
        return distanceKm / assumptions.fiberKmPerMs();
    }

    public double floorRttMs(double distanceKm) {
        return 2 * floorOneWayMs(distanceKm);
    }

    public double typicalRttMs(double distanceKm) {
        return floorRttMs(distanceKm) * assumptions.routeInflation() + assumptions.overheadRttMs();
    }

    /** The typical RTT to plan with when a measurement exists: never below the physical floor. */
    public double measuredRttMs(double distanceKm, double measuredRttMs) {
        return Math.max(measuredRttMs, floorRttMs(distanceKm));
    }

    public PathLatency between(GeoPoint a, GeoPoint b) {
        return forDistance(Geodesy.distanceKm(a, b));
    }

    /** The estimated path for a plain distance (5,700 km at 200 km/ms → 28.5 ms one way, 57 ms floor RTT). */
    public PathLatency forDistance(double distanceKm) {
        Checks.nonNegative(distanceKm, "distanceKm");
        double floor = floorRttMs(distanceKm);
        Figure typical = Figure.of("typical RTT", typicalRttMs(distanceKm), "ms",
                "floorRtt × routeInflation + overheadRtt",
                "floorRtt", floor, "routeInflation", assumptions.routeInflation(),
                "overheadRtt", assumptions.overheadRttMs());
        return path(distanceKm, typical, null);
    }

    /** The path for a distance whose RTT was measured (a network link): max(measured, floor). */
    public PathLatency forMeasured(double distanceKm, String linkId, double measuredRttMs) {
        Checks.nonNegative(distanceKm, "distanceKm");
        Checks.id(linkId, "linkId");
        Figure typical = Figure.of("typical RTT", measuredRttMs(distanceKm, measuredRttMs), "ms",
                "max(measuredRtt, floorRtt)", "measuredRtt", measuredRttMs, "floorRtt", floorRttMs(distanceKm));
        return path(distanceKm, typical, linkId);
    }

    /** A place to itself: no round trip crosses the network, so every figure is 0. */
    public PathLatency sameRegion() {
        Figure typical = Figure.of("typical RTT", 0, "ms", "same region: intra-region round trips are not modelled");
        return path(0, typical, null);
    }

    private PathLatency path(double distanceKm, Figure typical, String linkId) {
        double fiber = assumptions.fiberKmPerMs();
        double oneWay = floorOneWayMs(distanceKm);
        return new PathLatency(
                Figure.of("distance", distanceKm, "km", "geodesic distance on WGS84"),
                Figure.of("fiber speed", fiber, "km/ms", "assumption"),
                Figure.of("floor one way", oneWay, "ms", "distance / fiberSpeed",
                        "distance", distanceKm, "fiberSpeed", fiber),
                Figure.of("floor RTT", 2 * oneWay, "ms", "2 × floorOneWay", "floorOneWay", oneWay),
                typical, linkId);
    }
}
