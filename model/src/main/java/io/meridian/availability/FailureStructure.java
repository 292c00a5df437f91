package io.meridian.availability;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.RegionLoad;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Defaults;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import io.meridian.routing.RequestPath;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A design as failure domains: providers ⊃ regions ⊃ zones ⊃ instances of pools. Each region's pools are summed up
 * as a few events (a set of its pools all up) that serving chains and dataset copies need; a {@link Requirement}
 * names one event per region it touches.
 *
 * <p>Choices, documented here once: a request needs the components on its region's request path
 * ({@link RequestPath}: the entries — load balancers, else the services nothing calls — and everything they reach
 * over hard dependencies), in series; other components never stop the region from serving. A service pool needs
 * k = ⌈the region's normal-operation load / capacity per instance⌉ instances (the instances that carry the load at
 * 100%, from the capacity engine; at least 1); every other pool needs 1. Instances live round-robin in the region's
 * zones. A region with 0 or 1 zones has no zone domain: its one zone's outages are its own outages, already in its
 * availability, so they are not counted again. A zone-redundant pool (a managed multi-AZ service) is in no zone:
 * zone outages never take it down. Each region's zones fail with its own zone availability and repair time.
 */
final class FailureStructure {
    /** Zones beyond this hold no extra instances worth enumerating. */
    static final int MAX_ZONES = 16;

    final Topology topology;
    final List<Region> regions;
    final List<Provider> providers;
    final int[] regionProvider;
    final int[] zones;
    final List<Pool> pools;
    /** Per pool: the events of its region that need it. */
    final long[] poolKill;
    /** Per region: the pools some event needs. */
    final int[][] regionPools;
    final int[] eventCount;
    /** Per region: its serving requirement, or null when it cannot serve. */
    final Requirement[] serve;
    final List<PopulationNeed> populationNeeds;
    /** The capacity engine's report on the same design: normal loads for k, and the failure scenarios. */
    final CapacityReport capacity;
    /** The evaluation's router, shared with the other engines (each population's distances solved once). */
    final PopulationRouter router;
    final List<String> notes = new ArrayList<>();
    /** Shared by every sizing of this structure in a design search; this structure's own otherwise. */
    final SizingShared shared;

    private double[] providerA;
    private final Map<String, Requirement> chains;
    private final double[][] upTables;
    private final java.util.Map<Long, double[]> instanceCounts = new java.util.HashMap<>();
    private final java.util.Map<Long, Integer> fewestUp = new java.util.HashMap<>();
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final Map<String, Integer> poolIndex = new HashMap<>();
    private final RequestPath paths;
    private final List<Map<BitSet, Integer>> events;

    FailureStructure(Topology topology) {
        this(topology, CapacityEngine.evaluate(topology));
    }

    /** With the capacity report of the same topology, when the caller has it already. */
    FailureStructure(Topology topology, CapacityReport capacity) {
        this(topology, capacity, new PopulationRouter(topology));
    }

    /** With the evaluation's shared router. */
    FailureStructure(Topology topology, CapacityReport capacity, PopulationRouter router) {
        this(topology, capacity, router, new SizingShared(false));
    }

    /** With what the other sizings of this structure worked out ({@link SizingShared}). */
    FailureStructure(Topology topology, CapacityReport capacity, PopulationRouter router, SizingShared shared) {
        this.shared = shared;
        this.topology = topology;
        this.router = router;
        this.capacity = capacity;
        this.regions = topology.regions();
        Set<Provider> used = new LinkedHashSet<>();
        regions.forEach(r -> used.add(r.provider()));
        this.providers = List.copyOf(used);
        this.regionProvider = new int[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            regionIndex.put(regions.get(r).id(), r);
            regionProvider[r] = providers.indexOf(regions.get(r).provider());
        }
        this.pools = buildPools(topology);
        this.upTables = new double[pools.size()][];
        this.zones = new int[regions.size()];
        Skeleton known = shared.skeleton();
        if (known != null) {
            // Another sizing of this structure worked the chains, events and populations' needs out: they read
            // where components run and what depends on what, never how many instances run.
            this.paths = known.paths();
            this.chains = known.chains();
            this.events = known.events();
            this.serve = known.serve();
            this.regionPools = known.regionPools();
            this.eventCount = known.eventCount();
            this.poolKill = known.poolKill();
            this.populationNeeds = known.needs();
        } else {
            this.chains = new HashMap<>();
            this.events = new ArrayList<>();
            for (int r = 0; r < regions.size(); r++) {
                events.add(new LinkedHashMap<>());
            }
            this.paths = RequestPath.of(topology);
            this.serve = new Requirement[regions.size()];
            for (int r = 0; r < regions.size(); r++) {
                String id = regions.get(r).id();
                if (paths.everyComponentEnters() || !paths.entries(id).isEmpty()) {
                    serve[r] = require(paths.components(id), r);
                }
            }
            this.regionPools = new int[regions.size()][];
            this.eventCount = new int[regions.size()];
            this.poolKill = new long[pools.size()];
            // Event sets are final only once every requirement is known, so populations register theirs first.
            this.populationNeeds = new PopulationNeeds(this).build();
            finish();
            shared.offer(new Skeleton(paths, java.util.Collections.unmodifiableMap(chains), events, serve,
                    regionPools, eventCount, poolKill, populationNeeds));
        }
        zones();
    }

