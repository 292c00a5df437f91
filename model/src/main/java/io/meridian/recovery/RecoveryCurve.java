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
        return shareAt(points, seconds);
    }

    static double shareAt(List<Point> points, double seconds) {
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

    /**
     * ∫₀^upTo (1 − share(t)) dt, exactly: the curve is linear between its points (trapezoids), a step adds nothing,
     * and the last share holds after the last point. The expected seconds an affected user goes unserved when the
     * failure itself ends at {@code upTo} (then everyone is served again).
     */
    public double unservedSeconds(double upTo) {
        if (!(upTo > 0)) {
            return 0;
        }
        double sum = 0;
        Point first = points.get(0);
        sum += Math.min(upTo, first.seconds()) * (1 - first.share());
        for (int i = 1; i < points.size() && points.get(i - 1).seconds() < upTo; i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (b.seconds() == a.seconds()) {
                continue;
            }
            double end = Math.min(upTo, b.seconds());
            double shareAtEnd = a.share() + (end - a.seconds()) / (b.seconds() - a.seconds()) * (b.share() - a.share());
            sum += (end - a.seconds()) * (1 - (a.share() + shareAtEnd) / 2);
        }
        Point last = points.get(points.size() - 1);
        if (upTo > last.seconds()) {
            sum += (upTo - last.seconds()) * (1 - last.share());
        }
        return sum;
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
