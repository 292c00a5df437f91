package io.meridian.maplayout;

import java.util.Arrays;
import java.util.List;

/**
 * Boxes in a uniform grid, to find those a label may touch without testing every one: a 1,000-region map has some
 * 30,000 line marks and 1,100 markers, and each candidate spot of each label was tested against all of them. A
 * query gives the indices in the list's order, so sums over them come out exactly as over the whole list.
 */
final class BoxIndex {
    private static final double CELL = 64;
    /** A box over more cells than this is kept aside and returned by every query (cheaper than filing it). */
    private static final int MAX_CELLS_PER_BOX = 64;

    private final List<Box> boxes;
    private final double x0;
    private final double y0;
    private final int cols;
    private final int rows;
    private final int[][] cells;
    private final int[] wide;
    private final int[] seen;
    private int stamp;
    private int[] found = new int[16];

    /**
     * The boxes that matter to labels placed inside {@code within}: a box that does not overlap it cannot overlap
     * such a label (its overlap area is exactly zero), so it is left out, and the grid covers {@code within} only
     * (zoomed in, line marks reach far beyond the view).
     */
    BoxIndex(List<Box> boxes, Box within) {
        this.boxes = boxes;
        x0 = within.x();
        y0 = within.y();
        cols = (int) Math.max(1, Math.min(1024, Math.ceil(within.w() / CELL)));
        rows = (int) Math.max(1, Math.min(1024, Math.ceil(within.h() / CELL)));
        int[] counts = new int[cols * rows];
        int wideCount = 0;
        for (Box b : boxes) {
            if (!within.overlaps(b)) {
                continue;
            }
            if (span(b) > MAX_CELLS_PER_BOX) {
                wideCount++;
            } else {
                forCells(b, c -> counts[c]++);
            }
        }
        cells = new int[cols * rows][];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new int[counts[c]];
        }
        wide = new int[wideCount];
        int[] fill = new int[cols * rows];
        int w = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            if (!within.overlaps(b)) {
                continue;
            }
            if (span(b) > MAX_CELLS_PER_BOX) {
                wide[w++] = i;
            } else {
                int index = i;
                forCells(b, c -> cells[c][fill[c]++] = index);
            }
        }
        seen = new int[boxes.size()];
    }

    /** Whether any box overlaps {@code b} (as {@link Box#overlaps}), for a {@code b} inside {@code within}. */
    boolean anyOverlaps(Box b) {
        int n = candidates(b);
        for (int k = 0; k < n; k++) {
            if (b.overlaps(boxes.get(found[k]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code cost} plus {@code perArea} times {@code b}'s overlap with each box, added one box at a time in the
     * list's order (the boxes left out would each add exactly zero): the same double as the loop over the list,
     * for a {@code b} inside {@code within}.
     */
    double plusOverlapCost(Box b, double cost, double perArea) {
        int n = candidates(b);
        Arrays.sort(found, 0, n);
        double sum = cost;
        for (int k = 0; k < n; k++) {
            sum += perArea * b.overlapArea(boxes.get(found[k]));
        }
        return sum;
    }

    /** Puts the indices of the boxes sharing a cell with {@code b} (or wide) into {@code found}; their count. */
    private int candidates(Box b) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        int n = 0;
        for (int i : wide) {
            n = add(i, n);
        }
        int c0 = col(b.x());
        int c1 = col(b.maxX());
        int r0 = row(b.y());
        int r1 = row(b.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                for (int i : cells[r * cols + c]) {
                    n = add(i, n);
                }
            }
        }
        return n;
    }

    private int add(int i, int n) {
        if (seen[i] == stamp) {
            return n;
        }
        seen[i] = stamp;
        if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
        }
        found[n] = i;
        return n + 1;
    }

    private long span(Box b) {
        return (long) (col(b.maxX()) - col(b.x()) + 1) * (row(b.maxY()) - row(b.y()) + 1);
    }

    private void forCells(Box b, java.util.function.IntConsumer action) {
        for (int r = row(b.y()); r <= row(b.maxY()); r++) {
            for (int c = col(b.x()); c <= col(b.maxX()); c++) {
                action.accept(r * cols + c);
            }
        }
    }

    private int col(double x) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor((x - x0) / CELL)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((y - y0) / CELL)));
    }
}
