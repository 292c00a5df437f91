package io.meridian.capacity;

import static io.meridian.capacity.CapacityDesigns.database;
import static io.meridian.capacity.CapacityDesigns.region;
import static io.meridian.capacity.CapacityDesigns.tier;

import io.meridian.model.Component;
import io.meridian.model.FailureScenario;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random design of the size the engine must handle quickly: regions over three providers, ten components
 * per region (six service tiers), populations routed by weights, home region or distance, some inside a
 * residency zone, and a few user scenarios. The same seed always gives the same design.
 */
public final class LargeDesign {
    private LargeDesign() {
    }

    public static Topology of(int regionCount, int populationCount, long seed) {
        Random random = new Random(seed);
        Provider[] providers = {Provider.AWS, Provider.GCP, Provider.AZURE};
        List<Region> regions = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < regionCount; i++) {
            String id = "r" + i;
            regions.add(region(id, providers[i % providers.length], -50 + 110 * random.nextDouble(),
                    -180 + 360 * random.nextDouble()));
            for (int t = 0; t < 6; t++) {
                components.add(tier(id + "-tier" + t, id, 5 + random.nextInt(60), 50 + random.nextInt(200), 0.8));
            }
            for (int d = 0; d < 4; d++) {
                components.add(database(id + "-db" + d, id));
            }
        }
        List<ResidencyZone> zones = List.of(new ResidencyZone("zone-a", "A", List.of("r0", "r1", "r2")),
                new ResidencyZone("zone-b", "B", List.of("r3")));
        List<Population> populations = new ArrayList<>();
        for (int p = 0; p < populationCount; p++) {
            GeoPoint at = new GeoPoint(-50 + 110 * random.nextDouble(), -180 + 360 * random.nextDouble());
            double rps = 500 + random.nextInt(5000);
            String zone = p % 10 == 0 ? "zone-a" : p % 10 == 5 ? "zone-b" : null;
            List<RouteWeight> weights = List.of();
            String home = null;
            if (zone == null && p % 3 == 0) {
                int a = random.nextInt(regionCount);
                int b = (a + 1 + random.nextInt(regionCount - 1)) % regionCount;
                weights = List.of(new RouteWeight("r" + a, 0.6), new RouteWeight("r" + b, 0.4));
            } else if (zone == null && p % 3 == 1) {
                home = "r" + random.nextInt(regionCount);
            }
            populations.add(new Population("p" + p, "p" + p, at, rps, 0.9, zone, home, weights));
        }
        List<FailureScenario> scenarios = List.of(
                new FailureScenario("first-two", "", List.of("r0", "r1"), List.of()),
                new FailureScenario("gcp-and-r0", "", List.of("r0"), List.of(Provider.GCP)));
        return new Topology(regions, components, List.of(), List.of(), null, populations, zones, null, null,
                List.of(), scenarios);
    }
}
