package io.meridian.capacity;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.ModelException;
import java.util.List;

/**
 * A region's load and utilisation in one state.
 *
 * @param down          the region has failed (by the scenario or by cascade) and carries nothing
 * @param load          requests/s routed here, explained by population
 * @param utilisation   the busiest tier's utilisation in percent; null exactly when {@code note} says why
 *                      (the region is down, or runs no service tier and so has no capacity limit to report)
 * @param bottleneckTierId the busiest tier, or null when there is no utilisation
 * @param aboveTarget   some tier runs above its target utilisation
 * @param overloaded    some tier runs above 100% of its running instances
 * @param collapses     some {@code collapse} tier runs above 100%: the region fails in turn (a {@code shed} tier
 *                      above 100% only serves part of the requests)
 * @param warmupServedShare share of the region's offered requests served before autoscaled instances are warm:
 *                      the smallest of its tiers' (every request passes every tier); 0 when down
 * @param servedShare   the same once they are warm, explained
 */
public record RegionLoad(String regionId, boolean down, Figure load, Figure utilisation, String bottleneckTierId,
                         boolean aboveTarget, boolean overloaded, List<TierLoad> tiers, String note,
                         boolean collapses, double warmupServedShare, Figure servedShare) {
    public RegionLoad {
        Checks.id(regionId, "regionId");
        Checks.present(load, "load");
        tiers = List.copyOf(tiers);
        if ((utilisation == null) == (note == null)) {
            throw new ModelException("utilisation", "give either a utilisation or the reason there is none");
        }
        if ((utilisation == null) != (bottleneckTierId == null)) {
            throw new ModelException("bottleneckTierId", "names the busiest tier exactly when there is a utilisation");
        }
        if (utilisation == null && (aboveTarget || overloaded || collapses)) {
            throw new ModelException("overloaded", "a region without utilisation cannot be above target");
        }
        Checks.fraction(warmupServedShare, "warmupServedShare");
        Checks.present(servedShare, "servedShare");
        Checks.fraction(servedShare.value(), "servedShare");
    }

    /** As reported before overload behaviours: an overloaded region collapses, any other serves everything. */
    public RegionLoad(String regionId, boolean down, Figure load, Figure utilisation, String bottleneckTierId,
                      boolean aboveTarget, boolean overloaded, List<TierLoad> tiers, String note) {
        this(regionId, down, load, utilisation, bottleneckTierId, aboveTarget, overloaded, tiers, note, overloaded,
                down || overloaded ? 0 : 1, Figure.of("served share of " + regionId, down || overloaded ? 0 : 1, "",
                        "1 unless the region is down or overloaded"));
    }

    /** Requests/s the region serves once autoscaled instances are warm. */
    public double servedRps() {
        return load.value() * servedShare.value();
    }
}
