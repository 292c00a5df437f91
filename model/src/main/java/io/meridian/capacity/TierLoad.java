package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * One service tier under a region's load: every request that reaches the region passes through it.
 *
 * @param capacityRps       instances × capacity per instance
 * @param utilisation       percent of capacity in use, explained
 * @param targetUtilization the tier's target, as a fraction (0, 1]
 * @param aboveTarget       utilisation above the target
 * @param overloaded        utilisation above 100%
 */
public record TierLoad(String componentId, int instances, double capacityRps, Figure utilisation,
                       double targetUtilization, boolean aboveTarget, boolean overloaded) {
    public TierLoad {
        Checks.id(componentId, "componentId");
        Checks.positive(instances, "instances");
        Checks.positive(capacityRps, "capacityRps");
        Checks.present(utilisation, "utilisation");
        Checks.fraction(targetUtilization, "targetUtilization");
    }
}
