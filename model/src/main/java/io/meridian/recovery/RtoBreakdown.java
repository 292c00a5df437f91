package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * The recovery time after the worst single-region failure, step by step; the steps are summed as if sequential.
 *
 * @param routing             what steers clients away from the failed region, in one sentence
 * @param detection           health-check interval × consecutive failures
 * @param routingSwitch       DNS TTL, anycast convergence, or the region's repair time without a routing layer
 * @param promotion           the slowest dataset's promotion or leader election (see {@code promotionDatasetId})
 * @param promotionDatasetId  the dataset that sets the promotion step, or null when none does
 * @param reconnect           clients re-dialling after the switch
 * @param readRto             detection + routingSwitch + reconnect: reads are back
 * @param rto                 readRto + promotion: reads and writes are back (for all but the DNS-cache tail)
 * @param dnsCacheTail        clients that keep the dead address past the TTL; null unless routing is by DNS
 */
public record RtoBreakdown(String routing, Figure detection, Figure routingSwitch, Figure promotion,
                           String promotionDatasetId, Figure reconnect, Figure readRto, Figure rto,
                           DnsCacheTail dnsCacheTail) {
    public RtoBreakdown {
        routing = Checks.text(routing);
        Checks.present(detection, "detection");
        Checks.present(routingSwitch, "routingSwitch");
        Checks.present(promotion, "promotion");
        Checks.present(reconnect, "reconnect");
        Checks.present(readRto, "readRto");
        Checks.present(rto, "rto");
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
