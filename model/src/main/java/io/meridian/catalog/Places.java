package io.meridian.catalog;

import io.meridian.model.GeoPoint;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads what a user types for a place: a catalogue id ({@code aws:us-east-1}) or {@code lat,lon}. */
public final class Places {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String EXPECTED =
            "expected a catalogue id such as aws:us-east-1 or coordinates 'lat,lon' such as 51.5,-0.12";

    private Places() {
    }

    /**
     * @param text    {@code aws:us-east-1}, {@code 51.5,-0.12} or {@code 51.5, -0.12}
     * @param catalog where ids are looked up
     * @throws CatalogException with one line: out-of-range or non-numeric coordinates, or an unknown id with
     *                          the closest known id
     */
    public static Place parse(String text, RegionCatalog catalog) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new CatalogException("place: empty; " + EXPECTED);
        }
        if (t.indexOf(',') >= 0) {
            return coordinates(t);
        }
        if (NUMBER.matcher(t).matches()) {
            throw new CatalogException("place '" + t + "': a single number; " + EXPECTED);
        }
        return Place.of(catalog.require(t));
    }

    private static Place coordinates(String t) {
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
            throw new CatalogException("place '" + t + "': expected 'lat,lon' (two numbers), got "
                    + parts.length + " values");
        }
        double lat = number(t, parts[0].strip(), "latitude");
        double lon = number(t, parts[1].strip(), "longitude");
        if (!(lat >= -90 && lat <= 90)) {
            throw new CatalogException("place '" + t + "': latitude must be in [-90, 90], got " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new CatalogException("place '" + t + "': longitude must be in [-180, 180], got " + lon);
        }
        return new Place(plain(lat) + ", " + plain(lon), new GeoPoint(lat, lon), null);
    }

    private static double number(String whole, String part, String what) {
        if (part.isEmpty()) {
            throw new CatalogException("place '" + whole + "': " + what + " is missing");
        }
        if (!NUMBER.matcher(part).matches()) {
            throw new CatalogException("place '" + whole + "': " + what + " '" + part + "' is not a number");
        }
        return Double.parseDouble(part);
    }

    /** 51.5 rather than 51.50000 or 5.15E1. */
    private static String plain(double value) {
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
