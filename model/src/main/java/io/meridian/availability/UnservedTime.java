package io.meridian.availability;

import io.meridian.recovery.RecoveryCurve;
import java.util.Arrays;
import java.util.List;

/**
 * The expected seconds a population goes unserved in one failure event, in closed form: the area above its served
 * share from the event's start to its end (when the failed element is back everyone is served again).
 *
 * <p>Served reads at t: 1 − moved × (1 − movedReads(t)) − switched × switchover(t), where {@code moved} users follow
 * the cross-region read curve and {@code switched} users wait for an in-region switchover. Served writes at t:
 * K(t) × [(1 − switched − moved × (1 − movedReads(t))) × (1 − switchover(t) × blocked) + switched × (1 − switchover(t))],
 * K(t) = Π over the datasets waiting for a takeover (1 − share × notDone(t)): each takeover is its own draw (automatic
 * or failed on demand), while the switchover is one draw for the switched users and the {@code blocked} share of
 * writes (1 − Π (1 − share) over the datasets it stalls) alike. A wait ({@link Clock}) is automatic with
 * probability 1 − q and done at its seconds, or fails on demand (q) and is done after the operator's decision on top.
 * Every factor is linear or constant between the curve's points and the waits' ends, so the integrand is linear on
 * each piece and its midpoint gives each piece exactly.
 */
final class UnservedTime {
    private UnservedTime() {
    }

    /** A wait: done at {@code seconds} (probability 1 − q) or at seconds + manualExtra (q, failure on demand). */
    record Clock(double seconds, double failureOnDemand, double manualExtra) {
        static final Clock NONE = new Clock(0, 0, 0);

        double notDone(double t) {
            return (1 - failureOnDemand) * (t < seconds ? 1 : 0)
                    + failureOnDemand * (t < seconds + manualExtra ? 1 : 0);
        }

        /** ∫₀^end notDone(t) dt. */
        double seconds(double end) {
            return (1 - failureOnDemand) * Math.min(seconds, end) + failureOnDemand * Math.min(seconds + manualExtra, end);
        }
    }

    /** One dataset's wait in this event, and the share of its writes that wait (a quorum's chance of its leader). */
    record Wait(double share, Clock clock) {
    }

    /** Unserved read seconds: moved × ∫(1 − movedReads) + switched × ∫ switchover. */
    static double reads(RecoveryCurve movedReads, double moved, double switched, Clock switchover, double end) {
        double r = moved > 0 ? moved * movedReads.unservedSeconds(end) : 0;
        return switched > 0 ? r + switched * switchover.seconds(end) : r;
    }

    /** Unserved write seconds: the area above the served writes of the class comment. */
    static double writes(RecoveryCurve movedReads, double moved, double switched, Clock switchover, double blocked,
                         List<Wait> waits, double end) {
        if (waits.isEmpty() && blocked == 0) {
            return reads(movedReads, moved, switched, switchover, end);
        }
        List<RecoveryCurve.Point> points = movedReads.points();
        double[] cuts = new double[points.size() + 2 * waits.size() + 4];
        int n = 0;
        cuts[n++] = 0;
        cuts[n++] = end;
        for (RecoveryCurve.Point p : points) {
            cuts[n++] = p.seconds();
        }
        cuts[n++] = switchover.seconds();
        cuts[n++] = switchover.seconds() + switchover.manualExtra();
        for (Wait w : waits) {
            cuts[n++] = w.clock().seconds();
            cuts[n++] = w.clock().seconds() + w.clock().manualExtra();
        }
        Arrays.sort(cuts, 0, n);
        double sum = 0;
        for (int k = 1; k < n && cuts[k - 1] < end; k++) {
            double a = cuts[k - 1];
            double b = Math.min(cuts[k], end);
            if (b <= a) {
                continue;
            }
            double t = (a + b) / 2;
            double pending = switchover.notDone(t);
            double served = (1 - switched - moved * (1 - movedReads.shareAt(t))) * (1 - pending * blocked)
                    + switched * (1 - pending);
            for (Wait w : waits) {
                served *= 1 - w.share() * w.clock().notDone(t);
            }
            sum += (b - a) * (1 - served);
        }
        return sum;
    }

    /**
     * One event's {@link #writes} per group of populations with the same write rules (same blocked share and waits),
     * remembered for the last moved and switched shares: populations of a group the event moves alike (most: it
     * moves none of their users) get the same value without integrating again.
     */
    static final class GroupWrites {
        private final double[] moved;
        private final double[] switched;
        private final double[] value;

        GroupWrites(int groups) {
            moved = new double[groups];
            switched = new double[groups];
            value = new double[groups];
            Arrays.fill(moved, Double.NaN);
        }

        double writes(int group, RecoveryCurve movedReads, double movedShare, double switchedShare, Clock switchover,
                      double blocked, List<Wait> waits, double end) {
            if (moved[group] != movedShare || switched[group] != switchedShare) {
                value[group] = UnservedTime.writes(movedReads, movedShare, switchedShare, switchover, blocked, waits,
                        end);
                moved[group] = movedShare;
                switched[group] = switchedShare;
            }
            return value[group];
        }
    }
}
