package io.meridian.capacity;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Figure;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.routing.RequestPath;
import io.meridian.routing.RegionAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a routing into loads and utilisations per region and tier, each figure explained. */
final class LoadStates {
    /** Utilisations within this of a limit count as at the limit, so that rounding in re-scaled shares never flips a flag. */
    static final double TOLERANCE = 1e-9;

    static final String NO_SERVICE_TIER = "no service tier: no capacity limit to report";
    static final String DOWN = "down";

    private final Topology topology;
    private final List<Region> regions;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final List<List<Component>> tiersByRegion = new ArrayList<>();
    private final List<Map<Double, TierUse>> tierUseByLoad = new ArrayList<>();
    private final List<Map<LoadKey, RegionLoad>> regionLoadByInputs = new ArrayList<>();
    private final CapacityShared shared;
    /** Per region: its tiers as a key to what {@link CapacityShared} keeps (null: no tiers). */
    private final CapacityShared.Tiers[] tiersKeys;
    /** Which components carry users' requests, for the instance planner too. */
    final RequestPath paths;

    /** What decides a region's description in a state: down or not, its load, and the inputs in order. */
    private record LoadKey(boolean down, double load, List<Map.Entry<String, Double>> inputs) {
    }

    LoadStates(Topology topology, CapacityShared shared) {
        this.topology = topology;
        this.shared = shared;
        this.regions = topology.regions();
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i).id(), i);
            tiersByRegion.add(new ArrayList<>());
            tierUseByLoad.add(new HashMap<>());
            regionLoadByInputs.add(new HashMap<>());
        }
        // Only tiers on a request path carry users' requests (a batch worker nothing routes to carries none).
        this.paths = shared.paths(topology);
        for (Component c : topology.components()) {
            if (c.kind() == ComponentKind.SERVICE && paths.onSomePath(c.id())) {
                tiersByRegion.get(regionIndex.get(c.regionId())).add(c);
            }
        }
        this.tiersKeys = new CapacityShared.Tiers[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            if (!tiersByRegion.get(r).isEmpty()) {
                tiersKeys[r] = new CapacityShared.Tiers(tiersByRegion.get(r));
            }
        }
    }

    LoadState describe(Routing routing) {
        return describe(routing, null, null);
    }

    /**
     * The state of {@code routing}, which is {@code from} with more regions down: a region that is not newly down
     * and that no re-routed population leaves or joins has the same load from the same populations as in
     * {@code fromState}, so it keeps that description (the very object describing it afresh would find in the
     * cache); only the others are worked out. A region's failure on a 1,000-region design re-routes a few
     * populations, so this is a few regions per state instead of every region with a map of its inputs.
     */
    LoadState describe(Routing routing, Routing from, LoadState fromState) {
        boolean[] changed = null;
        if (from != null) {
            changed = new boolean[regions.size()];
            for (String id : routing.down()) {
                if (!from.down().contains(id)) {
                    changed[regionIndex.get(id)] = true;
                }
            }
            for (int i = 0; i < topology.populations().size(); i++) {
                RegionAssignment now = routing.assignment(i);
                RegionAssignment before = from.assignment(i);
                if (now != before) {
                    for (RouteWeight w : now.shares()) {
                        changed[regionIndex.get(w.regionId())] = true;
                    }
                    for (RouteWeight w : before.shares()) {
                        changed[regionIndex.get(w.regionId())] = true;
                    }
                }
            }
        }
        List<Population> populations = topology.populations();
        double[] load = new double[regions.size()];
        List<Map<String, Double>> loadInputs = new ArrayList<>(regions.size());
        for (int r = 0; r < regions.size(); r++) {
            loadInputs.add(changed == null || changed[r] ? new LinkedHashMap<>() : null);
        }
        List<UnservedLoad> unserved = new ArrayList<>();
        Map<String, Double> unservedInputs = new LinkedHashMap<>();
        double unservedRps = 0;
        for (int i = 0; i < populations.size(); i++) {
            Population p = populations.get(i);
            RegionAssignment a = routing.assignment(i);
            if (a.shares().isEmpty()) {
                unserved.add(new UnservedLoad(p.id(), p.requestsPerSecond(), unservedReason(p)));
                unservedInputs.put(p.id() + " requests/s", p.requestsPerSecond());
                unservedRps += p.requestsPerSecond();
                continue;
            }
            for (RouteWeight w : a.shares()) {
                int r = regionIndex.get(w.regionId());
                if (changed != null && !changed[r]) {
                    continue; // kept as it was in fromState
                }
                load[r] += p.requestsPerSecond() * w.share();
                loadInputs.get(r).put(p.id() + " requests/s", p.requestsPerSecond());
                loadInputs.get(r).put(p.id() + " share", w.share());
            }
        }
        List<RegionLoad> regionLoads = new ArrayList<>(regions.size());
        List<String> downIds = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            String id = regions.get(r).id();
            boolean down = routing.down().contains(id);
            if (down) {
                downIds.add(id);
            }
            if (changed != null && !changed[r]) {
                regionLoads.add(fromState.regions().get(r));
                continue;
            }
            // Most failures leave most regions' loads as they were: the same description is kept once and shared
            // by every state that has it (a state per region of a 1,000-region design, each listing every region).
            int index = r;
            double value = load[r];
            Map<String, Double> inputs = loadInputs.get(r);
            regionLoads.add(regionLoadByInputs.get(r).computeIfAbsent(
                    new LoadKey(down, value, List.copyOf(inputs.entrySet())), k -> {
                        Figure loadFigure = new Figure("load on " + id, value, "rps",
                                "Σ requests/s × share of each population routed here", inputs);
                        return k.down() ? new RegionLoad(id, true, loadFigure, null, null, false, false, List.of(), DOWN,
                                false, 0, Figure.of("served share of " + id, 0, "", "the region is down"))
                                : regionLoad(index, id, loadFigure, tiersByRegion.get(index));
                    }));
        }
        Figure total = new Figure("unserved load", unservedRps, "rps",
                "Σ requests/s of the populations with no region up that they may use", unservedInputs);
        return new LoadState(downIds, regionLoads, unserved, total, LoadState.servedShare(regionLoads, total, false),
                LoadState.servedShare(regionLoads, total, true).value());
    }

    private RegionLoad regionLoad(int r, String regionId, Figure load, List<Component> tiers) {
        if (tiers.isEmpty()) {
            return new RegionLoad(regionId, false, load, null, null, false, false, List.of(), NO_SERVICE_TIER, false,
                    1, Figure.of("served share of " + regionId, 1, "", "no service tier: nothing limits it"));
        }
        // A failure elsewhere usually leaves a region's load exactly as it was, so its tiers are described once
        // per distinct load (keyed by the exact value: Double.equals compares the bits).
        TierUse use = tierUseByLoad.get(r).computeIfAbsent(load.value(),
                v -> shared.tierUse(tiersKeys[r], v, () -> tierUse(regionId, v, tiers)));
        return new RegionLoad(regionId, false, load, use.utilisation(), use.bottleneckTierId(), use.aboveTarget(),
                use.overloaded(), use.tiers(), null, use.collapses(), use.warmupServed(), use.served());
    }

    /** How busy a region's service tiers are under one load. */
    record TierUse(Figure utilisation, String bottleneckTierId, boolean aboveTarget, boolean overloaded,
                           List<TierLoad> tiers, boolean collapses, double warmupServed, Figure served) {
    }

    private static TierUse tierUse(String regionId, double load, List<Component> tiers) {
        List<TierLoad> tierLoads = new ArrayList<>(tiers.size());
        Map<String, Double> byTier = new LinkedHashMap<>();
        Map<String, Double> servedByTier = new LinkedHashMap<>();
        TierLoad busiest = null;
        double served = 1;
        double warmupServed = 1;
        for (Component c : tiers) {
            TierLoad t = tierLoad(regionId, c, load);
            tierLoads.add(t);
            byTier.put(c.id() + " %", t.utilisation().value());
            servedByTier.put(c.id() + " served fraction", t.servedFraction());
            served = Math.min(served, t.servedFraction());
            warmupServed = Math.min(warmupServed, t.warmupServedFraction());
            if (busiest == null || t.utilisation().value() > busiest.utilisation().value()) {
                busiest = t;
            }
        }
        Figure utilisation = new Figure("utilisation of " + regionId, busiest.utilisation().value(), "%",
                "the busiest service tier's utilisation", byTier);
        boolean aboveTarget = tierLoads.stream().anyMatch(TierLoad::aboveTarget);
        boolean overloaded = tierLoads.stream().anyMatch(TierLoad::overloaded);
        boolean collapses = tierLoads.stream().anyMatch(TierLoad::collapses);
        Figure servedShare = new Figure("served share of " + regionId, served, "",
                "the smallest served fraction of its service tiers (every request passes every tier): "
                        + "min(1, capacity / load) for a tier that sheds, 0 for one that collapses", servedByTier);
        return new TierUse(utilisation, busiest.componentId(), aboveTarget, overloaded, List.copyOf(tierLoads),
                collapses, warmupServed, servedShare);
    }

    private static TierLoad tierLoad(String regionId, Component tier, double load) {
        ComponentSpec.Service spec = (ComponentSpec.Service) tier.spec();
        double capacity = tier.instances() * spec.capacityPerInstanceRps();
        double fraction = load / capacity;
        Figure utilisation = Figure.of("utilisation of " + tier.id() + " in " + regionId, 100 * load / capacity, "%",
                "100 × load / (instances × capacity per instance)",
                "load", load, "instances", tier.instances(), "capacity per instance", spec.capacityPerInstanceRps());
        boolean overloaded = fraction > 1 + TOLERANCE;
        int scaled = scaledInstances(tier, load);
        if (spec.overload() == OverloadBehaviour.COLLAPSE) {
            double up = overloaded ? 0 : 1;
            return new TierLoad(tier.id(), tier.instances(), capacity, utilisation, spec.targetUtilization(),
                    fraction > spec.targetUtilization() + TOLERANCE, overloaded, spec.overload(), overloaded,
                    overloaded ? tier.instances() : scaled, up, up);
        }
        return new TierLoad(tier.id(), tier.instances(), capacity, utilisation, spec.targetUtilization(),
                fraction > spec.targetUtilization() + TOLERANCE, overloaded, spec.overload(), false, scaled,
                shed(capacity, load), shed(scaled * spec.capacityPerInstanceRps(), load));
    }

    /**
     * Instances an autoscaled tier runs once warm under this load: enough for its target utilisation,
     * ⌈load / (capacity per instance × target)⌉, never fewer than it runs nor more than maxInstances.
     */
    static int scaledInstances(Component tier, double load) {
        ComponentSpec.Service spec = (ComponentSpec.Service) tier.spec();
        if (!spec.autoscales()) {
            return tier.instances();
        }
        double wanted = Math.ceil(load / (spec.capacityPerInstanceRps() * spec.targetUtilization()) - TOLERANCE);
        return (int) Math.max(tier.instances(), Math.min(spec.maxInstances(), wanted));
    }

    /** Share of the offered load a shedding tier serves: min(1, capacity / load); 1 with no load. */
    static double shed(double capacity, double load) {
        return load <= capacity * (1 + TOLERANCE) ? 1 : capacity / load;
    }

    private String unservedReason(Population p) {
        if (p.zoneId() == null) {
            return "every region is down";
        }
        return "every region residency zone '" + p.zoneId() + "' permits is down ("
                + String.join(", ", topology.zone(p.zoneId()).orElseThrow().regionIds()) + ")";
    }
}
