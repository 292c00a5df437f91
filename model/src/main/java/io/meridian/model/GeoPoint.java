package io.meridian.model;

/** A place on the WGS84 ellipsoid, in degrees. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        Checks.latitude(lat, "lat");
        Checks.longitude(lon, "lon");
    }
}
