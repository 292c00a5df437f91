package io.meridian.model;

import java.util.List;

/**
 * A user-defined what-if: these regions and these providers are down together
 * (each single region and each single provider are always evaluated; this adds combinations).
 */
public record FailureScenario(String id, String name, List<String> regionIds, List<Provider> providers) {
    public FailureScenario {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        regionIds = List.copyOf(Checks.present(regionIds, "regions"));
        providers = List.copyOf(Checks.present(providers, "providers"));
        if (regionIds.isEmpty() && providers.isEmpty()) {
            throw new ModelException("regions", "a failure scenario fails at least one region or provider");
        }
        for (int i = 0; i < regionIds.size(); i++) {
            Checks.id(regionIds.get(i), "regions[" + i + "]");
        }
        Checks.unique(regionIds, "regions");
    }
}
