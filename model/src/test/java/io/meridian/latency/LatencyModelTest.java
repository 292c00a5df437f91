package io.meridian.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.meridian.model.Assumptions;
import io.meridian.model.GeoPoint;
import org.junit.jupiter.api.Test;

class LatencyModelTest {
    private final LatencyModel model = new LatencyModel(Assumptions.DEFAULTS);

    @Test
    void seedVirginiaToDublin() {
        // 5,700 km / 200 km/ms = 28.5 ms one way; RTT 2 × 28.5 = 57 ms.
        // Typical, corridor NA–EU of corridors.csv (inflation 1.540, overhead 0 ms): 57 × 1.54 + 0 = 87.78 ms.
        PathLatency p = model.forDistance(5700, Zone.NA, Zone.EU);
        assertThat(p.distanceKm().value()).isEqualTo(5700);
        assertThat(p.fiberKmPerMs().value()).isEqualTo(200);
        assertThat(p.floorOneWayMs().value()).isCloseTo(28.5, offset(1e-9));
        assertThat(p.floorRttMs().value()).isCloseTo(57, offset(1e-9));
        assertThat(p.typicalRttMs().value()).isCloseTo(87.78, offset(1e-9));
        assertThat(p.measuredByLinkId()).isNull();
    }

    @Test
    void aDesignThatStatesInflationAndOverheadGetsThemForEveryCorridor() {
        // Stated 1.5 and 2 ms: the uniform model, 57 × 1.5 + 2 = 87.5 ms on any corridor, short hops included:
        // 100 km → floor 1 ms, 1 × 1.5 + 2 = 3.5 ms (no short-hop term: the stated overhead is the whole overhead).
        LatencyModel uniform = new LatencyModel(new Assumptions(200, 1.5, 2.0, 3.5, 0));
        assertThat(uniform.forDistance(5700, Zone.NA, Zone.EU).typicalRttMs().value()).isCloseTo(87.5, offset(1e-9));
        assertThat(uniform.forDistance(5700, Zone.AF, Zone.SA).typicalRttMs().value()).isCloseTo(87.5, offset(1e-9));
        assertThat(uniform.forDistance(100, Zone.EU, Zone.EU).typicalRttMs().value()).isCloseTo(3.5, offset(1e-9));
        // Only the inflation stated (2.0): the corridor's overhead stays. NA–EU: 57 × 2 + 0 = 114 ms.
        LatencyModel inflated = new LatencyModel(new Assumptions(200, 2.0, null, 3.5, 0));
        assertThat(inflated.forDistance(5700, Zone.NA, Zone.EU).typicalRttMs().value()).isCloseTo(114, offset(1e-9));
        assertThat(inflated.forDistance(5700, Zone.NA, Zone.EU).typicalRttMs().formula())
                .contains("inflation stated by the design").contains("overhead of corridor NA–EU");
    }

    @Test
    void aCorridorWithoutADirectCableIsInflatedAccordingly() {
        // Cape Town ↔ São Paulo: no cloud takes the South Atlantic cable, traffic goes through Europe. Corridor SA–AF
        // (inflation 4.492, overhead 2 ms): 6,391.6 km → floor 63.916 ms → 63.916 × 4.492 + 2 = 289.11 ms
        // (Azure measures 311 ms; the uniform 1.5× + 2 gave 97.9 ms).
        PathLatency p = model.between(new GeoPoint(-34.0757, 18.8433), new GeoPoint(-23.5500, -46.6330));
        assertThat(p.distanceKm().value()).isCloseTo(6391.6, offset(0.1));
        assertThat(p.typicalRttMs().value()).isCloseTo(p.floorRttMs().value() * 4.492 + 2, offset(1e-9))
                .isCloseTo(289.11, offset(0.01));
    }

    @Test
    void shortHopsPayAnOverheadThatFadesOutAt500Km() {
        // Within Europe (inflation 1.920, overhead 2 ms), 250 km: floor 2.5 ms; short hop 1.75 × (1 − 250/500)
        // = 0.875 ms; typical 2.5 × 1.92 + 2 + 0.875 = 7.675 ms. At 500 km the short hop is 0: 5 × 1.92 + 2 = 11.6 ms.
        assertThat(model.forDistance(250, Zone.EU, Zone.EU).typicalRttMs().value()).isCloseTo(7.675, offset(1e-9));
        assertThat(model.forDistance(500, Zone.EU, Zone.EU).typicalRttMs().value()).isCloseTo(11.6, offset(1e-9));
        // 0 km within North America (overhead 1 ms): 0 + 1 + 1.75 = 2.75 ms.
        assertThat(model.forDistance(0, Zone.NA, Zone.NA).typicalRttMs().value()).isCloseTo(2.75, offset(1e-9));
    }

