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
 * the served share climbs in a straight line to (1 − tail share) over one TTL; the DNS-cache tail comes back in one
 * step when its stale period ends (conservative: "up to" that long). Anycast and repair are one step. Each client
 * then needs the reconnect time; writes also wait for the promotion, summed as in {@link RtoBreakdown}.
 */
final class RecoveryCurves {
    private RecoveryCurves() {
    }

    static RecoveryCurve reads(Topology topology, RtoBreakdown rto) {
        return curve("reads", topology, rto, false);
    }

    static RecoveryCurve writes(Topology topology, RtoBreakdown rto) {
        return curve("writes", topology, rto, true);
    }

    private static RecoveryCurve curve(String name, Topology topology, RtoBreakdown rto, boolean writes) {
        Map<String, Double> start = new LinkedHashMap<>();
        start.put("detection", rto.detection().value());
        start.put("reconnect", rto.reconnect().value());
        if (writes) {
            start.put("promotion", rto.promotion().value());
        }
        double offset = start.values().stream().mapToDouble(Double::doubleValue).sum();
        String offsetFormula = String.join(" + ", start.keySet());
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
            Figure at = new Figure("all " + name + " served", offset + window, "s",
                    offsetFormula + " + routingSwitch: every client moves at once", in);
            return new RecoveryCurve(name, points, rename(at, "99% of " + name + " served"), at);
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
                ? new Figure("all " + name + " served", offset + stale, "s",
                offsetFormula + " + tailStale: the DNS-cache tail comes back last", tail)
                : new Figure("all " + name + " served", offset + window, "s",
                offsetFormula + " + dnsTtl: the last cached record expires", ttlOnly);
        double at99 = RecoveryCurve.firstReaching(points, 0.99);
        Figure ninetyNine = 1 - tailShare >= 0.99
                ? new Figure("99% of " + name + " served", at99, "s",
                offsetFormula + " + 0.99 / (1 − tailShare) × dnsTtl: records expire evenly over one TTL", ramp)
                : new Figure("99% of " + name + " served", at99, "s",
                offsetFormula + " + tailStale: more than 1% of clients are in the DNS-cache tail", tail);
        return new RecoveryCurve(name, points, ninetyNine, all);
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
