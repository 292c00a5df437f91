package io.meridian.exports;

import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Reliability;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.model.ConflictResolution;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;

/** A design of a given size, built in code: regions around the world, each with services, a database and a cache. */
final class LargeDesigns {
    private LargeDesigns() {
    }

    /** 10 regions × 30 components = 300 components: 27 service tiers, one load balancer, one database, one cache. */
    static Design of300Components() {
        int regions = 10;
        double[][] places = {{38.9, -77.4}, {45.6, -122.7}, {53.3, -6.3}, {50.1, 8.7}, {1.35, 103.8},
            {35.7, 139.7}, {-33.9, 151.2}, {-23.5, -46.6}, {19.1, 72.9}, {43.7, -79.4}};
        List<Region> rs = new ArrayList<>();
        List<Component> cs = new ArrayList<>();
        List<Link> ls = new ArrayList<>();
        List<Population> ps = new ArrayList<>();
        List<String> dbs = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            String id = "r" + r;
            rs.add(new Region(id, null, "Region " + r, Provider.AWS, new GeoPoint(places[r][0], places[r][1]), "XX",
                    0.9995, 4, 3));
            cs.add(new Component("lb-" + id, "LB " + r, id, 1, 0.0225, new Reliability(0.9999, null, null),
                    new ComponentSpec.LoadBalancer()));
            for (int s = 0; s < 27; s++) {
                cs.add(new Component("svc" + s + "-" + id, "service " + s, id, 10, 0.096,
                        new Reliability(0.995, null, null), new ComponentSpec.Service(200, 0.7)));
                if (s == 0) {
                    ls.add(Link.dependency("lb-" + id + ".svc0", "lb-" + id, "svc0-" + id));
                }
            }
            cs.add(new Component("db-" + id, "database " + r, id, 1, 0.48, new Reliability(0.9995, null, null),
                    new ComponentSpec.Database("postgresql", r == 0 ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA,
                            5000, 4, 30)));
            cs.add(new Component("cache-" + id, "cache " + r, id, 2, 0.206, new Reliability(0.999, null, null),
                    new ComponentSpec.Cache("redis")));
            ls.add(Link.dependency("svc0-" + id + ".db", "svc0-" + id, "db-" + id));
            if (r > 0) {
                ls.add(Link.replication("repl.r0." + id, "db-r0", "db-" + id, ReplicationMode.ASYNC));
            }
            dbs.add("db-" + id);
            ps.add(new Population("users-" + id, "Users " + r, new GeoPoint(places[r][0] + 1, places[r][1] + 1),
                    1000, 0.9, null, null, List.of()));
        }
        Dataset orders = new Dataset("orders", "Orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 500,
                1024, false, null, dbs, 0);
        Topology t = new Topology(rs, cs, ls, List.of(orders), null, ps, List.of(),
                new Objectives(0.9999, 60.0, 5.0, null, null, null, SurviveLoss.ANY_REGION), Assumptions.DEFAULTS);
        return Design.of("300 components in 10 regions", t);
    }

    /**
     * {@code n} AWS catalogue regions (in catalogue order, so real places and names), each with a load balancer,
     * an API tier and a database; one dataset whose primary is in the first region, replicated asynchronously to
     * every other region; one population beside each region; latency DNS. The 14- and 30-region reports of issue 14.
     */
    static Design ofRegions(int n) {
        io.meridian.catalog.RegionCatalog catalog = io.meridian.catalog.RegionCatalog.builtin();
        List<io.meridian.catalog.CatalogEntry> entries = catalog.byProvider(Provider.AWS);
        if (entries.size() < n) {
            entries = catalog.entries();
        }
        List<Region> rs = new ArrayList<>();
        List<Component> cs = new ArrayList<>();
        List<Link> ls = new ArrayList<>();
        List<Population> ps = new ArrayList<>();
        List<String> dbs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            io.meridian.catalog.CatalogEntry entry = entries.get(r);
            String id = "r" + r;
            Region region = entry.toRegion(id);
            rs.add(region);
            cs.add(new Component("lb-" + id, "Load balancer", id, 1, 0.0225, new Reliability(0.9999, null, null),
                    new ComponentSpec.LoadBalancer()));
            cs.add(new Component("api-" + id, "API", id, 6, 0.096, new Reliability(0.999, null, null),
                    new ComponentSpec.Service(200, 0.7)));
            cs.add(new Component("db-" + id, "Database", id, 1, 0.48, new Reliability(0.9995, null, null),
                    new ComponentSpec.Database("postgresql", r == 0 ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA,
                            5000, 4, 30)));
            ls.add(Link.dependency("lb-" + id + ".api", "lb-" + id, "api-" + id));
            ls.add(Link.dependency("api-" + id + ".db", "api-" + id, "db-" + id));
            if (r > 0) {
                ls.add(Link.replication("repl.r0." + id, "db-r0", "db-" + id, ReplicationMode.ASYNC));
            }
            dbs.add("db-" + id);
            ps.add(new Population("users-" + id, "Users near " + region.name(), new io.meridian.model.GeoPoint(
                    region.location().lat() + 1.5, region.location().lon() + 1.5), 500, 0.9, null, null, List.of()));
        }
        Dataset orders = new Dataset("orders", "Orders", WriteStrategy.SINGLE_PRIMARY, ConflictResolution.NONE, 200,
                1024, false, null, dbs, 0);
        io.meridian.model.GlobalRouting dns = new io.meridian.model.GlobalRouting(
                io.meridian.model.RoutingKind.LATENCY_DNS, 60, 10, 3, 0, 0.05, 300,
                io.meridian.model.Reliability.ofSla(0.9999), 50);
        Topology t = new Topology(rs, cs, ls, List.of(orders), dns, ps, List.of(),
                new Objectives(0.9999, 60.0, 5.0, null, null, null, SurviveLoss.ANY_REGION), Assumptions.DEFAULTS);
        return Design.of(n + "-region global API", t);
    }
}
