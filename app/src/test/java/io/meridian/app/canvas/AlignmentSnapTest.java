package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class AlignmentSnapTest {
    private final List<Point2D> others = List.of(new Point2D(100, 50), new Point2D(300, 203));

    @Test
    void eachAxisTakesTheNearestMarkersLineWithinTheTolerance() {
        // Wanted (104, 200), tolerance 5: x is 4 from 100 (snaps), y is 3 from 203 (snaps), 150 from 50 (no).
        AlignmentSnap s = AlignmentSnap.of(new Point2D(104, 200), others, 5);
        assertThat(s.at()).isEqualTo(new Point2D(100, 203));
        assertThat(s.alignedToX()).isEqualTo(new Point2D(100, 50));
        assertThat(s.alignedToY()).isEqualTo(new Point2D(300, 203));
    }

    @Test
    void beyondTheToleranceTheMarkerGoesWhereThePointerPutsIt() {
        // 6 from 100 and 7 from 203 with a tolerance of 5: nothing snaps.
        AlignmentSnap s = AlignmentSnap.of(new Point2D(106, 210), others, 5);
        assertThat(s.at()).isEqualTo(new Point2D(106, 210));
        assertThat(s.alignedToX()).isNull();
        assertThat(s.alignedToY()).isNull();
    }

    @Test
    void theNearerOfTwoCandidatesWins() {
        // x 102 is 2 from 100 and 1 from 103.
        AlignmentSnap s = AlignmentSnap.of(new Point2D(102, 0), List.of(new Point2D(100, 500), new Point2D(103, 900)), 5);
        assertThat(s.at().getX()).isEqualTo(103);
    }
}
