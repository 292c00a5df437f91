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
        return of(topology, capacity, structural(topology, router, recovery, consistency));
    }

    /**
     * The same with the rules that read no sizing worked out already ({@link #structural}): the design search
     * evaluates many sizings of each structure, and only the overload rule reads what a sizing changes.
     */
    static List<Finding> of(Topology topology, CapacityReport capacity, Structural structural) {
        List<Finding> out = new ArrayList<>(structural.before());
        ServiceFindings.overloads(topology, capacity, out);
        out.addAll(structural.after());
        // Stable: within a severity the rules' order, as when every rule adds to one list.
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    /** What the rules that read no instance count, capacity or price find, before and after the overload rule. */
    record Structural(List<Finding> before, List<Finding> after) {
        Structural {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    static Structural structural(Topology topology, PopulationRouter router, RecoveryReport recovery,
                                 ConsistencyReport consistency) {
        List<Finding> before = new ArrayList<>();
        DataFindings.residency(topology, before);
        DataFindings.access(topology, router, before);
        DataFindings.conflicts(topology, consistency.datasets(), before);
        DataFindings.splitBrain(consistency.datasets(), before);
        DataFindings.backlog(topology, recovery.lags(), before);
        DataFindings.neverReplicated(topology, before);
        DataFindings.syncAcks(topology, before);
        ServiceFindings.singlePoints(topology, router, before);
        List<Finding> after = new ArrayList<>();
        ServiceFindings.dnsTtl(topology, after);
        ServiceFindings.offRequestPath(topology, after);
        return new Structural(before, after);
    }
}
