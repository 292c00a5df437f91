package io.meridian.model;

import java.util.List;

/**
 * A group of users at a place.
 *
 * @param readFraction  share of requests that are reads, [0, 1]
 * @param zoneId        residency zone whose data these users read and write, or null
 * @param homeRegionId  region that serves them (and takes their writes under HOME_REGION), or null
 * @param weights       explicit shares per region (e.g. 60%/40%); empty means nearest permitted region
 */
public record Population(String id, String name, GeoPoint location, double requestsPerSecond, double readFraction,
                         String zoneId, String homeRegionId, List<RouteWeight> weights) {
    public Population {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.present(location, "location");
        Checks.nonNegative(requestsPerSecond, Limits.MAX_PER_SECOND, "requestsPerSecond");
        Checks.fraction(readFraction, "readFraction");
        if (zoneId != null) {
            Checks.id(zoneId, "zone");
        }
        if (homeRegionId != null) {
            Checks.id(homeRegionId, "homeRegion");
        }
        weights = List.copyOf(Checks.present(weights, "weights"));
        Checks.unique(weights.stream().map(RouteWeight::regionId).toList(), "weights");
        if (!weights.isEmpty()) {
            double sum = weights.stream().mapToDouble(RouteWeight::share).sum();
            if (Math.abs(sum - 1) > 1e-6) {
                throw new ModelException("weights", "shares must add up to 1, got " + sum);
            }
        }
    }

    public Population withRequestsPerSecond(double value) {
        return new Population(id, name, location, value, readFraction, zoneId, homeRegionId, weights);
    }

    public Population withLocation(GeoPoint value) {
        return new Population(id, name, value, requestsPerSecond, readFraction, zoneId, homeRegionId, weights);
    }
}
