package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.SurviveLoss;
import java.util.List;

/**
 * Instances per service tier to survive the loss of any one region (or provider) without cascade.
 *
 * @param loss        the class of failure: ANY_REGION or ANY_PROVIDER
 * @param scenarioIds the scenarios taken into account: the baseline and each single region (or provider)
 * @param tiers       one entry per service tier, in design order
 */
public record InstanceRequirements(SurviveLoss loss, List<String> scenarioIds, List<TierRequirement> tiers) {
    public InstanceRequirements {
        Checks.present(loss, "loss");
        scenarioIds = List.copyOf(scenarioIds);
        tiers = List.copyOf(tiers);
    }

    /** True when every tier already has the instances it needs. */
    public boolean met() {
        return tiers.stream().allMatch(TierRequirement::sufficient);
    }
}
