package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.OverloadBehaviour;

/**
 * One service tier under a region's load: every request that reaches the region passes through it.
 *
 * @param capacityRps          instances × capacity per instance
 * @param utilisation          percent of capacity in use, explained
 * @param targetUtilization    the tier's target, as a fraction (0, 1]
 * @param aboveTarget          utilisation above the target
 * @param overloaded           utilisation above 100%
 * @param overload             what the tier does beyond its capacity
 * @param collapses            a {@code collapse} tier above 100% of its running instances: it serves nobody and its
 *                             region falls in the cascade (added instances come too late: the collapse persists)
 * @param scaledInstances      instances once autoscaling has warmed up: ⌈load / (capacity × target)⌉ between the
 *                             running instances and maxInstances; the running instances when it does not autoscale
 * @param warmupServedFraction share of the offered requests it serves before added instances are warm:
 *                             min(1, running capacity / load) for shed, 0 or 1 for collapse
 * @param servedFraction       the same once they are: min(1, scaled capacity / load) for shed
 */
public record TierLoad(String componentId, int instances, double capacityRps, Figure utilisation,
                       double targetUtilization, boolean aboveTarget, boolean overloaded, OverloadBehaviour overload,
                       boolean collapses, int scaledInstances, double warmupServedFraction, double servedFraction) {
    public TierLoad {
        Checks.id(componentId, "componentId");
        Checks.positive(instances, "instances");
        Checks.positive(capacityRps, "capacityRps");
        Checks.present(utilisation, "utilisation");
        Checks.fraction(targetUtilization, "targetUtilization");
        Checks.present(overload, "overload");
        Checks.positive(scaledInstances, "scaledInstances");
        Checks.fraction(warmupServedFraction, "warmupServedFraction");
        Checks.fraction(servedFraction, "servedFraction");
    }

    /** A tier without autoscaling that sheds (the default), as the capacity engine reported it before issue 10. */
    public TierLoad(String componentId, int instances, double capacityRps, Figure utilisation,
                    double targetUtilization, boolean aboveTarget, boolean overloaded) {
        this(componentId, instances, capacityRps, utilisation, targetUtilization, aboveTarget, overloaded,
                Defaults.OVERLOAD_BEHAVIOUR, false, instances, shedFraction(utilisation.value()),
                shedFraction(utilisation.value()));
    }

    private static double shedFraction(double percent) {
        return percent <= 100 ? 1 : 100 / percent;
    }
}
