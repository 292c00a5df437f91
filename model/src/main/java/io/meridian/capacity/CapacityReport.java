package io.meridian.capacity;

import io.meridian.model.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Everything the capacity engine says about a design, as plain data (serializes with Jackson as is).
 *
 * @param scenarios   the baseline, each region down, each provider down, then the design's own scenarios
 * @param anyRegion   instances per tier to survive the loss of any one region
 * @param anyProvider instances per tier to survive the loss of any one provider; null when the design's
 *                    regions all belong to one provider (losing it leaves nothing to carry the load)
 */
public record CapacityReport(List<CapacityScenario> scenarios, InstanceRequirements anyRegion,
                             InstanceRequirements anyProvider) {
    public CapacityReport {
        scenarios = List.copyOf(scenarios);
        Checks.present(anyRegion, "anyRegion");
    }

    public Optional<CapacityScenario> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public CapacityScenario baseline() {
        return scenarios.get(0);
    }
}
