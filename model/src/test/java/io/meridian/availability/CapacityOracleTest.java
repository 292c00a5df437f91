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
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
            Oracle oracle = new Oracle(t);
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

    /** The brute force: one bit per provider, region, zone and instance. */
    static final class Oracle {
        final Topology t;
        final List<Region> regions;
        final List<Provider> providers = new ArrayList<>();
        final List<Component> components;
        final int bits;
        /** Per region: the components its serving chain needs (entries + their hard dependencies, transitively). */
        final List<List<Component>> chain = new ArrayList<>();
        /** Per component: instances needed for its chain (services: those that carry the normal load). */
        final int[] needed;

        Oracle(Topology t) {
            this.t = t;
            this.regions = t.regions();
            regions.forEach(r -> {
                if (!providers.contains(r.provider())) {
                    providers.add(r.provider());
                }
            });
            this.components = t.components();
            int b = providers.size() + regions.size();
            for (Region r : regions) {
                b += r.zones() >= 2 ? r.zones() : 0;
            }
            for (Component c : components) {
                b += c.instances();
            }
            this.bits = b;
            for (Region r : regions) {
                List<Component> here = components.stream().filter(c -> c.regionId().equals(r.id())).toList();
                List<Component> in = new ArrayList<>(here.stream()
                        .filter(c -> c.kind() == ComponentKind.LOAD_BALANCER).toList());
                if (in.isEmpty()) {
                    for (Component c : here) {
                        boolean called = t.links().stream().anyMatch(l -> l.to().equals(c.id()));
                        if (c.kind() == ComponentKind.SERVICE && !called) {
                            in.add(c);
                        }
                    }
                }
                // Follow hard dependencies until nothing new is added.
                for (int i = 0; i < in.size(); i++) {
                    for (Link l : t.links()) {
                        Component to = t.component(l.to()).orElse(null);
                        if (l.hard() && l.from().equals(in.get(i).id()) && to != null && !in.contains(to)) {
                            in.add(to);
                        }
                    }
                }
                chain.add(in);
            }
            double[] normal = loads(Set.of());
            needed = new int[components.size()];
            for (int k = 0; k < components.size(); k++) {
                Component c = components.get(k);
                needed[k] = 1;
                if (c.spec() instanceof ComponentSpec.Service s) {
                    double load = normal[regions.indexOf(t.region(c.regionId()).orElseThrow())];
                    needed[k] = Math.max(1, (int) Math.ceil(load / s.capacityPerInstanceRps() - 1e-9));
                    if (s.overload() == OverloadBehaviour.SHED) {
                        needed[k] = Math.min(needed[k], c.instances());
                    }
                }
            }
        }

        /** Routing shares of population p with these regions down: its weights renormalised over the rest. */
        double[] shares(Population p, Set<Integer> down) {
            double[] w = new double[regions.size()];
            double sum = 0;
            for (RouteWeight rw : p.weights()) {
                int x = index(rw.regionId());
                if (!down.contains(x)) {
                    w[x] = rw.share();
                    sum += rw.share();
                }
            }
            for (int x = 0; x < w.length; x++) {
                w[x] = sum > 0 ? w[x] / sum : 0;
            }
            return w;
        }

        double[] loads(Set<Integer> down) {
            double[] load = new double[regions.size()];
            for (Population p : t.populations()) {
                double[] w = shares(p, down);
                for (int x = 0; x < w.length; x++) {
                    load[x] += p.requestsPerSecond() * w[x];
                }
            }
            return load;
        }

        /** D plus every region whose collapsing tier runs above 100% of its instances, round by round. */
        Set<Integer> cascade(Set<Integer> down) {
            Set<Integer> now = new HashSet<>(down);
            while (true) {
                double[] load = loads(now);
                Set<Integer> more = new HashSet<>();
                for (Component c : components) {
                    int x = index(c.regionId());
                    if (!now.contains(x) && chain.get(x).contains(c) && c.spec() instanceof ComponentSpec.Service s
                            && s.overload() == OverloadBehaviour.COLLAPSE
                            && load[x] > c.instances() * s.capacityPerInstanceRps() * (1 + 1e-9)) {
                        more.add(x);
                    }
                }
                if (more.isEmpty()) {
                    return now;
                }
                now.addAll(more);
            }
        }

        int index(String regionId) {
            for (int x = 0; x < regions.size(); x++) {
                if (regions.get(x).id().equals(regionId)) {
                    return x;
                }
            }
            throw new IllegalArgumentException(regionId);
        }

        /** {read[], write[]} per population, summed over every state. */
        double[][] availability() {
            int n = t.populations().size();
            double[][] out = new double[2][n];
            Set<Integer> normalDown = cascade(Set.of());
            for (long state = 0; state < (1L << bits); state++) {
                int bit = 0;
                double p = 1;
                boolean[] providerUp = new boolean[providers.size()];
                for (int q = 0; q < providerUp.length; q++) {
                    double a = t.provider(providers.get(q)).availability();
                    providerUp[q] = (state >> bit++ & 1) == 1;
                    p *= providerUp[q] ? a : 1 - a;
                }
                boolean[] regionUp = new boolean[regions.size()];
                List<boolean[]> zoneUp = new ArrayList<>();
                for (int x = 0; x < regions.size(); x++) {
                    double a = regions.get(x).availability();
                    boolean own = (state >> bit++ & 1) == 1;
                    p *= own ? a : 1 - a;
                    regionUp[x] = own && providerUp[providers.indexOf(regions.get(x).provider())];
                    Region region = regions.get(x);
                    boolean[] z = new boolean[region.zones() >= 2 ? region.zones() : 0];
                    for (int k = 0; k < z.length; k++) {
                        z[k] = (state >> bit++ & 1) == 1;
                        p *= z[k] ? region.zoneAvailability() : 1 - region.zoneAvailability();
                    }
                    zoneUp.add(z);
                }
                int[] instancesUp = new int[components.size()];
                for (int k = 0; k < components.size(); k++) {
                    Component c = components.get(k);
                    double a = c.reliability().availability();
                    boolean[] z = zoneUp.get(index(c.regionId()));
                    for (int i = 0; i < c.instances(); i++) {
                        boolean up = (state >> bit++ & 1) == 1;
                        p *= up ? a : 1 - a;
                        if (up && (z.length == 0 || c.zoneRedundant() || z[i % z.length])) {
                            instancesUp[k]++;
                        }
                    }
                }
                if (p == 0) {
                    continue;
                }
                judge(p, regionUp, instancesUp, normalDown, out);
            }
            return out;
        }

        private boolean whole(Component c, boolean[] regionUp, int[] instancesUp) {
            int k = components.indexOf(c);
            return regionUp[index(c.regionId())] && instancesUp[k] >= needed[k];
        }

        private void judge(double p, boolean[] regionUp, int[] instancesUp, Set<Integer> normalDown, double[][] out) {
            Set<Integer> d = new HashSet<>();
            List<Integer> withChain = new ArrayList<>();
            for (int x = 0; x < regions.size(); x++) {
                if (chain.get(x).isEmpty()) {
                    continue;
                }
                withChain.add(x);
                boolean ok = regionUp[x];
                for (Component c : chain.get(x)) {
                    ok &= whole(c, regionUp, instancesUp);
                }
                if (!ok) {
                    d.add(x);
                }
            }
            Set<Integer> capacityDown = judgedDown(d, withChain);
            boolean writable = writable(regionUp, instancesUp);
            for (int i = 0; i < t.populations().size(); i++) {
                double share;
                if (capacityDown != null) {
                    share = share(t.populations().get(i), d, cascade(capacityDown), instancesUp);
                } else {
                    share = 0;
                    for (int x : withChain) {
                        if (!d.contains(x) && !normalDown.contains(x)) {
                            share = 1;
                        }
                    }
                }
                out[0][i] += p * share;
                out[1][i] += writable ? p * share : 0;
            }
        }

        /** The regions the capacity engine takes down for D when it judges D (null when it does not). */
        private Set<Integer> judgedDown(Set<Integer> d, List<Integer> withChain) {
            if (d.size() <= 1) {
                return d;
            }
            for (Provider q : providers) {
                Set<Integer> chainRegions = new HashSet<>();
                Set<Integer> all = new HashSet<>();
                for (int x = 0; x < regions.size(); x++) {
                    if (regions.get(x).provider() == q) {
                        all.add(x);
                        if (withChain.contains(x)) {
                            chainRegions.add(x);
                        }
                    }
                }
                if (chainRegions.equals(d)) {
                    return all;
                }
            }
            return null;
        }

        private double share(Population pop, Set<Integer> d, Set<Integer> down, int[] instancesUp) {
            double[] w = shares(pop, down);
            double[] load = loads(down);
            double total = 0;
            double served = 0;
            for (int x = 0; x < w.length; x++) {
                if (w[x] == 0 || chain.get(x).isEmpty() || d.contains(x)) {
                    continue;
                }
                total += w[x];
                double s = 1;
                for (int k = 0; k < components.size(); k++) {
                    Component c = components.get(k);
                    if (chain.get(x).contains(c) && c.spec() instanceof ComponentSpec.Service svc) {
                        s = Math.min(s, tierShare(c, svc, instancesUp[k], load[x]));
                    }
                }
                served += w[x] * s;
            }
            return total > 0 ? served / total : 0;
        }

        private static double tierShare(Component c, ComponentSpec.Service svc, int up, double load) {
            if (svc.maxInstances() != null) {
                double wanted = Math.ceil(load / (svc.capacityPerInstanceRps() * svc.targetUtilization()) - 1e-9);
                double scaled = Math.max(c.instances(), Math.min(svc.maxInstances(), wanted));
                double capacity = scaled * svc.capacityPerInstanceRps();
                if (svc.overload() == OverloadBehaviour.COLLAPSE) {
                    return 1;
                }
                return load <= capacity * (1 + 1e-9) ? 1 : capacity / load;
            }
            double capacity = up * svc.capacityPerInstanceRps();
            if (load <= capacity * (1 + 1e-9)) {
                return 1;
            }
            return svc.overload() == OverloadBehaviour.COLLAPSE ? 0 : capacity / load;
        }

        private boolean writable(boolean[] regionUp, int[] instancesUp) {
            for (var ds : t.datasets()) {
                // A quorum's voters are its primaries (replicas follow without voting); all copies when none is.
                List<String> voters = ds.copies().stream().filter(id -> ((ComponentSpec.Database) t.component(id)
                        .orElseThrow().spec()).role() == DatabaseRole.PRIMARY).toList();
                List<String> counted = ds.strategy() == WriteStrategy.MAJORITY_QUORUM && !voters.isEmpty() ? voters
                        : ds.copies();
                int whole = 0;
                for (String copy : counted) {
                    whole += whole(t.component(copy).orElseThrow(), regionUp, instancesUp) ? 1 : 0;
                }
                int copies = counted.size();
                boolean ok = switch (ds.strategy()) {
                    case MULTI_PRIMARY -> whole >= 1;
                    case MAJORITY_QUORUM -> whole >= copies / 2 + 1;
                    case TWO_PHASE_COMMIT -> whole == copies;
                    default -> throw new IllegalStateException("the oracle does not model " + ds.strategy());
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }
}
