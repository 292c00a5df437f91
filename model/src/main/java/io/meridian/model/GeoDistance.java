package io.meridian.model;

import java.util.concurrent.ConcurrentHashMap;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/**
 * Shortest distance over the WGS84 ellipsoid (GeographicLib, distance only), remembered per pair of places. The app
 * evaluates again on every edit and the design search and the risk analyses evaluate thousands of variants over the
 * same places: a geodesic costs 1–2 µs, a lookup a tenth of that, and a 30-region design with 50 populations asks
 * for about 2,000 of them per evaluation. Kept by the exact arguments in their order, so a remembered distance is
 * bit for bit the one worked out; the memory is bounded (cleared past {@link #REMEMBERED} pairs, ≈ 25 MB).
 * Here rather than in {@code latency} so that routing, below latency, shares it.
 */
public final class GeoDistance {
    static final int REMEMBERED = 1 << 18;
    private static final ConcurrentHashMap<Pair, Double> KNOWN = new ConcurrentHashMap<>();

    private record Pair(double lat1, double lon1, double lat2, double lon2) {
    }

    private GeoDistance() {
    }

    /** Distance between two places, in km. */
    public static double km(GeoPoint a, GeoPoint b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** The same from raw degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        Pair key = new Pair(lat1, lon1, lat2, lon2);
        Double known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        double km = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
        if (KNOWN.size() >= REMEMBERED) {
            KNOWN.clear();
        }
        KNOWN.put(key, km);
        return km;
    }
}
