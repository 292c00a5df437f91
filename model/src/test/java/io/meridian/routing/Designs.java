package io.meridian.routing;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import java.util.List;

/** Small builders for test designs shared by the routing and latency tests. */
public final class Designs {
    private Designs() {
    }

    public static Region region(String id, double lat, double lon) {
        return new Region(id, null, id, Provider.AWS, new GeoPoint(lat, lon), "", 0.9995, 4, 3);
    }

    public static Component service(String id, String regionId) {
        return new Component(id, id, regionId, 10, 0.096, Reliability.ofSla(0.999),
                new ComponentSpec.Service(100, 0.8));
    }

    public static Component database(String id, String regionId, DatabaseRole role) {
        return new Component(id, id, regionId, 1, 0.5, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }

    public static Component cache(String id, String regionId) {
        return new Component(id, id, regionId, 1, 0.2, Reliability.ofSla(0.999), new ComponentSpec.Cache("redis"));
    }

    public static Population population(String id, double lat, double lon) {
        return new Population(id, id, new GeoPoint(lat, lon), 1000, 0.9, null, null, List.of());
    }

    public static Population withZone(Population p, String zoneId) {
        return new Population(p.id(), p.name(), p.location(), p.requestsPerSecond(), p.readFraction(), zoneId,
                p.homeRegionId(), p.weights());
    }

    public static Population withHome(Population p, String homeRegionId) {
        return new Population(p.id(), p.name(), p.location(), p.requestsPerSecond(), p.readFraction(), p.zoneId(),
                homeRegionId, p.weights());
    }

    public static Population withWeights(Population p, RouteWeight... weights) {
        return new Population(p.id(), p.name(), p.location(), p.requestsPerSecond(), p.readFraction(), p.zoneId(),
                p.homeRegionId(), List.of(weights));
    }
}
