package io.meridian.availability;

import static io.meridian.availability.Designs.region;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The brute force behind {@link CapacityOracleTest}: one bit per provider, region, zone and instance. */
final class CapacityOracle {
    final Topology t;
    final List<Region> regions;
    final List<Provider> providers = new ArrayList<>();
    final List<Component> components;
    final int bits;
    /** Per region: the components its serving chain needs (entries + their hard dependencies, transitively). */
    final List<List<Component>> chain = new ArrayList<>();
    /** Per component: instances needed for its chain (services: those that carry the normal load). */
    final int[] needed;

    CapacityOracle(Topology t) {
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
