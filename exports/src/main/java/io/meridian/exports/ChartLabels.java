package io.meridian.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels on a chart so that none overlaps another label or a point: each label tries six spots around
 * its point (right above, right below, left above, left below, centred above, centred below) and takes the first
 * free one inside the plot; a label with no free spot is not drawn and is reported, so the chart never prints text
 * over text (several alternatives with nearly the same cost and availability are common on a frontier).
 */
final class ChartLabels {
    /** A label's box: left, baseline, width; its text is {@link #HEIGHT} high from the baseline down 2. */
    record Box(float x, float y, float width) {
        boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y - 2 < o.y + HEIGHT && o.y - 2 < y + HEIGHT;
        }

        boolean covers(float px, float py, float radius) {
            return px + radius > x && px - radius < x + width && py + radius > y - 2 && py - radius < y + HEIGHT;
        }
    }

    static final float HEIGHT = 7;
    private static final float POINT = 5;

    private final float left;
    private final float bottom;
    private final float right;
    private final float top;
    private final List<float[]> points = new ArrayList<>();
    private final List<Box> placed = new ArrayList<>();

    ChartLabels(float left, float bottom, float right, float top) {
        this.left = left;
        this.bottom = bottom;
        this.right = right;
        this.top = top;
    }

    /** Every point first, so that no label covers a point placed after it. */
    void point(float x, float y) {
        points.add(new float[] {x, y});
    }

    /** The box for a label of this width at the point (x, y), or null when every spot is taken. */
    Box place(float x, float y, float width) {
        float[][] spots = {{x + 7, y + 6}, {x + 7, y - 13}, {x - 7 - width, y + 6}, {x - 7 - width, y - 13},
                {x - width / 2, y + 15}, {x - width / 2, y - 22}};
        for (float[] s : spots) {
            Box b = new Box(s[0], s[1], width);
            if (inside(b) && free(b)) {
                placed.add(b);
                return b;
            }
        }
        return null;
    }

    private boolean inside(Box b) {
        return b.x() >= left && b.x() + b.width() <= right && b.y() - 2 >= bottom && b.y() + HEIGHT <= top;
    }

    private boolean free(Box b) {
        for (Box o : placed) {
            if (b.overlaps(o)) {
                return false;
            }
        }
        for (float[] p : points) {
            if (b.covers(p[0], p[1], POINT)) {
                return false;
            }
        }
        return true;
    }
}
