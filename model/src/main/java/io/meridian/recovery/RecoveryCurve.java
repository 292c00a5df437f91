package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;

/**
 * Share of the affected users served against seconds since a region failure: straight lines between the points,
 * two points at the same second are a step, and the last share holds after the last point.
 *
 * @param name                e.g. "reads" or "writes"
 * @param secondsTo99Percent  first second at which 99% of the affected users are served
 * @param secondsTo100Percent first second at which all of them are
 */
public record RecoveryCurve(String name, List<Point> points, Figure secondsTo99Percent, Figure secondsTo100Percent) {

    /** @param share served share of the affected users, [0, 1] */
    public record Point(double seconds, double share) {
        public Point {
            Checks.nonNegative(seconds, "seconds");
            Checks.fraction(share, "share");
        }
    }

    public RecoveryCurve {
        name = Checks.text(name);
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a recovery curve needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).seconds() < points.get(i - 1).seconds()
                    || points.get(i).share() < points.get(i - 1).share()) {
                throw new IllegalArgumentException("a recovery curve never goes back in time or in share: point " + i);
            }
        }
        Checks.present(secondsTo99Percent, "secondsTo99Percent");
        Checks.present(secondsTo100Percent, "secondsTo100Percent");
    }

    /** The served share at a moment (the latest point wins on a step). */
    public double shareAt(double seconds) {
        double share = points.get(0).share();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.seconds() <= seconds) {
                share = p.share();
            } else {
                Point before = points.get(i - 1 < 0 ? 0 : i - 1);
                if (i > 0 && before.seconds() <= seconds) {
                    double f = (seconds - before.seconds()) / (p.seconds() - before.seconds());
                    share = before.share() + f * (p.share() - before.share());
                }
                break;
            }
        }
        return share;
    }

    /** The first second at which the served share reaches the target; positive infinity when it never does. */
    public static double firstReaching(List<Point> points, double target) {
        if (points.get(0).share() >= target) {
            return points.get(0).seconds();
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (b.share() >= target) {
                return b.seconds() == a.seconds() ? a.seconds()
                        : a.seconds() + (target - a.share()) / (b.share() - a.share()) * (b.seconds() - a.seconds());
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
