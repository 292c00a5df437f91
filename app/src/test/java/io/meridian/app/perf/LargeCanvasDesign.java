package io.meridian.app.perf;

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
import io.meridian.model.Topology;
import java.util.List;

/**
 * The canvas's worst case worth measuring: 30 custom regions (movable, so a drag moves a region) spread
 * over the continents, 10 components each (300 in all), dependency links inside every region, replication
 * from the first region's database to every other one, and one population near every third region.
 */
public final class LargeCanvasDesign {
    public static final int REGIONS = 30;
    public static final int COMPONENTS_PER_REGION = 10;

    private LargeCanvasDesign() {
    }

    public static Design of300Components() {
        double[][] places = {{38.9, -77.4}, {45.6, -122.7}, {53.3, -6.3}, {50.1, 8.7}, {1.35, 103.8},
            {35.7, 139.7}, {-33.9, 151.2}, {-23.5, -46.6}, {19.1, 72.9}, {43.7, -79.4}, {41.9, -87.6},
            {32.8, -96.8}, {34.0, -118.2}, {25.8, -80.2}, {48.9, 2.35}, {51.5, -0.1}, {59.3, 18.1},
            {40.4, -3.7}, {45.5, 9.2}, {52.2, 21.0}, {25.2, 55.3}, {-26.2, 28.0}, {37.6, 127.0},
            {22.3, 114.2}, {-6.2, 106.8}, {13.1, 80.3}, {-37.8, 145.0}, {19.4, -99.1}, {-33.4, -70.6},
            {64.1, -21.9}};
        Topology t = Topology.EMPTY;
        Provider[] providers = {Provider.AWS, Provider.GCP, Provider.AZURE};
        for (int r = 0; r < REGIONS; r++) {
            String id = "r" + r;
            t = t.withRegion(new Region(id, null, "Region " + r, providers[r % 3],
                    new GeoPoint(places[r][0], places[r][1]), "XX", 0.9995, 4, 3));
            t = t.withComponent(new Component("lb-" + id, "edge LB", id, 2, 0.0225, Reliability.ofSla(0.9999),
                    new ComponentSpec.LoadBalancer()));
            for (int s = 0; s < 6; s++) {
                t = t.withComponent(new Component("svc" + s + "-" + id, "service " + s, id, 6, 0.096,
                        Reliability.ofSla(0.999), new ComponentSpec.Service(400, 0.7)));
            }
            t = t.withComponent(new Component("db-" + id, "orders-db", id, 1, 0.48, Reliability.ofSla(0.9995),
                    new ComponentSpec.Database("postgresql", r == 0 ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA,
                            5000, 4, 30)));
            t = t.withComponent(new Component("cache-" + id, "sessions", id, 2, 0.206, Reliability.ofSla(0.999),
                    new ComponentSpec.Cache("redis")));
            t = t.withComponent(new Component("queue-" + id, "events", id, 1, 0.1, Reliability.ofSla(0.999),
                    new ComponentSpec.Queue("kafka", 24, 20_000, 1)));
            t = t.withLink(Link.dependency("lb." + id, "lb-" + id, "svc0-" + id))
                    .withLink(Link.dependency("db." + id, "svc0-" + id, "db-" + id))
                    .withLink(Link.dependency("cache." + id, "svc0-" + id, "cache-" + id));
            if (r > 0) {
                t = t.withLink(Link.replication("repl." + id, "db-r0", "db-" + id, ReplicationMode.ASYNC));
            }
            if (r % 3 == 0) {
                t = t.withPopulation(new Population("users-" + id, "Users " + r,
                        new GeoPoint(places[r][0] + 2, places[r][1] + 3), 2000 + 500 * r, 0.9, null, id, List.of()));
            }
        }
        return Design.of("300 components in 30 regions", t);
    }
}
