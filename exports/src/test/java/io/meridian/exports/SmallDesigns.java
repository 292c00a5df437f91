package io.meridian.exports;

import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** Designs small enough to work their figures out by hand in a test. */
final class SmallDesigns {
    private SmallDesigns() {
    }

    /** One region of the given availability (aws:us-east-1's place), its API instances at {@code api}. */
    static Design oneRegion(double regionAvailability, double api) {
        Region r = new Region("r0", "aws:us-east-1", "US East", io.meridian.model.Provider.AWS,
                new GeoPoint(38.9, -77.4), "US", regionAvailability, 4, 3);
        Component lb = new Component("lb-r0", "LB", "r0", 1, 0.0225, new Reliability(0.9999, null, null),
                new ComponentSpec.LoadBalancer());
        Component apiTier = new Component("api-r0", "API", "r0", 2, 0.096, new Reliability(api, null, null),
                new ComponentSpec.Service(200, 0.7));
        Topology t = new Topology(List.of(r), List.of(lb, apiTier), List.of(Link.dependency("lb.api", "lb-r0",
                "api-r0")), List.of(), null, List.of(new Population("users", "Users", new GeoPoint(40, -75), 100, 0.9,
                null, null, List.of())), List.of(), new Objectives(0.999, null, null, null, null, null,
                SurviveLoss.NONE), Assumptions.DEFAULTS);
        return Design.of("One region", t);
    }

    /**
     * AWS regions from the catalogue, each with a load balancer and an API tier of 2 instances × 200 req/s (400 req/s),
     * target 70%, and one population of {@code rps} beside it.
     */
    static Design apiIn(double rps, String... catalogIds) {
        RegionCatalog catalog = RegionCatalog.builtin();
        List<Region> regions = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Population> populations = new ArrayList<>();
        for (int i = 0; i < catalogIds.length; i++) {
            String id = "r" + i;
            Region r = catalog.require(catalogIds[i]).toRegion(id);
            regions.add(r);
            components.add(new Component("lb-" + id, "LB", id, 1, 0.0225, new Reliability(0.9999, null, null),
                    new ComponentSpec.LoadBalancer()));
            components.add(new Component("api-" + id, "API", id, 2, 0.096, new Reliability(0.999, null, null),
                    new ComponentSpec.Service(200, 0.7)));
            links.add(Link.dependency("lb-" + id + ".api", "lb-" + id, "api-" + id));
            populations.add(new Population("users-" + id, "Users " + i, new GeoPoint(r.location().lat() + 1,
                    r.location().lon() + 1), rps, 0.9, null, null, List.of()));
        }
        Topology t = new Topology(regions, components, links, List.of(), null, populations, List.of(),
                new Objectives(0.999, null, null, null, null, null, SurviveLoss.NONE), Assumptions.DEFAULTS);
        return Design.of("API in " + catalogIds.length + " regions", t);
    }
}
