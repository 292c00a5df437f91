package io.meridian.maplayout;

/** An axis-aligned rectangle in screen units (pixels in the app, points in a report), y downwards. */
public record Box(double x, double y, double w, double h) {
    public Box {
        if (!(w >= 0) || !(h >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("box needs finite corner and non-negative size: " + x + ", " + y
                    + ", " + w + " × " + h);
        }
    }

    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centreX() {
        return x + w / 2;
    }

    public double centreY() {
        return y + h / 2;
    }

    /** Whether the two boxes share area (touching edges do not count). */
    public boolean overlaps(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    public double overlapArea(Box o) {
        double ow = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
        double oh = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
        return ow > 0 && oh > 0 ? ow * oh : 0;
    }

    public boolean contains(Box o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** This box grown by {@code d} on every side. */
    public Box grow(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    public Box moved(double dx, double dy) {
        return new Box(x + dx, y + dy, w, h);
    }

    /** The point of this box nearest to (px, py): where a leader line from that point leaves the box. */
    public Point nearest(double px, double py) {
        return new Point(Math.max(x, Math.min(maxX(), px)), Math.max(y, Math.min(maxY(), py)));
    }

    /**
     * Whether the segment from (x1, y1) to (x2, y2) passes through the box's interior (Liang–Barsky clipping;
     * a segment that only touches an edge does not count).
     */
    public boolean crossedBy(double x1, double y1, double x2, double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - x, maxX() - x1, y1 - y, maxY() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        // A proper crossing has a stretch of positive length inside.
        return t1 - t0 > 1e-9;
    }

    /** A point in the same units. */
    public record Point(double x, double y) {
        public double distance(Point o) {
            return Math.hypot(x - o.x, y - o.y);
        }
    }
}
