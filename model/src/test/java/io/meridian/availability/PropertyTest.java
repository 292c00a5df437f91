package io.meridian.availability;

import io.meridian.recovery.FailoverTimings;
import static io.meridian.availability.Designs.database;
import static io.meridian.availability.Designs.dataset;
import static io.meridian.availability.Designs.region;
import static io.meridian.availability.Designs.routing;
import static io.meridian.availability.Designs.service;
import static io.meridian.availability.Designs.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Component;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over randomized designs (fixed seed, so a failure names a reproducible design number). */
class PropertyTest {
    private static final int DESIGNS = 80;
    private static final Provider[] PROVIDERS = {Provider.AWS, Provider.GCP, Provider.AZURE};
    private static final WriteStrategy[] STRATEGIES = {WriteStrategy.SINGLE_PRIMARY, WriteStrategy.MULTI_PRIMARY,
            WriteStrategy.MAJORITY_QUORUM, WriteStrategy.TWO_PHASE_COMMIT};

    @Test
    void addingARedundantRegionNeverLowersStaticAvailability() {
        Random random = new Random(42);
        for (int d = 0; d < DESIGNS; d++) {
            // Redundancy, not capacity: a new region also moves load (and what each pool must carry when a region is
            // lost), so its tiers are given room enough never to shed.
            Topology t = ample(randomDesign(random));
            Topology more = withCopyOfARegion(t, random);
            AvailabilityReport before = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(30));
            AvailabilityReport after = AvailabilityEngine.evaluate(more, FailoverTimings.uniform(30));
            for (int i = 0; i < before.populations().size(); i++) {
                double a = before.populations().get(i).staticAvailability().requestWeighted().value();
                double b = after.populations().get(i).staticAvailability().requestWeighted().value();
                assertThat(b).as("design %d, population %d", d, i).isGreaterThanOrEqualTo(a - 1e-12);
            }
        }
    }

    @Test
    void failoverTimeNeverRaisesAvailabilityAndZeroTimeCostsNothing() {
        Random random = new Random(7);
        for (int d = 0; d < DESIGNS; d++) {
            Topology t = randomDesign(random);
            AvailabilityReport r = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(5 + random.nextInt(300)));
            assertThat(r.overallWithFailover().value()).as("design %d", d)
                    .isLessThanOrEqualTo(r.overall().value());
            for (PopulationAvailability p : r.populations()) {
                assertThat(p.withFailover().read().value()).isLessThanOrEqualTo(p.staticAvailability().read().value());
                assertThat(p.withFailover().write().value())
                        .isLessThanOrEqualTo(p.staticAvailability().write().value());
                assertThat(p.staticAvailability().write().value())
                        .as("writes need a serving region too").isLessThanOrEqualTo(p.staticAvailability().read().value());
            }
            AvailabilityReport instant = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0));
            assertThat(instant.overallWithFailover().value()).isEqualTo(instant.overall().value());
        }
    }

    static Topology randomDesign(Random random) {
        Topology t = Topology.EMPTY;
        int regions = 1 + random.nextInt(3);
        List<String> dbs = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            String id = "r" + r;
            t = t.withRegion(region(id, PROVIDERS[random.nextInt(3)], 0.99 + 0.0099 * random.nextDouble(),
                    -50 + 100 * random.nextDouble(), -180 + 360 * random.nextDouble(), random.nextInt(4)));
            if (random.nextDouble() < 0.8) {
                t = t.withComponent(service("api-" + id, id, 1 + random.nextInt(4),
                        0.95 + 0.049 * random.nextDouble(), 100 + random.nextInt(300)));
                if (random.nextDouble() < 0.6) {
                    String db = "db-" + id;
                    t = t.withComponent(database(db, id, dbs.isEmpty() ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA,
                            0.99 + 0.0099 * random.nextDouble()))
                            .withLink(Link.dependency("dep-" + id, "api-" + id, db));
                    dbs.add(db);
                }
            }
        }
        if (!dbs.isEmpty()) {
            t = t.withDataset(dataset("data", STRATEGIES[random.nextInt(STRATEGIES.length)],
                    dbs.toArray(String[]::new)));
        }
        if (random.nextBoolean()) {
            t = t.withRouting(routing(0.999 + 0.001 * random.nextDouble()));
        }
        if (regions > 1 && random.nextBoolean()) {
            t = t.withZone(new ResidencyZone("zone", "zone", List.of("r0", "r1")));
        }
        int populations = 1 + random.nextInt(3);
        for (int p = 0; p < populations; p++) {
            String zone = p == 0 && t.zone("zone").isPresent() ? "zone" : null;
            t = t.withPopulation(users("p" + p, -50 + 100 * random.nextDouble(), -180 + 360 * random.nextDouble(),
                    50 + random.nextInt(450), random.nextDouble(), zone));
        }
        return t;
    }

    /** The same design with every service able to carry 1,000 times its capacity. */
    static Topology ample(Topology t) {
        for (Component c : t.components()) {
            if (c.spec() instanceof io.meridian.model.ComponentSpec.Service s) {
                t = t.withComponent(c.withSpec(new io.meridian.model.ComponentSpec.Service(
                        1000 * s.capacityPerInstanceRps(), s.targetUtilization())));
            }
        }
        return t;
    }

    /** A new region, possibly of another provider, running copies of a random existing region's components. */
    static Topology withCopyOfARegion(Topology t, Random random) {
        Region model = t.regions().get(random.nextInt(t.regions().size()));
        Topology more = t.withRegion(region("extra", PROVIDERS[random.nextInt(3)], model.availability(),
                -50 + 100 * random.nextDouble(), -180 + 360 * random.nextDouble(), model.zones()));
        for (Component c : t.componentsIn(model.id())) {
            more = more.withComponent(new Component(c.id() + "-x", c.name(), "extra", c.instances(),
                    c.hourlyPrice(), c.reliability(), c.spec()));
        }
        for (Link l : t.links()) {
            if (more.component(l.from() + "-x").isPresent() && more.component(l.to() + "-x").isPresent()) {
                more = more.withLink(Link.dependency(l.id() + "-x", l.from() + "-x", l.to() + "-x"));
            }
        }
        return more;
    }
}
