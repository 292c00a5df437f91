package io.meridian.search;

import io.meridian.evaluation.Evaluation;
import io.meridian.model.Topology;
import java.util.List;

/**
 * A design the search suggests: the options it took (in words, one per open choice), the design, and the figures
 * it was chosen on.
 *
 * @param changes        per choice that differs from the design as drawn, "spare instances of api-use1: +1"
 * @param passes         every objective met and no error finding
 */
public record Suggestion(String name, List<String> changes, Topology topology, Evaluation evaluation,
                         double totalAnnualCost, double annualBill, double availability, double p99WriteMs,
                         boolean passes) {
    public Suggestion {
        changes = List.copyOf(changes);
    }
}