    /**
     * What a structure's failure domains are whatever its sizing: request paths, chains, each region's events and
     * the pools they need, and each population's needs. Shared by the sizings of a structure; never changed.
     */
    record Skeleton(RequestPath paths, Map<String, Requirement> chains, List<Map<BitSet, Integer>> events,
                    Requirement[] serve, int[][] regionPools, int[] eventCount, long[] poolKill,
                    List<PopulationNeed> needs) {
    }

    /** The chain of one component: it and everything it reaches over hard dependencies. */
    Requirement requireChain(String componentId) {
        return chains.computeIfAbsent(componentId, id -> require(paths.hardClosure(List.of(id)), -1));
    }

    int regionIndex(String regionId) {
        return regionIndex.get(regionId);
    }

    Pool pool(int index) {
        return pools.get(index);
    }

    /** Every event bit of the region set: all its pools up. */
    long fullMask(int region) {
        return eventCount[region] == 64 ? -1L : (1L << eventCount[region]) - 1;
    }

    double providerAvailability(int provider) {
        if (providerA == null) {
            providerA = providers.stream().mapToDouble(p -> topology.provider(p).availability()).toArray();
        }
        return providerA[provider];
    }

    /**
     * P(pool j up) when m of its instances sit in up zones, each computed once (the ranking asks for it per element)
     * and only for the m some zone state gives (a few of a large pool's n + 1).
     */
    /**
     * P(exactly c of the m instances of pool j in up zones are up), c = 0..m, computed once per pool and m: the
     * capacity blocks ask for it in every slice and zone state. Callers must not change the array.
     */
    double[] instancesUp(int j, int m) {
        return instanceCounts.computeIfAbsent(((long) j << 32) | m,
                k -> CapacityBlocks.binomial(pools.get(j).instanceAvailability(), m));
    }

    /** The smallest instance count of {@link #instancesUp} with a probability above 0 (the counts below underflow). */
    int fewestInstancesUp(int j, int m) {
        return fewestUp.computeIfAbsent(((long) j << 32) | m, k -> {
            double[] p = instancesUp(j, m);
            int c = 0;
            while (c < p.length - 1 && p[c] == 0) {
                c++;
            }
            return c;
        });
    }

    double upWithInstancesInUpZones(int j, int m) {
        double[] t = upTables[j];
        if (t == null) {
            t = upTables[j] = new double[pools.get(j).instances() + 1];
            java.util.Arrays.fill(t, Double.NaN);
        }
        if (Double.isNaN(t[m])) {
            Pool p = pools.get(j);
            t[m] = ClosedForms.kOfN(p.instanceAvailability(), p.needed(), m);
        }
        return t[m];
    }

    double providerMttrHours(int provider) {
        return topology.provider(providers.get(provider)).mttrHours();
    }

    double regionAvailability(int region) {
        return regions.get(region).availability();
    }

    /** P(one zone of the region up): its own zone availability. */
    double zoneAvailability(int region) {
        return regions.get(region).zoneAvailability();
    }

    double zoneMttrHours(int region) {
        return regions.get(region).zoneMttrHours();
    }

    /** P(this combination of the region's zones up), zone z up when bit z of the mask is set. */
    double zoneStateProbability(int region, int zoneUpMask) {
        double a = zoneAvailability(region);
        double p = 1;
        for (int z = 0; z < zones[region]; z++) {
            p *= (zoneUpMask & (1 << z)) != 0 ? a : 1 - a;
        }
        return p;
    }

