package io.meridian.recovery;

import io.meridian.placement.DatasetPlacement;
import io.meridian.latency.RegionLatencies;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * RTO and RPO of a design after the worst single-region failure (see the package documentation for the model).
 * Pure and thread-safe.
 */
public final class RecoveryEngine {
    private RecoveryEngine() {
    }

    public static RecoveryReport evaluate(Topology topology) {
        return evaluate(topology, RegionLatencies.of(topology));
    }

    /** With the region latencies the evaluation worked out once for every engine that needs them. */
    public static RecoveryReport evaluate(Topology topology, RegionLatencies latencies) {
        List<ReplicationLag> lags = new ReplicationLags(topology, latencies).all();
        DatasetRecovery recovery = new DatasetRecovery(topology);
        DatasetRpos rpos = new DatasetRpos(topology, latencies, lags);
        WanCutBuffers buffers = new WanCutBuffers(topology);
        List<DatasetPlacement> placements = topology.datasets().stream()
                .map(d -> DatasetPlacement.of(topology, d)).toList();

        List<DatasetPromotion> promotions = new ArrayList<>();
        List<DatasetRpo> rpo = new ArrayList<>();
        List<WanCutBuffer> wanCut = new ArrayList<>();
        for (DatasetPlacement p : placements) {
            promotions.add(recovery.promotion(p));
            rpo.add(rpos.rpo(p));
            buffers.of(p).ifPresent(wanCut::add);
        }
        RtoBreakdown steps = RtoSteps.of(topology, promotions);
        RecoveryCurve reads = RecoveryCurves.reads(topology, steps);
        RecoveryCurve writes = RecoveryCurves.writes(reads, steps);
        RtoBreakdown rto = steps.withCurves(reads, writes);
        FailoverTimings failover = FailoverTimings.of(topology, rto, reads, promotions);
        List<String> notes = RecoveryNotes.of(topology, rto, lags, placements);
        return new RecoveryReport(rto, reads, writes, failover, rpo, lags, promotions, wanCut, notes);
    }
}
