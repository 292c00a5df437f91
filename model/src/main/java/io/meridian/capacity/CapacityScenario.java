package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Provider;
import java.util.List;

/**
 * One failure scenario, before and after the cascade it may set off.
 *
 * @param failedRegionIds the regions the scenario takes down (providers expanded), in design order
 * @param failedProviders the providers it takes down, if any
 * @param initial         the state right after the failure and the re-route, with its flags
 * @param cascade         the rounds of overloaded regions failing in turn; empty when nothing is overloaded
 * @param result          the stable state: the last step's, or {@code initial} when there is no cascade
 */
public record CapacityScenario(String id, String name, ScenarioKind kind, List<String> failedRegionIds,
                               List<Provider> failedProviders, LoadState initial, List<CascadeStep> cascade,
                               LoadState result) {
    public CapacityScenario {
        Checks.present(id, "id");
        Checks.present(name, "name");
        Checks.present(kind, "kind");
        failedRegionIds = List.copyOf(failedRegionIds);
        failedProviders = List.copyOf(failedProviders);
        Checks.present(initial, "initial");
        cascade = List.copyOf(cascade);
        Checks.present(result, "result");
    }

    public boolean cascades() {
        return !cascade.isEmpty();
    }
}