    private List<Pool> buildPools(Topology topology) {
        Map<String, Double> loads = new HashMap<>();
        if (topology.components().stream().anyMatch(c -> c.kind() == ComponentKind.SERVICE)) {
            // initial, not result: an overloaded region would fail in the cascade and report no load at all.
            for (RegionLoad rl : capacity.baseline().initial().regions()) {
                loads.put(rl.regionId(), rl.load().value());
            }
        }
        List<Pool> out = new ArrayList<>();
        Map<String, Integer> localCount = new HashMap<>();
        for (Component c : topology.components()) {
            int local = localCount.merge(c.regionId(), 1, Integer::sum) - 1;
            // k: one instance for a store; for a service ⌈load / capacity per instance⌉, the instances that carry the
            // region's normal load at 100% (all of them for a tier that sheds a load it cannot carry).
            int k = 1;
            if (c.spec() instanceof ComponentSpec.Service s) {
                double load = loads.getOrDefault(c.regionId(), 0.0);
                k = Math.max(1, (int) Math.ceil(load / s.capacityPerInstanceRps() - 1e-9));
                if (k > c.instances() && s.overload() == io.meridian.model.OverloadBehaviour.SHED) {
                    // A tier that sheds serves part of a load it cannot carry: it is up with all its instances,
                    // and the capacity-judged states count the share it serves.
                    notes.add("'" + c.id() + "' needs " + k + " instances to carry its region's load but has "
                            + c.instances() + ": it sheds the rest even in normal operation");
                    k = c.instances();
                } else if (k > c.instances()) {
                    notes.add("'" + c.id() + "' needs " + k + " instances to carry its region's load but has "
                            + c.instances() + ": its region can never serve");
                }
            }
            poolIndex.put(c.id(), out.size());
            out.add(new Pool(c.id(), regionIndex.get(c.regionId()), local, c.reliability().availability(), k,
                    c.instances(), mttrHours(c.reliability()), c.zoneRedundant()));
        }
        return out;
    }

    private static double mttrHours(Reliability r) {
        return r.mttrHours() != null && r.mttrHours() > 0 ? r.mttrHours() : Defaults.COMPONENT_MTTR_HOURS;
    }

    /** The components' regions, each with the event "these of its pools up"; plus {@code alsoRegion} when ≥ 0. */
    private Requirement require(Set<String> componentIds, int alsoRegion) {
        Map<Integer, BitSet> byRegion = new TreeMap<>();
        if (alsoRegion >= 0) {
            byRegion.put(alsoRegion, new BitSet());
        }
        for (String id : componentIds) {
            Pool p = pools.get(poolIndex.get(id));
            byRegion.computeIfAbsent(p.regionIndex(), k -> new BitSet()).set(p.localIndex());
        }
        int[] rs = new int[byRegion.size()];
        int[] es = new int[byRegion.size()];
        int i = 0;
        for (Map.Entry<Integer, BitSet> e : byRegion.entrySet()) {
            Map<BitSet, Integer> known = events.get(e.getKey());
            rs[i] = e.getKey();
            es[i] = known.computeIfAbsent(e.getValue(), k -> known.size());
            if (known.size() > 62) {
                throw new IllegalStateException("region '" + regions.get(e.getKey()).id()
                        + "' has more than 62 distinct dependency chains; the availability engine cannot model it");
            }
            i++;
        }
        return new Requirement(rs, es);
    }

    private void finish() {
        for (int r = 0; r < regions.size(); r++) {
            Map<Integer, Integer> localToGlobal = new HashMap<>();
            for (int j = 0; j < pools.size(); j++) {
                if (pools.get(j).regionIndex() == r) {
                    localToGlobal.put(pools.get(j).localIndex(), j);
                }
            }
            Set<Integer> relevant = new java.util.TreeSet<>();
            for (Map.Entry<BitSet, Integer> e : events.get(r).entrySet()) {
                e.getKey().stream().forEach(local -> {
                    int j = localToGlobal.get(local);
                    relevant.add(j);
                    poolKill[j] |= 1L << e.getValue();
                });
            }
            regionPools[r] = relevant.stream().mapToInt(Integer::intValue).toArray();
            eventCount[r] = events.get(r).size();
        }
    }

    /** Each region's zones in use, which its pools' sizes decide. */
    private void zones() {
        for (int r = 0; r < regions.size(); r++) {
            // Zones no pinned instance lives in cannot matter; a zone-redundant pool's active nodes sit in its first
            // zones (a zone event there switches it over), so it counts with the instances it needs.
            int maxInstances = 0;
            for (int j : regionPools[r]) {
                maxInstances = Math.max(maxInstances, pools.get(j).zoneRedundant() ? pools.get(j).needed()
                        : pools.get(j).instances());
            }
            zones[r] = regions.get(r).hasZoneDomain()
                    ? Math.min(Math.min(regions.get(r).zones(), maxInstances), MAX_ZONES) : 0;
        }
    }
}
