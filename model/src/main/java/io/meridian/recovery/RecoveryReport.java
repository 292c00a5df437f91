package io.meridian.recovery;

import io.meridian.model.Checks;
import java.util.List;

/**
 * Everything the recovery engine says about a design, as plain data (serializes with Jackson as is).
 *
 * @param rto        the RTO breakdown for the worst single-region failure
 * @param reads      share of affected users served again vs seconds since the failure, for reads
 * @param writes     the same for writes (promotion included)
 * @param failover   what each kind of failure event costs the users it touches (the availability engine charges it)
 * @param rpo        per dataset, in design order
 * @param lags       per replication link, in design order
 * @param promotions per dataset, in design order: who takes over (and how long it takes) after the worst
 *                   single-region failure for that dataset
 * @param wanCut     per dataset that replicates across regions: the buffer a WAN cut needs
 * @param notes      design-wide remarks
 */
public record RecoveryReport(RtoBreakdown rto, RecoveryCurve reads, RecoveryCurve writes, FailoverTimings failover,
                             List<DatasetRpo> rpo,
                             List<ReplicationLag> lags, List<DatasetPromotion> promotions, List<WanCutBuffer> wanCut,
                             List<String> notes) {
    public RecoveryReport {
        Checks.present(rto, "rto");
        Checks.present(reads, "reads");
        Checks.present(writes, "writes");
        Checks.present(failover, "failover");
        rpo = List.copyOf(rpo);
        lags = List.copyOf(lags);
        promotions = List.copyOf(promotions);
        wanCut = List.copyOf(wanCut);
        notes = List.copyOf(notes);
    }
}
