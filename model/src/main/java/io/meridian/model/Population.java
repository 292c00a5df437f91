package io.meridian.model;

import java.util.List;

/**
 * A group of users at a place.
 *
 * @param readFraction  share of requests that are reads, [0, 1]
 * @param zoneId        residency zone whose data these users read and write, or null
 * @param homeRegionId  region that serves them (and takes their writes under HOME_REGION), or null
 * @param weights       explicit shares per region (e.g. 60%/40%); empty means nearest permitted region
 * @param reads         ids of the datasets these users read; null: the datasets of their zone (see
 *                      {@code placement.DataAccess})
 * @param writes        ids of the datasets these users write; null: the datasets of their zone
 * @param responseBytes average bytes sent back per request (reads and writes alike), which the serving region's
 *                      provider bills as internet egress; null: not stated, so egress to these users is not priced
 */
public record Population(String id, String name, GeoPoint location, double requestsPerSecond, double readFraction,
                         String zoneId, String homeRegionId, List<RouteWeight> weights, List<String> reads,
                         List<String> writes, Double responseBytes) {
    /** Users who read and write the datasets of their zone. */
    public Population(String id, String name, GeoPoint location, double requestsPerSecond, double readFraction,
                      String zoneId, String homeRegionId, List<RouteWeight> weights) {
        this(id, name, location, requestsPerSecond, readFraction, zoneId, homeRegionId, weights, null, null);
    }

    /** Users whose response size is not stated. */
    public Population(String id, String name, GeoPoint location, double requestsPerSecond, double readFraction,
                      String zoneId, String homeRegionId, List<RouteWeight> weights, List<String> reads,
                      List<String> writes) {
        this(id, name, location, requestsPerSecond, readFraction, zoneId, homeRegionId, weights, reads, writes, null);
    }

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
        reads = datasetIds(reads, "reads");
        writes = datasetIds(writes, "writes");
        if (responseBytes != null) {
            Checks.nonNegative(responseBytes, Limits.MAX_RECORD_BYTES, "responseBytes");
        }
    }

    private static List<String> datasetIds(List<String> ids, String field) {
        if (ids == null) {
            return null;
        }
        for (int i = 0; i < ids.size(); i++) {
            Checks.id(ids.get(i), field + "[" + i + "]");
        }
        Checks.unique(ids, field);
        return List.copyOf(ids);
    }

    public Population withRequestsPerSecond(double value) {
        return new Population(id, name, location, value, readFraction, zoneId, homeRegionId, weights, reads, writes,
                responseBytes);
    }

    public Population withLocation(GeoPoint value) {
        return new Population(id, name, value, requestsPerSecond, readFraction, zoneId, homeRegionId, weights, reads,
                writes, responseBytes);
    }

    public Population withAccess(List<String> readIds, List<String> writeIds) {
        return new Population(id, name, location, requestsPerSecond, readFraction, zoneId, homeRegionId, weights,
                readIds, writeIds, responseBytes);
    }

    public Population withName(String value) {
        return new Population(id, value, location, requestsPerSecond, readFraction, zoneId, homeRegionId, weights,
                reads, writes, responseBytes);
    }

    public Population withReadFraction(double value) {
        return new Population(id, name, location, requestsPerSecond, value, zoneId, homeRegionId, weights, reads,
                writes, responseBytes);
    }

    /** The same users in another residency zone and home region (null for none), with other weights. */
    public Population withPlacement(String zone, String homeRegion, List<RouteWeight> routeWeights) {
        return new Population(id, name, location, requestsPerSecond, readFraction, zone, homeRegion, routeWeights,
                reads, writes, responseBytes);
    }

    public Population withResponseBytes(Double value) {
        return new Population(id, name, location, requestsPerSecond, readFraction, zoneId, homeRegionId, weights,
                reads, writes, value);
    }
}
