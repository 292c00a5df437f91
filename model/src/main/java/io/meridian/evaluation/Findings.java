package io.meridian.evaluation;

import io.meridian.capacity.CapacityReport;
import io.meridian.consistency.ConsistencyReport;
import io.meridian.model.Topology;
import io.meridian.recovery.RecoveryReport;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The design rules; each produces zero or more findings with a stable code. Errors first, then warnings. No rule
 * reads latency, availability or cost, so the evaluator works them out beside availability.
 */
final class Findings {
    private Findings() {
    }

    static List<Finding> of(Topology topology, PopulationRouter router, RecoveryReport recovery,
                            CapacityReport capacity, ConsistencyReport consistency) {
        List<Finding> out = new ArrayList<>();
        DataFindings.residency(topology, out);
        DataFindings.access(topology, router, out);
        DataFindings.conflicts(topology, consistency.datasets(), out);
        DataFindings.splitBrain(consistency.datasets(), out);
        DataFindings.backlog(topology, recovery.lags(), out);
        DataFindings.neverReplicated(topology, out);
        DataFindings.syncAcks(topology, out);
        ServiceFindings.singlePoints(topology, router, out);
        ServiceFindings.overloads(topology, capacity, out);
        ServiceFindings.dnsTtl(topology, out);
        ServiceFindings.offRequestPath(topology, out);
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }
}
