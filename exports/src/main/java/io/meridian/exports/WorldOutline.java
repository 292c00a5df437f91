package io.meridian.exports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The land outlines behind the diagram: Natural Earth 1:110m (public domain, see NOTICE-land.txt), outer rings
 * only, rounded to 0.1°. Loaded once; about 5,000 points.
 */
final class WorldOutline {
    private static final String RESOURCE = "/io/meridian/exports/land-110m.txt";
    private static volatile List<float[]> rings;

    private WorldOutline() {
    }

    /** Each ring as lon, lat, lon, lat, … in degrees. */
    static List<float[]> rings() {
        List<float[]> r = rings;
        if (r == null) {
            r = load();
            rings = r;
        }
        return r;
    }

    private static List<float[]> load() {
        try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<float[]> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] points = line.trim().split(" ");
                float[] ring = new float[points.length * 2];
                for (int i = 0; i < points.length; i++) {
                    int comma = points[i].indexOf(',');
                    ring[2 * i] = Float.parseFloat(points[i].substring(0, comma));
                    ring[2 * i + 1] = Float.parseFloat(points[i].substring(comma + 1));
                }
                out.add(ring);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
