package io.meridian.latency;

import io.meridian.model.Assumptions;
import io.meridian.model.Checks;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.GeoPoint;

/**
 * Turns distance into latency under a design's assumptions: the physical floor (fiber speed) and the typical
 * estimate, floor × inflation + overhead of the corridor between the two places' {@link Zone}s ({@link Corridors}),
 * plus a short-hop overhead below {@link Defaults#SHORT_HOP_KM}. A design that states routeInflation or overheadRttMs
 * replaces that column of the table for every corridor (and a stated overhead replaces the short-hop one too).
 */
public final class LatencyModel {
    private final Assumptions assumptions;
    private final Corridors corridors;

    public LatencyModel(Assumptions assumptions) {
        this(assumptions, Corridors.builtin());
    }

    public LatencyModel(Assumptions assumptions, Corridors corridors) {
        this.assumptions = Checks.present(assumptions, "assumptions");
        this.corridors = Checks.present(corridors, "corridors");
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    public Corridors corridors() {
        return corridors;
    }

    public double floorOneWayMs(double distanceKm) {
        return distanceKm / assumptions.fiberKmPerMs();
    }

    public double floorRttMs(double distanceKm) {
        return 2 * floorOneWayMs(distanceKm);
    }

    /** Route inflation between two zones: the design's, when stated, else the corridor's. */
    public double inflation(Zone a, Zone b) {
        Double stated = assumptions.routeInflation();
        return stated != null ? stated : corridors.between(a, b).inflation();
    }

    /** Fixed overhead between two zones at this distance: the design's, when stated, else corridor + short hop. */
    public double overheadMs(double distanceKm, Zone a, Zone b) {
        Double stated = assumptions.overheadRttMs();
        return stated != null ? stated : corridors.between(a, b).overheadMs() + shortHopMs(distanceKm);
    }

    /** The short-hop overhead: {@link Defaults#SHORT_HOP_OVERHEAD_MS} at 0 km, fading linearly to 0 at 500 km. */
    public static double shortHopMs(double distanceKm) {
        return Defaults.SHORT_HOP_OVERHEAD_MS * Math.max(0, 1 - distanceKm / Defaults.SHORT_HOP_KM);
    }

    public double typicalRttMs(double distanceKm, Zone a, Zone b) {
        return floorRttMs(distanceKm) * inflation(a, b) + overheadMs(distanceKm, a, b);
    }

    /** The typical RTT to plan with when a measurement exists: never below the physical floor. */
    public double measuredRttMs(double distanceKm, double measuredRttMs) {
        return Math.max(measuredRttMs, floorRttMs(distanceKm));
    }

    public PathLatency between(GeoPoint a, GeoPoint b) {
        return forDistance(Geodesy.distanceKm(a, b), Zone.of(a), Zone.of(b));
    }

    /**
     * The estimated path for a distance between two zones (5,700 km at 200 km/ms → 28.5 ms one way, 57 ms floor RTT;
     * North America–Europe: 57 × 1.54 + 0 = 87.78 ms typical).
     */
    public PathLatency forDistance(double distanceKm, Zone a, Zone b) {
        Checks.nonNegative(distanceKm, "distanceKm");
        double floor = floorRttMs(distanceKm);
        double inflation = inflation(a, b);
        double overhead = overheadMs(distanceKm, a, b);
        String corridor = Corridors.label(a, b);
        String source = (assumptions.routeInflation() != null ? "inflation stated by the design" : "inflation of corridor "
                + corridor) + "; " + (assumptions.overheadRttMs() != null ? "overhead stated by the design"
                : "overhead of corridor " + corridor + (distanceKm < Defaults.SHORT_HOP_KM ? " + short hop "
                        + String.format(java.util.Locale.ROOT, "%.2f ms", shortHopMs(distanceKm)) : ""));
        Figure typical = Figure.of("typical RTT", floor * inflation + overhead, "ms",
                "floorRtt × routeInflation + overheadRtt (" + source + ")",
                "floorRtt", floor, "routeInflation", inflation, "overheadRtt", overhead);
        return path(distanceKm, typical, null, null);
    }

    /** The path for a distance whose RTT was measured (a network link): max(measured, floor). */
    public PathLatency forMeasured(double distanceKm, String linkId, double measuredRttMs) {
        Checks.nonNegative(distanceKm, "distanceKm");
        Checks.id(linkId, "linkId");
        Figure typical = Figure.of("typical RTT", measuredRttMs(distanceKm, measuredRttMs), "ms",
                "max(measuredRtt, floorRtt)", "measuredRtt", measuredRttMs, "floorRtt", floorRttMs(distanceKm));
        return path(distanceKm, typical, linkId, null);
    }

    /**
     * The path for a distance whose median RTT a measured-RTT file gives ({@link MeasuredRtt#measuredIn()}):
     * max(measured, floor), the floor at this design's fiber speed and coordinates.
     */
    public PathLatency forMeasuredIn(double distanceKm, String measuredIn, double measuredRttMs) {
        Checks.nonNegative(distanceKm, "distanceKm");
        Checks.present(measuredIn, "measuredIn");
        Figure typical = Figure.of("typical RTT", measuredRttMs(distanceKm, measuredRttMs), "ms",
                "max(measuredRtt, floorRtt); the median measured in " + measuredIn,
                "measuredRtt", measuredRttMs, "floorRtt", floorRttMs(distanceKm));
        return path(distanceKm, typical, null, measuredIn);
    }

    /** A place to itself: no round trip crosses the network, so every figure is 0. */
    public PathLatency sameRegion() {
        Figure typical = Figure.of("typical RTT", 0, "ms", "same region: intra-region round trips are not modelled");
        return path(0, typical, null, null);
    }

    private PathLatency path(double distanceKm, Figure typical, String linkId, String measuredIn) {
        double fiber = assumptions.fiberKmPerMs();
        double oneWay = floorOneWayMs(distanceKm);
        return new PathLatency(
                Figure.of("distance", distanceKm, "km", "geodesic distance on WGS84"),
                Figure.of("fiber speed", fiber, "km/ms", "assumption"),
                Figure.of("floor one way", oneWay, "ms", "distance / fiberSpeed",
                        "distance", distanceKm, "fiberSpeed", fiber),
                Figure.of("floor RTT", 2 * oneWay, "ms", "2 × floorOneWay", "floorOneWay", oneWay),
                typical, linkId, measuredIn);
    }
}
