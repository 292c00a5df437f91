package io.meridian.maplayout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The grid of boxes against the plain loop over every box it replaces, for labels inside the area it covers: the
 * same answers, to the last bit.
 */
class BoxIndexTest {
    private static final Box WITHIN = new Box(4, 4, 1592, 992);

    private static Box randomBox(SplittableRandom rnd, double from, double to, double maxSize) {
        return new Box(rnd.nextDouble(from, to), rnd.nextDouble(from, to), rnd.nextDouble(0, maxSize),
                rnd.nextDouble(0, maxSize));
    }

    /** A box of up to {@code maxSize} inside {@link #WITHIN}, as every label is. */
    private static Box labelBox(SplittableRandom rnd, double maxSize) {
        double w = rnd.nextDouble(0, maxSize);
        double h = rnd.nextDouble(0, maxSize);
        return new Box(rnd.nextDouble(WITHIN.x(), WITHIN.maxX() - w), rnd.nextDouble(WITHIN.y(), WITHIN.maxY() - h),
                w, h);
    }

    @Test
    void answersAsTheLoopOverEveryBox() {
        SplittableRandom rnd = new SplittableRandom(42);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // Line marks reach far beyond the view when zoomed in; some are wide (kept aside, not filed in cells).
            boxes.add(randomBox(rnd, -3000, 5000, i % 100 == 0 ? 1500 : 60));
        }
        boxes.add(new Box(100, 100, 0, 0)); // an empty box overlaps nothing
        boxes.add(new Box(WITHIN.maxX(), 500, 50, 50)); // touching the edge from outside: overlaps nothing inside
        BoxIndex index = new BoxIndex(boxes, WITHIN);
        int overlapping = 0;
        for (int q = 0; q < 3000; q++) {
            Box query = labelBox(rnd, 250);
            boolean any = false;
            double cost = 7.25;
            for (Box b : boxes) {
                any |= query.overlaps(b);
                cost += 0.02 * query.overlapArea(b);
            }
            assertThat(index.anyOverlaps(query)).isEqualTo(any);
            assertThat(Double.doubleToRawLongBits(index.plusOverlapCost(query, 7.25, 0.02)))
                    .isEqualTo(Double.doubleToRawLongBits(cost));
            overlapping += any ? 1 : 0;
        }
        assertThat(overlapping).as("queries that touch something: the test means something").isBetween(300, 2999);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        BoxIndex index = new BoxIndex(List.of(), WITHIN);
        assertThat(index.anyOverlaps(new Box(10, 10, 10, 10))).isFalse();
        assertThat(index.plusOverlapCost(new Box(10, 10, 10, 10), 3, 1)).isEqualTo(3);
    }
}
