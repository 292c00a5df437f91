package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * The backlog one dataset's write burst leaves on a replication link whose target applies fewer writes than the
 * burst brings: (burst load − apply capacity) × burst seconds writes, applied in order, so the last write of the
 * burst reaches the target backlog / apply capacity seconds late. Finite: it drains once the burst ends, since the
 * sustained load is below the apply capacity (otherwise the lag is unbounded anyway).
 *
 * @param datasetId the dataset whose burst sets the worst backlog on the link
 * @param burstLoad writes/s the link carries during the burst: write load − the dataset's sustained rate + its burst
 * @param backlog   writes behind at the end of the burst
 * @param lag       extra seconds the target trails at the end of the burst
 */
public record BurstBacklog(String datasetId, Figure burstLoad, Figure backlog, Figure lag) {
    public BurstBacklog {
        Checks.id(datasetId, "datasetId");
        Checks.present(burstLoad, "burstLoad");
        Checks.present(backlog, "backlog");
        Checks.present(lag, "lag");
    }
}
