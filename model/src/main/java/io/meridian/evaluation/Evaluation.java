package io.meridian.evaluation;

import io.meridian.availability.AvailabilityReport;
import io.meridian.capacity.CapacityReport;
import io.meridian.consistency.ConsistencyReport;
import io.meridian.cost.CostReport;
import io.meridian.latency.LatencyReport;
import io.meridian.model.Checks;
import io.meridian.recovery.RecoveryReport;
import java.util.List;

/**
 * Everything the engine says about one topology (one variant of a design): each computation's report, the
 * findings, the objectives and the verdict. Plain data; serializes with Jackson as is.
 */
public record Evaluation(String variantId, String variantName, LatencyReport latency, AvailabilityReport availability,
                         RecoveryReport recovery, CapacityReport capacity, CostReport cost,
                         ConsistencyReport consistency, List<Finding> findings, List<ObjectiveResult> objectives,
                         Verdict verdict) {
    public Evaluation {
        Checks.present(variantId, "variantId");
        variantName = Checks.text(variantName);
        Checks.present(latency, "latency");
        Checks.present(availability, "availability");
        Checks.present(recovery, "recovery");
        Checks.present(capacity, "capacity");
        Checks.present(cost, "cost");
        Checks.present(consistency, "consistency");
        findings = List.copyOf(findings);
        objectives = List.copyOf(objectives);
        Checks.present(verdict, "verdict");
    }
}
