package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * The instances one service tier needs to ride out a class of failure at its target utilisation.
 *
 * @param instances       what the design has
 * @param needed          ceil(peak load / (capacity per instance × target utilisation)), explained
 * @param delta           needed − instances: positive means add instances, negative means spare ones
 * @param peakLoadRps     the highest load the tier's region carries in any considered scenario
 * @param worstScenarioId the scenario with that peak load (the first one on a tie)
 */
public record TierRequirement(String componentId, String regionId, int instances, Figure needed, int delta,
                              double peakLoadRps, String worstScenarioId) {
    public TierRequirement {
        Checks.id(componentId, "componentId");
        Checks.id(regionId, "regionId");
        Checks.positive(instances, "instances");
        Checks.present(needed, "needed");
        Checks.nonNegative(peakLoadRps, "peakLoadRps");
        Checks.present(worstScenarioId, "worstScenarioId");
    }

    public boolean sufficient() {
        return delta <= 0;
    }
}
