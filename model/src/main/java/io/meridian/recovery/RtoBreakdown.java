package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * The recovery time after the worst single-region failure, step by step. The steps overlap (a promotion runs while
 * DNS caches expire), so the RTO is read off the recovery curves: the first second at which 99% of the affected
 * users have reads (writes) back, DNS-cache tail included.
 *
 * @param routing             what steers clients away from the failed region, in one sentence
 * @param detection           health-check interval × consecutive failures
 * @param routingSwitch       DNS TTL, anycast convergence, or the region's repair time without a routing layer
 * @param promotion           the slowest dataset's promotion or leader election (see {@code promotionDatasetId})
 * @param promotionDatasetId  the dataset that sets the promotion step, or null when none does
 * @param reconnect           clients re-dialling after the switch
 * @param readRto             first second at which 99% of the affected users have reads back
 * @param rto                 first second at which 99% of them have reads and writes back
 * @param dnsCacheTail        clients that keep the dead address past the TTL; null unless routing is by DNS
 * @param expectedReadOutage  seconds an affected user's reads go unserved on average: the area above the read curve
 *                            (a DNS TTL counts TTL / 2, its expected expiry); what availability charges per event
 * @param expectedWriteOutage the same for writes
 */
public record RtoBreakdown(String routing, Figure detection, Figure routingSwitch, Figure promotion,
                           String promotionDatasetId, Figure reconnect, Figure readRto, Figure rto,
                           DnsCacheTail dnsCacheTail, Figure expectedReadOutage, Figure expectedWriteOutage) {
    public RtoBreakdown {
        routing = Checks.text(routing);
        Checks.present(detection, "detection");
        Checks.present(routingSwitch, "routingSwitch");
        Checks.present(promotion, "promotion");
        Checks.present(reconnect, "reconnect");
        Checks.present(readRto, "readRto");
        Checks.present(rto, "rto");
        Checks.present(expectedReadOutage, "expectedReadOutage");
        Checks.present(expectedWriteOutage, "expectedWriteOutage");
    }

    /** The figures the recovery curves give: 99% points and the areas above the curves. */
    RtoBreakdown withCurves(RecoveryCurve reads, RecoveryCurve writes) {
        Figure r = reads.secondsTo99Percent();
        Figure w = writes.secondsTo99Percent();
        Figure readRto = new Figure("read RTO", r.value(), "s", "99% of affected users have reads back: "
                + r.formula(), r.inputs());
        Figure rto = new Figure("RTO", w.value(), "s", "99% of affected users have reads and writes back: "
                + w.formula(), w.inputs());
        return new RtoBreakdown(routing, detection, routingSwitch, promotion, promotionDatasetId, reconnect, readRto,
                rto, dnsCacheTail, outage("expected read outage", reads), outage("expected write outage", writes));
    }

    private static Figure outage(String name, RecoveryCurve c) {
        double end = c.points().get(c.points().size() - 1).seconds();
        return Figure.of(name, c.unservedSeconds(end), "s", "∫ (1 − served share) dt over the " + c.name()
                + " curve: detection + reconnect + the DNS ramp's TTL / 2 (or the switch) + the tail's share × its "
                + "stale time", "all served at", end);
    }

    /**
     * @param share        share of clients that keep the dead address, [0, 1]
     * @param staleSeconds how long they keep it, counted from the DNS change (never shorter than the TTL)
     */
    public record DnsCacheTail(Figure share, Figure staleSeconds) {
        public DnsCacheTail {
            Checks.present(share, "share");
            Checks.present(staleSeconds, "staleSeconds");
        }
    }
}
