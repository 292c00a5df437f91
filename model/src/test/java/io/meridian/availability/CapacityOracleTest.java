package io.meridian.availability;

import static io.meridian.availability.Designs.dataset;
import static io.meridian.availability.Designs.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.recovery.FailoverTimings;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An independent oracle for the served-share rule, written from the rule's statement and nothing of the engine:
 * every up/down combination of providers, regions, zones and single instances is enumerated, and in each state
 * every population gets its served share σ. The rule: the regions whose serving chain is broken form D; when D is
 * empty, one region, or exactly one provider's regions (a state the capacity engine judges), the load is routed
 * around D (collapsing tiers above 100% take their region down in turn, and their load moves on), and population
 * i is served Σ_x w_x × s_x over the regions X it is routed to that stay up (weights normalised over X; X empty:
 * 0), where s_x is the smallest share of x's service tiers: min(1, instances up × capacity / load) for one that
 * sheds, 1 or 0 for one that collapses, min(1, scaled instances × capacity / load) for one that autoscales. In any
 * other state σ is 1 when some region it may use has its chain whole, else 0. Writes: σ when every dataset it
 * writes has a writable copy. Read availability = E[σ], write availability = E[σ × writable]; the engine must
 * agree to 1e-12 on random small designs.
 *
 * <p>Request paths: a region's chain is what its entries reach over hard dependencies, the entries being its load
 * balancers, else its services no dependency points to; a batch worker off the path neither breaks the chain nor
 * limits the served share. Zones: a region with fewer than 2 zones has no zone bits (its zone is the region), each
 * region's zones are up with its own zone availability, and a zone-redundant database's instances count whatever
 * the zones.
 */
class CapacityOracleTest {
    private static final Provider[] PROVIDERS = {Provider.AWS, Provider.GCP};
    private static final WriteStrategy[] STRATEGIES = {WriteStrategy.MULTI_PRIMARY, WriteStrategy.MAJORITY_QUORUM,
            WriteStrategy.TWO_PHASE_COMMIT};

    @Test
    void theEngineAgreesWithEveryStateEnumerated() {
        Random random = new Random(2024);
        int checked = 0;
        for (int d = 0; checked < 40 && d < 2000; d++) {
            Topology t = randomDesign(random);
            CapacityOracle oracle = new CapacityOracle(t);
            if (oracle.bits > 20 || t.components().stream().noneMatch(c -> c.kind() == ComponentKind.SERVICE)) {
                continue;
            }
            double[][] expected = oracle.availability();
            AvailabilityReport report = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0));
            for (int i = 0; i < t.populations().size(); i++) {
                PopulationAvailability p = report.populations().get(i);
                assertThat(p.staticAvailability().read().value()).as("design %d, population %d, read", d, i)
                        .isCloseTo(expected[0][i], within(1e-12));
                assertThat(p.staticAvailability().write().value()).as("design %d, population %d, write", d, i)
                        .isCloseTo(expected[1][i], within(1e-12));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(40);
    }

    static Topology randomDesign(Random random) {
        Topology t = Topology.EMPTY;
        int regions = 2 + random.nextInt(2);
        List<String> dbs = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            String id = "r" + r;
            t = t.withRegion(region(id, PROVIDERS[random.nextInt(2)], 0.9 + 0.09 * random.nextDouble(),
                    -50 + 100 * random.nextDouble(), -180 + 360 * random.nextDouble(), random.nextInt(3))
                    .withZoneAvailability(0.95 + 0.0499 * random.nextDouble()));
            if (random.nextDouble() < 0.85) {
                int instances = 1 + random.nextInt(3);
                OverloadBehaviour overload = random.nextDouble() < 0.3 ? OverloadBehaviour.COLLAPSE
                        : OverloadBehaviour.SHED;
                Integer max = random.nextDouble() < 0.25 ? instances + random.nextInt(3) : null;
                t = t.withComponent(new Component("api-" + id, "api", id, instances, 0.1,
                        Reliability.ofSla(0.8 + 0.19 * random.nextDouble()),
                        new ComponentSpec.Service(60 + random.nextInt(200), 0.5 + 0.5 * random.nextDouble(),
                                overload, max, 5)));
                if (random.nextDouble() < 0.6) {
                    String db = "db-" + id;
                    t = t.withComponent(new Component(db, db, id, 1, 0.5,
                                    Reliability.ofSla(0.9 + 0.09 * random.nextDouble()),
                                    new ComponentSpec.Database("postgresql", dbs.isEmpty() ? DatabaseRole.PRIMARY
                                            : DatabaseRole.REPLICA, 5000, 1, 30), null, random.nextDouble() < 0.3))
                            .withLink(Link.dependency("dep-" + id, "api-" + id, db));
                    dbs.add(db);
                }
                if (random.nextDouble() < 0.4) {
                    t = t.withComponent(new Component("lb-" + id, "lb", id, 1, 0.02,
                                    Reliability.ofSla(0.95 + 0.049 * random.nextDouble()),
                                    new ComponentSpec.LoadBalancer()))
                            .withLink(Link.dependency("lb-dep-" + id, "lb-" + id, "api-" + id));
                }
                if (random.nextDouble() < 0.4) {
                    // A batch worker: unreliable and easily overloaded, so it shows whenever it is counted.
                    t = t.withComponent(new Component("worker-" + id, "worker", id, 1, 0.1,
                            Reliability.ofSla(0.5 + 0.4 * random.nextDouble()), new ComponentSpec.Service(20, 0.7,
                            random.nextBoolean() ? OverloadBehaviour.COLLAPSE : OverloadBehaviour.SHED, null, 5)));
                    if (random.nextBoolean()) {
                        // Called over a soft dependency: degrades requests, never fails them.
                        t = t.withLink(new Link("soft-" + id, io.meridian.model.LinkKind.DEPENDENCY, "api-" + id,
                                "worker-" + id, false, null, 0, null, null));
                    }
                }
            }
        }
        if (!dbs.isEmpty()) {
            t = t.withDataset(dataset("data", STRATEGIES[random.nextInt(STRATEGIES.length)],
                    dbs.toArray(String[]::new)));
        }
        for (Provider p : PROVIDERS) {
            t = t.withProviderProfile(new ProviderProfile(p, 0.95 + 0.049 * random.nextDouble(), 4));
        }
        int populations = 1 + random.nextInt(2);
        for (int p = 0; p < populations; p++) {
            List<RouteWeight> weights = new ArrayList<>();
            double[] raw = new double[t.regions().size()];
            double sum = 0;
            for (int r = 0; r < raw.length; r++) {
                raw[r] = 0.1 + random.nextDouble();
                sum += raw[r];
            }
            for (int r = 0; r < raw.length; r++) {
                weights.add(new RouteWeight(t.regions().get(r).id(), raw[r] / sum));
            }
            t = t.withPopulation(new Population("p" + p, "p" + p, new GeoPoint(0, 0), 50 + random.nextInt(400),
                    random.nextDouble(), null, null, weights));
        }
        return t;
    }

}
