package io.meridian.latency;

import io.meridian.model.GeoDistance;
import io.meridian.model.GeoPoint;

/** Great-circle (geodesic) distance on the WGS84 ellipsoid ({@link GeoDistance}, which remembers it). */
public final class Geodesy {
    private Geodesy() {
    }

    /** Shortest distance over the ellipsoid between two points, in km. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Same, from raw degrees; asks GeographicLib for the distance only, which skips the azimuth and area work. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return GeoDistance.km(lat1, lon1, lat2, lon2);
    }
}
