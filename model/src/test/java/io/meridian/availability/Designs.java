package io.meridian.availability;

import io.meridian.recovery.FailoverTimings;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;

/** Small builders for the availability tests' designs. */
final class Designs {
    private Designs() {
    }

    /** A region with no zone domain, repaired in 4 h. */
    static Region region(String id, Provider provider, double availability, double lat, double lon) {
        return new Region(id, null, id, provider, new GeoPoint(lat, lon), "", availability, 4, 0);
    }

    static Region region(String id, Provider provider, double availability, double lat, double lon, int zones) {
        return new Region(id, null, id, provider, new GeoPoint(lat, lon), "", availability, 4, zones);
    }

    static Component service(String id, String regionId, int instances, double availability,
                             double capacityPerInstanceRps) {
        return new Component(id, id, regionId, instances, 0.1, Reliability.ofSla(availability),
                new ComponentSpec.Service(capacityPerInstanceRps, 0.8));
    }

    /** A service without admission control: above 100% it collapses, its region serves nobody and may cascade. */
    static Component collapsing(String id, String regionId, int instances, double availability,
                                double capacityPerInstanceRps) {
        return new Component(id, id, regionId, instances, 0.1, Reliability.ofSla(availability),
                new ComponentSpec.Service(capacityPerInstanceRps, 0.8, OverloadBehaviour.COLLAPSE, null, 5));
    }

    /** A service that sheds and autoscales up to maxInstances after the warm-up. */
    static Component autoscaled(String id, String regionId, int instances, double availability,
                                double capacityPerInstanceRps, int maxInstances, double warmupMinutes) {
        return new Component(id, id, regionId, instances, 0.1, Reliability.ofSla(availability),
                new ComponentSpec.Service(capacityPerInstanceRps, 0.8, OverloadBehaviour.SHED, maxInstances,
                        warmupMinutes));
    }

    static Component database(String id, String regionId, DatabaseRole role, double availability) {
        return new Component(id, id, regionId, 1, 0.5, Reliability.ofSla(availability),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }

    static Component loadBalancer(String id, String regionId, double availability) {
        return new Component(id, id, regionId, 1, 0.02, Reliability.ofSla(availability),
                new ComponentSpec.LoadBalancer());
    }

    static Dataset dataset(String id, WriteStrategy strategy, String... copies) {
        return new Dataset(id, id, strategy, ConflictResolution.NONE, 100, 1000, false, null, List.of(copies), 0);
    }

    static Population users(String id, double lat, double lon, double rps, double readFraction, String zoneId) {
        return new Population(id, id, new GeoPoint(lat, lon), rps, readFraction, zoneId, null, List.of());
    }

    static GlobalRouting routing(double availability) {
        return new GlobalRouting(RoutingKind.LATENCY_DNS, 60, 10, 3, 0, 0, 0, Reliability.ofSla(availability), 0);
    }

    /** Makes providers never fail, to isolate the regions (the seeds' arithmetic ignores provider events). */
    static Topology perfectProviders(Topology t) {
        for (Provider p : Provider.values()) {
            t = t.withProviderProfile(new ProviderProfile(p, 1.0, 4));
        }
        return t;
    }

    static AvailabilityReport evaluate(Topology t, double failoverSeconds) {
        return AvailabilityEngine.evaluate(t, FailoverTimings.uniform(failoverSeconds));
    }

    static PopulationAvailability population(AvailabilityReport r, String id) {
        return r.populations().stream().filter(p -> p.populationId().equals(id)).findFirst().orElseThrow();
    }
}
