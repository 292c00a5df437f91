package io.meridian.recovery;

import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ConflictResolution;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Objectives;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;

/**
 * Builders for the recovery and consistency tests. Region coordinates are the catalogue's; RTTs between regions are
 * pinned with network links (above every floor) so that expected lags can be worked out by hand.
 */
public final class RecoveryDesigns {
    private RecoveryDesigns() {
    }

    public static final Region USE1 = region("use1", 39.0458, -77.4874);
    public static final Region USW2 = region("usw2", 45.5152, -122.6784);
    public static final Region EUW1 = region("euw1", 53.3498, -6.2603);
    public static final Region APSE1 = region("apse1", 1.3521, 103.8198);
    public static final Region USC1 = new Region("usc1", null, "usc1", Provider.GCP, new GeoPoint(41.2619, -95.8608),
            "US", 0.9995, 4, 4);

    public static Region region(String id, double lat, double lon) {
        return new Region(id, null, id, Provider.AWS, new GeoPoint(lat, lon), "", 0.9995, 4, 3);
    }

    public static Component service(String id, String regionId) {
        return new Component(id, id, regionId, 50, 0.096, Reliability.ofSla(0.995),
                new ComponentSpec.Service(200, 0.7));
    }

    public static Component database(String id, String regionId, DatabaseRole role, double applyRatePerWorker,
                                     int workers, double promoteSeconds) {
        return new Component(id, id, regionId, 1, 0.48, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("mysql", role, applyRatePerWorker, workers, promoteSeconds));
    }

    public static Component cache(String id, String regionId) {
        return new Component(id, id, regionId, 2, 0.206, Reliability.ofSla(0.999), new ComponentSpec.Cache("redis"));
    }

    public static Component queue(String id, String regionId, double retentionHours, double throughputRps,
                                  double consumerLagSeconds) {
        return new Component(id, id, regionId, 3, 0.2, Reliability.ofSla(0.999),
                new ComponentSpec.Queue("kafka", retentionHours, throughputRps, consumerLagSeconds));
    }

    public static Link replication(String from, String to, ReplicationMode mode) {
        return Link.replication("repl." + from + "." + to, from, to, mode);
    }

    public static Link cdc(String from, String to, String queueId) {
        return new Link("cdc." + from + "." + to, LinkKind.REPLICATION, from, to, false, ReplicationMode.CDC, 0,
                queueId, null);
    }

    public static Link rtt(Region a, Region b, double rttMs) {
        return Link.network("net." + a.id() + "." + b.id(), a.id(), b.id(), rttMs);
    }

    public static Dataset dataset(String id, WriteStrategy strategy, ConflictResolution conflict,
                                  double writesPerSecond, double recordBytes, boolean commutative,
                                  double mergeRatePerSecond, String... copies) {
        return new Dataset(id, id, strategy, conflict, writesPerSecond, recordBytes, commutative, null,
                List.of(copies), mergeRatePerSecond);
    }

    public static GlobalRouting dns(double ttl, double interval, int threshold, double tailShare, double tailSeconds) {
        return new GlobalRouting(RoutingKind.LATENCY_DNS, ttl, interval, threshold, 0, tailShare, tailSeconds,
                Reliability.ofSla(1), 50);
    }

    public static GlobalRouting anycast(double convergence, double interval, int threshold) {
        return new GlobalRouting(RoutingKind.ANYCAST, 0, interval, threshold, convergence, 0, 0,
                Reliability.ofSla(1), 50);
    }

    public static Topology topology(List<Region> regions, List<Component> components, List<Link> links,
                                    List<Dataset> datasets, GlobalRouting routing) {
        return topology(regions, components, links, datasets, routing, Assumptions.DEFAULTS);
    }

    public static Topology topology(List<Region> regions, List<Component> components, List<Link> links,
                                    List<Dataset> datasets, GlobalRouting routing, Assumptions assumptions) {
        return new Topology(regions, components, links, datasets, routing, List.of(), List.of(), Objectives.NONE,
                assumptions);
    }

    /**
     * The two-region active-active template (seed 000): MySQL primary in us-east-1 (5,000 writes/s single-threaded
     * apply, 30 s promote) with an async replica in us-west-2, Redis sessions written in both regions, Route 53
     * latency DNS with a 60 s TTL and health checks every 10 s × 3 failures; us-east-1 ↔ us-west-2 pinned at 70 ms.
     */
    public static Topology twoRegionSeed(GlobalRouting routing) {
        return topology(List.of(USE1, USW2),
                List.of(service("api-use1", "use1"), service("api-usw2", "usw2"),
                        database("db-use1", "use1", DatabaseRole.PRIMARY, 5000, 1, 30),
                        database("db-usw2", "usw2", DatabaseRole.REPLICA, 5000, 1, 30),
                        cache("cache-use1", "use1"), cache("cache-usw2", "usw2")),
                List.of(replication("db-use1", "db-usw2", ReplicationMode.ASYNC),
                        replication("cache-use1", "cache-usw2", ReplicationMode.ASYNC),
                        replication("cache-usw2", "cache-use1", ReplicationMode.ASYNC),
                        rtt(USE1, USW2, 70)),
                List.of(dataset("orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 1050, 1024, false, 0,
                                "db-use1", "db-usw2"),
                        dataset("sessions", WriteStrategy.MULTI_PRIMARY, ConflictResolution.LWW, 500, 512, false, 0,
                                "cache-use1", "cache-usw2")),
                routing);
    }

    public static Topology twoRegionSeed() {
        return twoRegionSeed(dns(60, 10, 3, 0, 0));
    }
}
