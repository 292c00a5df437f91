package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonTest {

    @Test
    void decodesNaturalEarthLand110m() {
        List<GeoPolygon> land = MapLayer.load("land-110m.json");
        assertThat(land).hasSize(125);
        assertThat(land.stream().mapToInt(p -> p.rings().size()).sum()).isEqualTo(126);
        double[] bounds = bounds(land);
        // world-atlas declares this bbox for the file; decoding must reproduce it from the quantized arcs.
        assertThat(bounds[0]).isCloseTo(-180, within(1e-6));
        assertThat(bounds[1]).isCloseTo(-85.60903777459777, within(1e-6));
        assertThat(bounds[2]).isCloseTo(180, within(1e-6));
        assertThat(bounds[3]).isCloseTo(83.64513000000002, within(1e-6));
        assertThat(land).allSatisfy(p -> p.rings().forEach(TopoJsonTest::assertClosed));
    }

    @Test
    void decodesTheDetailedLand50mToo() {
        List<GeoPolygon> land = MapLayer.load("land-50m.json");
        assertThat(land).hasSize(1419);
        assertThat(land.stream().mapToInt(GeoPolygon::pointCount).sum())
                .isGreaterThan(10 * MapLayer.load("land-110m.json").stream().mapToInt(GeoPolygon::pointCount).sum());
    }

    @Test
    void sumsDeltasAppliesTheTransformAndReversesNegativeArcs() throws Exception {
        // Two arcs forming a unit square: arc 0 goes (0,0)→(1,0)→(1,1); arc 1 goes (0,0)→(0,1)→(1,1), used
        // reversed (~1 = -2). Quantized with scale 10 and translate (100, -50).
        String json = """
                {"type":"Topology","transform":{"scale":[10,10],"translate":[100,-50]},
                 "objects":{"land":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,-2]]},{"type":"Point","coordinates":[0,0]}]}},
                 "arcs":[[[0,0],[1,0],[0,1]],[[0,0],[0,1],[1,0]]]}
                """;
        List<GeoPolygon> polygons = TopoJson.polygons(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "land");
        assertThat(polygons).hasSize(1);
        assertThat(polygons.get(0).rings().get(0))
                .containsExactly(100, -50, 110, -50, 110, -40, 100, -40, 100, -50);
    }

    private static void assertClosed(double[] ring) {
        assertThat(ring[0]).isEqualTo(ring[ring.length - 2]);
        assertThat(ring[1]).isEqualTo(ring[ring.length - 1]);
    }

    /** minLon, minLat, maxLon, maxLat. */
    private static double[] bounds(List<GeoPolygon> polygons) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (GeoPolygon p : polygons) {
            for (double[] ring : p.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    b[0] = Math.min(b[0], ring[i]);
                    b[1] = Math.min(b[1], ring[i + 1]);
                    b[2] = Math.max(b[2], ring[i]);
                    b[3] = Math.max(b[3], ring[i + 1]);
                }
            }
        }
        return b;
    }
}
