package io.meridian.latency;

import io.meridian.model.GeoPoint;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/** Great-circle (geodesic) distance on the WGS84 ellipsoid. */
public final class Geodesy {
    private Geodesy() {
    }

    /** Shortest distance over the ellipsoid between two points, in km. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** Same, from raw degrees; asks GeographicLib for the distance only, which skips the azimuth and area work. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }
}
