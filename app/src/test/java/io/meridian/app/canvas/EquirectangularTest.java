package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class EquirectangularTest {
    private final MapProjection projection = MapProjection.equirectangular(3600, 1800);

    @Test
    void placesVirginiaWhereTheFormulaSays() {
        Point2D p = projection.project(38.91, -77.04);
        // x = (−77.04 + 180) / 360 · 3600 = 1029.6; y = (90 − 38.91) / 180 · 1800 = 510.9
        assertThat(p.getX()).isCloseTo(1029.6, within(1e-9));
        assertThat(p.getY()).isCloseTo(510.9, within(1e-9));
    }

    @Test
    void mapsTheCornersOfTheWorldToTheCornersOfTheCanvas() {
        assertThat(projection.project(90, -180)).isEqualTo(new Point2D(0, 0));
        assertThat(projection.project(-90, 180)).isEqualTo(new Point2D(3600, 1800));
        assertThat(projection.project(0, 0)).isEqualTo(new Point2D(1800, 900));
    }
}
