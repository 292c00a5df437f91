package io.meridian.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;

/**
 * The remembered geodesic is the one GeographicLib works out, bit for bit, asked first or again, in either order of
 * the places; and a published distance: GeographicLib's documented inverse example, JFK (40.6°N 73.8°W) to
 * Heathrow (51.6°N 0.5°W), s12 = 5,551,759.4 m on WGS84.
 */
class GeoDistanceTest {
    private static double direct(double lat1, double lon1, double lat2, double lon2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000.0;
    }

    @Test
    void aRememberedDistanceIsExactlyTheComputedOne() {
        double first = GeoDistance.km(40.6, -73.8, 51.6, -0.5);
        double again = GeoDistance.km(new GeoPoint(40.6, -73.8), new GeoPoint(51.6, -0.5));
        assertThat(first).isEqualTo(direct(40.6, -73.8, 51.6, -0.5));
        assertThat(again).isEqualTo(first);
        assertThat(first).isCloseTo(5551.7594, within(0.001));
        // Kept by the arguments in their order: the reverse is GeographicLib's reverse, whatever its last bit.
        assertThat(GeoDistance.km(51.6, -0.5, 40.6, -73.8)).isEqualTo(direct(51.6, -0.5, 40.6, -73.8));
    }

    @Test
    void pastItsBoundItForgetsAndStillAnswersExactly() {
        // More distinct pairs than it keeps: it clears and goes on answering with the computed values.
        int n = GeoDistance.REMEMBERED + 10;
        double lat = -60;
        for (int k = 0; k < n; k++) {
            double lon = -180 + (k % 3600) * 0.1;
            double lat2 = lat + (k / 3600) * 0.01;
            if (k % 50_000 == 0 || k == n - 1) {
                assertThat(GeoDistance.km(lat2, lon, 10, 20)).isEqualTo(direct(lat2, lon, 10, 20));
            } else {
                GeoDistance.km(lat2, lon, 10, 20);
            }
        }
        assertThat(GeoDistance.km(40.64, -73.78, 51.47, -0.46)).isEqualTo(direct(40.64, -73.78, 51.47, -0.46));
    }
}