    @Test
    void seedEightThousandKilometres() {
        // 8,000 km / 200 km/ms = 40 ms one way → 80 ms RTT.
        assertThat(model.forDistance(8000, Zone.NA, Zone.EU).floorRttMs().value()).isCloseTo(80, offset(1e-9));
    }

    @Test
    void figuresExplainThemselves() {
        PathLatency p = model.forDistance(5700, Zone.EU, Zone.NA);
        assertThat(p.floorOneWayMs().formula()).isEqualTo("distance / fiberSpeed");
        assertThat(p.floorOneWayMs().inputs()).containsEntry("distance", 5700.0).containsEntry("fiberSpeed", 200.0);
        assertThat(p.typicalRttMs().inputs()).containsEntry("floorRtt", 57.0).containsEntry("routeInflation", 1.54)
                .containsEntry("overheadRtt", 0.0);
        assertThat(p.typicalRttMs().formula()).contains("corridor NA–EU");
    }

    @Test
    void usEast1ToEuWest1() {
        // Washington DC (38.9072, -77.0369) to Dublin (53.3498, -6.2603): ≈ 5,460 km on WGS84 (GeographicLib
        // gives 5,456 km); floor RTT at 200 km/ms = 2 × d / 200 = d / 100 ≈ 54.6 ms.
        PathLatency p = model.between(new GeoPoint(38.9072, -77.0369), new GeoPoint(53.3498, -6.2603));
        double d = p.distanceKm().value();
        assertThat(d).isCloseTo(5460, withinPercentage(1));
        assertThat(p.floorRttMs().value()).isCloseTo(d / 100, offset(1e-9));
        // The catalogue places us-east-1 at Ashburn (39.0458, -77.4874): 5,475 km, still within 1%.
        double ashburn = Geodesy.distanceKm(new GeoPoint(39.0458, -77.4874), new GeoPoint(53.3498, -6.2603));
        assertThat(ashburn).isCloseTo(5460, withinPercentage(1));
    }

    @Test
    void geodesicIsEllipsoidalNotSpherical() {
        // One degree of longitude on the equator is the WGS84 semi-major axis × π/180 = 6378.137 × 0.0174533
        // = 111.3195 km (a sphere of mean radius 6371 km would give 111.19 km).
        assertThat(Geodesy.distanceKm(new GeoPoint(0, 0), new GeoPoint(0, 1))).isCloseTo(111.3195, offset(1e-3));
    }

    @Test
    void fiberSpeedIsAnAssumption() {
        // Physical fiber, c / 1.468 ≈ 204.2 km/ms: 5,700 km → 2 × 5700 / 204.2 ≈ 55.8 ms.
        LatencyModel physical = new LatencyModel(Assumptions.DEFAULTS.withFiberKmPerMs(299.792458 / 1.468));
        assertThat(physical.forDistance(5700, Zone.NA, Zone.EU).floorRttMs().value()).isCloseTo(55.83, offset(0.01));
    }

    @Test
    void aMeasuredRttReplacesTheEstimateButNeverTheFloor() {
        // 5,700 km: floor 57 ms. Measured 68 ms is used as is; measured 20 ms is raised to the floor.
        assertThat(model.forMeasured(5700, "net", 68).typicalRttMs().value()).isEqualTo(68);
        PathLatency tooFast = model.forMeasured(5700, "net", 20);
        assertThat(tooFast.typicalRttMs().value()).isCloseTo(57, offset(1e-9));
        assertThat(tooFast.typicalRttMs().formula()).isEqualTo("max(measuredRtt, floorRtt)");
        assertThat(tooFast.measuredByLinkId()).isEqualTo("net");
    }

    @Test
    void theSameRegionCostsNothing() {
        PathLatency p = model.sameRegion();
        assertThat(p.floorRttMs().value()).isZero();
        assertThat(p.typicalRttMs().value()).isZero();
    }
}
