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
