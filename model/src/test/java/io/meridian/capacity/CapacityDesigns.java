package io.meridian.capacity;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.GeoPoint;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import java.util.List;

/** Small builders for the capacity tests' designs. */
final class CapacityDesigns {
    private CapacityDesigns() {
    }

    static Region region(String id, Provider provider, double lat, double lon) {
        return new Region(id, null, id, provider, new GeoPoint(lat, lon), "", 0.9995, 4, 3);
    }

    /** A tier without admission control: above 100% it collapses and its region falls (the cascade tests). */
    static Component tier(String id, String regionId, int instances, double capacityPerInstanceRps,
                          double targetUtilization) {
        return new Component(id, id, regionId, instances, 0.096, Reliability.ofSla(0.999),
                new ComponentSpec.Service(capacityPerInstanceRps, targetUtilization, OverloadBehaviour.COLLAPSE, null,
                        5));
    }

    /** A tier that sheds what it cannot carry (the default), autoscaling up to maxInstances when not null. */
    static Component shedding(String id, String regionId, int instances, double capacityPerInstanceRps,
                              double targetUtilization, Integer maxInstances, double warmupMinutes) {
        return new Component(id, id, regionId, instances, 0.096, Reliability.ofSla(0.999),
                new ComponentSpec.Service(capacityPerInstanceRps, targetUtilization, OverloadBehaviour.SHED,
                        maxInstances, warmupMinutes));
    }

    static Component database(String id, String regionId) {
        return new Component(id, id, regionId, 1, 0.5, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("postgresql", DatabaseRole.PRIMARY, 5000, 1, 30));
    }

    static Population weighted(String id, double rps, RouteWeight... weights) {
        return new Population(id, id, new GeoPoint(40, -95), rps, 0.9, null, null, List.of(weights));
    }

    static Population homed(String id, double lat, double lon, double rps, String zoneId, String homeRegionId) {
        return new Population(id, id, new GeoPoint(lat, lon), rps, 0.9, zoneId, homeRegionId, List.of());
    }

    static RouteWeight share(String regionId, double share) {
        return new RouteWeight(regionId, share);
    }
}
