package io.meridian.routing;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;
import io.meridian.model.RouteWeight;
import java.util.List;

/**
 * Which regions serve one population, and with what share of its traffic.
 *
 * @param basis  the rule that chose the regions
 * @param shares share per serving region, adding up to 1; empty only when the population cannot be served
 *               (no permitted region is up)
 */
public record RegionAssignment(String populationId, Basis basis, List<RouteWeight> shares) {

    /** How the serving regions were chosen. */
    public enum Basis {
        /** The population's explicit weights (rescaled over the surviving weighted regions after a failure). */
        WEIGHTS,
        /** The population's home region. */
        HOME_REGION,
        /** The nearest region its residency zone permits (a fallback when weights or home are lost). */
        NEAREST_PERMITTED,
        /** No permitted region is up. */
        UNSERVED
    }

    public RegionAssignment {
        Checks.id(populationId, "populationId");
        Checks.present(basis, "basis");
        shares = List.copyOf(Checks.present(shares, "shares"));
        if ((basis == Basis.UNSERVED) != shares.isEmpty()) {
            throw new ModelException("shares", "must be empty exactly when the population is unserved");
        }
        double sum = shares.stream().mapToDouble(RouteWeight::share).sum();
        if (!shares.isEmpty() && Math.abs(sum - 1) > 1e-9) {
            throw new ModelException("shares", "must add up to 1, got " + sum);
        }
    }

    /** This population's share in a region; 0 when the region does not serve it. */
    public double shareOf(String regionId) {
        return shares.stream().filter(s -> s.regionId().equals(regionId)).mapToDouble(RouteWeight::share).sum();
    }

    public List<String> regionIds() {
        return shares.stream().map(RouteWeight::regionId).toList();
    }
}
