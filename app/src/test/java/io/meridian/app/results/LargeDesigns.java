package io.meridian.app.results;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.FailureScenario;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The model module's LargeDesign (its test classes are not on this module's path), trimmed: regions over three
 * providers with six service tiers and four databases each, populations routed by weights or home region. The
 * same seed always gives the same design; 30 regions and 50 populations is the size the results must render
 * without a freeze.
 */
final class LargeDesigns {
    private LargeDesigns() {
    }

    static Topology of(int regionCount, int populationCount, long seed) {
        Random random = new Random(seed);
        Provider[] providers = {Provider.AWS, Provider.GCP, Provider.AZURE};
        List<Region> regions = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < regionCount; i++) {
            String id = "r" + i;
            regions.add(new Region(id, null, id, providers[i % providers.length],
                    new GeoPoint(-50 + 110 * random.nextDouble(), -180 + 360 * random.nextDouble()), "", 0.9995, 4,
                    3));
            for (int t = 0; t < 6; t++) {
                components.add(new Component(id + "-tier" + t, id + "-tier" + t, id, 5 + random.nextInt(60), 0.096,
                        Reliability.ofSla(0.999), new ComponentSpec.Service(50 + random.nextInt(200), 0.8)));
            }
            for (int d = 0; d < 4; d++) {
                components.add(new Component(id + "-db" + d, id + "-db" + d, id, 1, 0.5, Reliability.ofSla(0.9995),
                        new ComponentSpec.Database("postgresql", DatabaseRole.PRIMARY, 5000, 1, 30)));
            }
        }
        List<Population> populations = new ArrayList<>();
        for (int p = 0; p < populationCount; p++) {
            GeoPoint at = new GeoPoint(-50 + 110 * random.nextDouble(), -180 + 360 * random.nextDouble());
            double rps = 500 + random.nextInt(5000);
            List<RouteWeight> weights = List.of();
            String home = null;
            if (p % 2 == 0) {
                int a = random.nextInt(regionCount);
                int b = (a + 1 + random.nextInt(regionCount - 1)) % regionCount;
                weights = List.of(new RouteWeight("r" + a, 0.6), new RouteWeight("r" + b, 0.4));
            } else {
                home = "r" + random.nextInt(regionCount);
            }
            populations.add(new Population("p" + p, "p" + p, at, rps, 0.9, null, home, weights));
        }
        List<FailureScenario> scenarios = List.of(
                new FailureScenario("first-two", "r0 and r1", List.of("r0", "r1"), List.of()));
        return new Topology(regions, components, List.of(), List.of(), null, populations, List.of(), null, null,
                List.of(), scenarios);
    }
}
