package io.meridian.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.meridian.model.Assumptions;
import io.meridian.model.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyMatrixTest {
    private final LatencyModel model = new LatencyModel(Assumptions.DEFAULTS);
    private final GeoPoint virginia = new GeoPoint(38.9072, -77.0369);
    private final GeoPoint dublin = new GeoPoint(53.3498, -6.2603);
    private final GeoPoint tokyo = new GeoPoint(35.6762, 139.6503);

    @Test
    void squareMatrixIsSymmetricWithAZeroDiagonal() {
        LatencyMatrix m = LatencyMatrix.square(model, List.of(virginia, dublin, tokyo));
        PathLatency vd = model.between(virginia, dublin);
        assertThat(m.rows()).isEqualTo(3);
        assertThat(m.distanceKm(0, 1)).isEqualTo(vd.distanceKm().value()).isEqualTo(m.distanceKm(1, 0));
        assertThat(m.floorRttMs(0, 1)).isEqualTo(vd.floorRttMs().value());
        assertThat(m.typicalRttMs(1, 0)).isEqualTo(vd.typicalRttMs().value());
        for (int i = 0; i < 3; i++) {
            assertThat(m.distanceKm(i, i)).isZero();
            assertThat(m.typicalRttMs(i, i)).isZero();
        }
    }

    @Test
    void aSquareMatrixSolvesEachPairFromThePlaceListedFirstWhateverAsksFirst() throws Exception {
        // Pairs are solved when first asked for, possibly by several engines' threads at once: (2, 0) asked first
        // is still the geodesic from place 0 to place 2, and a table row is a view that reads the same figures.
        LatencyMatrix m = LatencyMatrix.square(model, List.of(virginia, dublin, tokyo));
        assertThat(m.distanceKm(2, 0)).isEqualTo(Geodesy.distanceKm(virginia, tokyo)).isEqualTo(m.distanceKm(0, 2));
        assertThat(m.typicalRttMs(2, 0)).isEqualTo(model.between(virginia, tokyo).typicalRttMs().value());
        assertThat(m.toTable(List.of("a", "b", "c"), List.of("a", "b", "c")).typicalRttMs().get(1).get(2))
                .isEqualTo(model.between(dublin, tokyo).typicalRttMs().value());
        // Four threads asking for every pair of one fresh matrix, each in its own order, read what one thread asking
        // pair by pair reads, bit for bit.
        List<GeoPoint> places = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new GeoPoint(-50 + 3 * i, -170 + 8.5 * i)).toList();
        LatencyMatrix alone = LatencyMatrix.square(model, places);
        LatencyMatrix shared = LatencyMatrix.square(model, places);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> askers = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int start = t * 10;
                askers.add(pool.submit(() -> {
                    int differ = 0;
                    for (int k = 0; k < 40 * 40; k++) {
                        int cell = (start * 40 + k * 7) % (40 * 40);
                        int i = cell / 40;
                        int j = cell % 40;
                        differ += Double.compare(shared.typicalRttMs(i, j), alone.typicalRttMs(i, j)) != 0
                                || Double.compare(shared.distanceKm(j, i), alone.distanceKm(i, j)) != 0 ? 1 : 0;
                    }
                    return differ;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : askers) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void placesToPlacesPayTheOverheadEvenWhenTheyCoincide() {
        // A client at the region's own coordinates: 0 km, floor 0 ms; Dublin is in Europe (overhead 2 ms) and the
        // whole short-hop overhead applies at 0 km: typical 0 × 1.92 + 2 + 1.75 = 3.75 ms.
        LatencyMatrix m = LatencyMatrix.between(model, List.of(dublin, virginia), List.of(dublin, tokyo, virginia));
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.columns()).isEqualTo(3);
        assertThat(m.floorRttMs(0, 0)).isZero();
        assertThat(m.typicalRttMs(0, 0)).isCloseTo(3.75, offset(1e-9));
        assertThat(m.rowZone(0)).isEqualTo(Zone.EU);
        assertThat(m.columnZone(1)).isEqualTo(Zone.EAS);
        assertThat(m.distanceKm(1, 1)).isCloseTo(Geodesy.distanceKm(virginia, tokyo), offset(1e-9));
    }

    @Test
    void tableIsLabelledAndRowMajor() {
        LatencyTable t = LatencyMatrix.between(model, List.of(virginia), List.of(virginia, dublin))
                .toTable(List.of("us"), List.of("use1", "euw1"));
        assertThat(t.rowIds()).containsExactly("us");
        assertThat(t.columnIds()).containsExactly("use1", "euw1");
        assertThat(t.floorRttMs().get(0).get(1)).isEqualTo(model.between(virginia, dublin).floorRttMs().value());
        assertThatThrownBy(() -> LatencyMatrix.square(model, List.of(virginia)).toTable(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outsideCellsAreRefused() {
        LatencyMatrix m = LatencyMatrix.square(model, List.of(virginia));
        assertThatThrownBy(() -> m.typicalRttMs(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void fromDistancesAlreadySolvedRowByRow() {
        // 5,700 km NA–EU at 200 km/ms: floor 2 × 28.5 = 57 ms, typical 57 × 1.54 + 0 = 87.78 ms;
        // 0 km NA–EU: floor 0, typical 0 + 0 + 1.75 (short hop at 0 km) = 1.75 ms.
        Zone[] na = {Zone.NA};
        LatencyMatrix m = LatencyMatrix.ofDistances(model, na, new Zone[] {Zone.EU, Zone.EU}, new double[] {5700, 0});
        assertThat(m.floorRttMs(0, 0)).isCloseTo(57, offset(1e-9));
        assertThat(m.typicalRttMs(0, 0)).isCloseTo(87.78, offset(1e-9));
        assertThat(m.floorRttMs(0, 1)).isZero();
        assertThat(m.typicalRttMs(0, 1)).isCloseTo(1.75, offset(1e-9));
        assertThatThrownBy(() -> LatencyMatrix.ofDistances(model, new Zone[] {Zone.NA, Zone.NA},
                new Zone[] {Zone.EU, Zone.EU}, new double[] {1, 2, 3}))
                .hasMessage("expected 4 distances, got 3");
    }
}
