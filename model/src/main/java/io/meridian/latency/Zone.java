package io.meridian.latency;

import io.meridian.model.GeoPoint;
import io.meridian.model.ModelException;
import java.util.Locale;

/**
 * The coarse areas whose pairs (corridors) share one route inflation: continents, with Asia split where its cable
 * routes differ (East Asia reaches Europe round Singapore and through Suez; South Asia goes straight through the Red
 * Sea) and the Middle East split into the Levant, cabled to Europe across the Mediterranean, and the Gulf. Boxes of
 * latitude and longitude, so a custom region or a population anywhere falls into one; see docs/latency-model.md.
 */
public enum Zone {
    NA("North America"),
    SA("South America"),
    EU("Europe"),
    AF("Africa"),
    LV("Levant"),
    ME("Gulf and Iran"),
    SAS("South and Central Asia"),
    SEA("Southeast Asia"),
    EAS("East Asia"),
    OC("Oceania");

    private final String title;

    Zone(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The zone of a point (degrees). Hawaii counts as North America; Pacific islands south of 15°N as Oceania. */
    public static Zone of(double lat, double lon) {
        if (lon > 170 || lon < -150) {
            return lat > 15 ? NA : OC;
        }
        if (lon < -25) {
            return lat < 12.5 && lon > -82 ? SA : NA;
        }
        if (lat < -11 && lon > 110) {
            return OC;
        }
        // Arabia, the Levant and Iran; Anatolia and the Caucasus (north of 36.5°N, west of 45°E) stay in Europe.
        if (lon >= 34.5 && lon <= 63 && lat >= 12 && lat <= 42 && !(lat > 36.5 && lon < 45)) {
            return lon < 36.5 && lat > 29 ? LV : ME;
        }
        if (lon <= 45 && lat >= 35) {
            return EU;
        }
        if (lon < 52 && lat < 37.5) {
            return AF;
        }
        if (lon > 45 && lon < 60 && lat >= 42) {
            return EU;
        }
        if (lon < 95) {
            return SAS;
        }
        return lat < 20 && lon < 125 ? SEA : EAS;
    }

    public static Zone of(GeoPoint p) {
        return of(p.lat(), p.lon());
    }

    /** The zone named by its code ({@code NA}, {@code eu}, …). */
    public static Zone fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ModelException("zone", "unknown zone '" + code + "' (expected one of " + codes() + ")");
        }
    }

    static String codes() {
        StringBuilder s = new StringBuilder();
        for (Zone z : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(z.name());
        }
        return s.toString();
    }
}
