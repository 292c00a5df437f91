package io.meridian.maplayout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The grid of boxes against the plain loop over every box it replaces: the same answers, to the last bit. */
class BoxIndexTest {
    private static Box randomBox(SplittableRandom rnd, double extent, double maxSize) {
        return new Box(rnd.nextDouble(-50, extent), rnd.nextDouble(-50, extent), rnd.nextDouble(0, maxSize),
                rnd.nextDouble(0, maxSize));
    }

    @Test
    void answersAsTheLoopOverEveryBox() {
        SplittableRandom rnd = new SplittableRandom(42);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boxes.add(randomBox(rnd, 2000, i % 100 == 0 ? 1500 : 40)); // some wide ones, kept aside
        }
        boxes.add(new Box(100, 100, 0, 0)); // an empty box overlaps nothing
        BoxIndex index = new BoxIndex(boxes);
        int overlapping = 0;
        for (int q = 0; q < 2000; q++) {
            Box query = randomBox(rnd, 2200, 250);
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
        assertThat(overlapping).as("queries that touch something: the test means something").isBetween(500, 1999);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        BoxIndex index = new BoxIndex(List.of());
        assertThat(index.anyOverlaps(new Box(0, 0, 10, 10))).isFalse();
        assertThat(index.plusOverlapCost(new Box(0, 0, 10, 10), 3, 1)).isEqualTo(3);
    }
}
