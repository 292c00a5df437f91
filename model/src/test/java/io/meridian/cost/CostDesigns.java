package io.meridian.cost;

import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;

/** Small builders for the cost tests; prices and rates are given explicitly so the expected numbers are by hand. */
final class CostDesigns {
    private CostDesigns() {
    }

    static Region region(String id, Provider provider) {
        return new Region(id, null, id, provider, new GeoPoint(40, -75), "US", 0.9995, 4, 3);
    }

    /** A catalogue region at its coordinates, e.g. {@code aws:sa-east-1} (its code decides its source prices). */
    static Region catalogRegion(String id, String catalogId, Provider provider, double lat, double lon, int zones) {
        return new Region(id, catalogId, id, provider, new GeoPoint(lat, lon), "", 0.9995, 4, zones);
    }

    /** Users served by their home region, sending {@code responseBytes} back per request (null: unstated). */
    static Population users(String id, double requestsPerSecond, double readFraction, String homeRegionId,
                            Double responseBytes) {
        return new Population(id, id, new GeoPoint(40, -75), requestsPerSecond, readFraction, null, homeRegionId,
                List.of(), null, null, responseBytes);
    }

    static Component objectStore(String id, String regionId, double storedGb, double writtenGbPerMonth) {
        return new Component(id, id, regionId, 1, 0, Reliability.ofSla(0.9999),
                new ComponentSpec.ObjectStore(storedGb, writtenGbPerMonth));
    }

    static Topology withPopulations(Topology t, Population... populations) {
        Topology out = t;
        for (Population p : populations) {
            out = out.withPopulation(p);
        }
        return out;
    }

    static Component service(String id, String name, String regionId, int instances, double hourlyPrice) {
        return new Component(id, name, regionId, instances, hourlyPrice, Reliability.ofSla(0.999),
                new ComponentSpec.Service(200, 0.7));
    }

    static Component database(String id, String regionId, DatabaseRole role, int instances, double hourlyPrice) {
        return new Component(id, id, regionId, instances, hourlyPrice, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }

    static Component cache(String id, String regionId, int instances, double hourlyPrice) {
        return new Component(id, id, regionId, instances, hourlyPrice, Reliability.ofSla(0.999),
                new ComponentSpec.Cache("redis"));
    }

    static Component objectStore(String id, String regionId, double storedGb) {
        return new Component(id, id, regionId, 1, 0, Reliability.ofSla(0.9999), new ComponentSpec.ObjectStore(storedGb));
    }

    static Component loadBalancer(String id, String regionId, double hourlyPrice) {
        return new Component(id, id, regionId, 1, hourlyPrice, Reliability.ofSla(0.9999),
                new ComponentSpec.LoadBalancer());
    }

    static Dataset dataset(String id, WriteStrategy strategy, double writesPerSecond, double recordBytes,
                           String... copies) {
        return new Dataset(id, id, strategy, strategy == WriteStrategy.MULTI_PRIMARY ? ConflictResolution.LWW
                : ConflictResolution.NONE, writesPerSecond, recordBytes, false, null, List.of(copies), 0);
    }

    static Link async(String from, String to) {
        return Link.replication(from + ".to." + to, from, to, ReplicationMode.ASYNC);
    }

    static GlobalRouting routing(double monthlyPrice) {
        return new GlobalRouting(RoutingKind.LATENCY_DNS, 60, 10, 3, 0, 0, 0, Reliability.ofSla(0.9999),
                monthlyPrice);
    }

    static Topology topology(List<Region> regions, List<Component> components, List<Link> links,
                             List<Dataset> datasets) {
        return new Topology(regions, components, links, datasets, null, List.of(), List.of(), null,
                Assumptions.DEFAULTS);
    }

    static Topology withDowntimeCost(Topology t, double perHour) {
        return t.withAssumptions(t.assumptions().withDowntimeCostPerHour(perHour));
    }

    /** Three AWS regions, one database each: a primary in a and replicas in b and c. */
    static List<Region> threeAws() {
        return List.of(region("a", Provider.AWS), region("b", Provider.AWS), region("c", Provider.AWS));
    }
}
