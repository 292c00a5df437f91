package io.meridian.app;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.List;

/** Designs built in code, so the UI tests do not depend on the templates or the file reader. */
public final class SampleDesigns {
    private SampleDesigns() {
    }

    /** Active-active across Virginia and Dublin, EU data pinned to the EU by a residency zone. */
    public static Design twoRegions() {
        Topology t = Topology.EMPTY
                .withRegion(region("use1", "aws:us-east-1", "US East (N. Virginia)", Provider.AWS, 38.91, -77.04))
                .withRegion(region("euw1", "aws:eu-west-1", "Europe (Ireland)", Provider.AWS, 53.35, -6.26))
                .withRegion(region("euc1", "aws:eu-central-1", "Europe (Frankfurt)", Provider.AWS, 50.11, 8.68))
                .withComponent(service("api-use1", "api", "use1", 50))
                .withComponent(database("db-use1", "orders-db", "use1", DatabaseRole.PRIMARY))
                .withComponent(service("api-euw1", "api", "euw1", 50))
                .withComponent(database("db-euw1", "orders-db", "euw1", DatabaseRole.REPLICA))
                .withComponent(new Component("cache-euw1", "sessions", "euw1", 3, 0.1, Reliability.ofSla(0.999),
                        new ComponentSpec.Cache("redis")))
                .withComponent(database("db-euc1", "eu-witness", "euc1", DatabaseRole.WITNESS))
                .withLink(Link.dependency("d1", "api-use1", "db-use1"))
                .withLink(Link.dependency("d2", "api-euw1", "db-euw1"))
                .withLink(Link.replication("r1", "db-use1", "db-euw1", ReplicationMode.ASYNC))
                .withLink(Link.replication("r2", "db-euw1", "db-euc1", ReplicationMode.SYNC))
                .withZone(new ResidencyZone("eu", "EU (GDPR)", List.of("euw1", "euc1")))
                .withPopulation(new Population("us-users", "US users", new GeoPoint(39.0, -95.0), 6000, 0.9,
                        null, "use1", List.of()))
                .withPopulation(new Population("eu-users", "EU users", new GeoPoint(48.86, 2.35), 4000, 0.8,
                        "eu", "euw1", List.of()));
        return Design.of("Two-region active-active", t);
    }

    static Region region(String id, String catalogId, String name, Provider p, double lat, double lon) {
        return new Region(id, catalogId, name, p, new GeoPoint(lat, lon), "", 0.9995, 4, 3);
    }

    private static Component service(String id, String name, String region, int instances) {
        return new Component(id, name, region, instances, 0.096, Reliability.ofSla(0.999),
                new ComponentSpec.Service(400, 0.7));
    }

    private static Component database(String id, String name, String region, DatabaseRole role) {
        return new Component(id, name, region, 1, 0.5, Reliability.ofSla(0.9995),
                new ComponentSpec.Database("postgresql", role, 5000, 1, 30));
    }
}
