package io.meridian.recovery;

import io.meridian.model.Figure;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Share of the affected users served against seconds since a region failure, built from the RTO breakdown.
 * Under DNS routing a client's cached record has a remaining life spread evenly over [0, TTL], so after detection
 * the served share climbs in a straight line to (1 − tail share) over one TTL (its unserved area is TTL / 2, the
 * expected expiry); the DNS-cache tail comes back in one step when its stale period ends. Anycast and repair are one
 * step. Each client then needs the reconnect time. Writes also need a writable copy: the promotion runs while the
 * caches expire, so writes are back at max(the client has moved, detection + promotion + reconnect).
 */
final class RecoveryCurves {
    private RecoveryCurves() {
    }

    static RecoveryCurve reads(Topology topology, RtoBreakdown rto) {
        Map<String, Double> start = new LinkedHashMap<>();
        start.put("detection", rto.detection().value());
        start.put("reconnect", rto.reconnect().value());
        double offset = rto.detection().value() + rto.reconnect().value();
        String offsetFormula = "detection + reconnect";
        double window = rto.routingSwitch().value();
        boolean spread = RtoSteps.failsOver(topology) && topology.routing().kind().isDns();
        List<RecoveryCurve.Point> points = new ArrayList<>();
        add(points, 0, 0);
        add(points, offset, 0);
        if (!spread) {
            add(points, offset + window, 0);
            add(points, offset + window, 1);
            Map<String, Double> in = new LinkedHashMap<>(start);
            in.put("routingSwitch", window);
            Figure at = new Figure("all reads served", offset + window, "s",
                    offsetFormula + " + routingSwitch: every client moves at once", in);
            return new RecoveryCurve("reads", points, rename(at, "99% of reads served"), at);
        }
        double tailShare = rto.dnsCacheTail() == null ? 0 : rto.dnsCacheTail().share().value();
        double stale = rto.dnsCacheTail() == null ? window : rto.dnsCacheTail().staleSeconds().value();
        add(points, offset + window, 1 - tailShare);
        add(points, offset + stale, 1 - tailShare);
        add(points, offset + stale, 1);
        Map<String, Double> ramp = new LinkedHashMap<>(start);
        ramp.put("tailShare", tailShare);
        ramp.put("dnsTtl", window);
        Map<String, Double> ttlOnly = new LinkedHashMap<>(start);
        ttlOnly.put("dnsTtl", window);
        Map<String, Double> tail = new LinkedHashMap<>(start);
        tail.put("tailStale", stale);
        Figure all = tailShare > 0
                ? new Figure("all reads served", offset + stale, "s",
                offsetFormula + " + tailStale: the DNS-cache tail comes back last", tail)
                : new Figure("all reads served", offset + window, "s",
                offsetFormula + " + dnsTtl: the last cached record expires", ttlOnly);
        double at99 = RecoveryCurve.firstReaching(points, 0.99);
        Figure ninetyNine = 1 - tailShare >= 0.99
                ? new Figure("99% of reads served", at99, "s",
                offsetFormula + " + 0.99 / (1 − tailShare) × dnsTtl: records expire evenly over one TTL", ramp)
                : new Figure("99% of reads served", at99, "s",
                offsetFormula + " + tailStale: 1% or more of clients are in the DNS-cache tail", tail);
        return new RecoveryCurve("reads", points, ninetyNine, all);
    }

    /** The read curve, with nobody served before a copy is writable again (detection + promotion + reconnect). */
    static RecoveryCurve writes(RecoveryCurve reads, RtoBreakdown rto) {
        double writable = rto.detection().value() + rto.promotion().value() + rto.reconnect().value();
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("detection", rto.detection().value());
        in.put("promotion", rto.promotion().value());
        in.put("reconnect", rto.reconnect().value());
        List<RecoveryCurve.Point> points = gate(reads.points(), writable);
        Figure ninetyNine = later("99% of writes served", reads.secondsTo99Percent(), writable, in);
        Figure all = later("all writes served", reads.secondsTo100Percent(), writable, in);
        return new RecoveryCurve("writes", points, ninetyNine, all);
    }

    /** The points of min(curve, 0 before {@code at}): nothing served before it, the curve from it on. */
    static List<RecoveryCurve.Point> gate(List<RecoveryCurve.Point> curve, double at) {
        List<RecoveryCurve.Point> points = new ArrayList<>();
        add(points, 0, 0);
        add(points, at, 0);
        add(points, at, RecoveryCurve.shareAt(curve, at));
        for (RecoveryCurve.Point p : curve) {
            if (p.seconds() > at) {
                add(points, p.seconds(), p.share());
            }
        }
        return points;
    }

    private static Figure later(String name, Figure reads, double writable, Map<String, Double> writableInputs) {
        if (reads.value() >= writable) {
            return new Figure(name, reads.value(), "s", reads.formula() + " (the promotion is done by then)",
                    reads.inputs());
        }
        return new Figure(name, writable, "s", "detection + promotion + reconnect: a copy takes writes only then",
                writableInputs);
    }

    private static void add(List<RecoveryCurve.Point> points, double seconds, double share) {
        RecoveryCurve.Point p = new RecoveryCurve.Point(seconds, share);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
            points.add(p);
        }
    }

    private static Figure rename(Figure f, String name) {
        return new Figure(name, f.value(), f.unit(), f.formula(), f.inputs());
    }
}
