package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Point labels never print over each other or over a point; a label with nowhere to go is left out. */
class ChartLabelsTest {
    @Test
    void labelsOfPointsAtTheSameSpotTakeDifferentSpotsThenRunOut() {
        ChartLabels labels = new ChartLabels(0, 0, 400, 200);
        for (int i = 0; i < 8; i++) {
            labels.point(200, 100);
        }
        List<ChartLabels.Box> boxes = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            ChartLabels.Box b = labels.place(200, 100, 60);
            if (b == null) {
                refused++;
            } else {
                boxes.add(b);
            }
        }
        // Six spots around one point: right above/below, left above/below, centred above/below.
        assertThat(boxes).hasSize(6);
        assertThat(refused).isEqualTo(2);
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).covers(200, 100, 5)).as("label %d covers the point", i).isFalse();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void aLabelAtThePlotsRightEdgeGoesLeftOfItsPoint() {
        ChartLabels labels = new ChartLabels(0, 0, 400, 200);
        labels.point(390, 100);
        ChartLabels.Box b = labels.place(390, 100, 60);
        assertThat(b.x() + b.width()).isLessThanOrEqualTo(400);
        assertThat(b.x()).isEqualTo(390 - 7 - 60);
    }
}
