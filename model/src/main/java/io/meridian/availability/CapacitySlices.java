package io.meridian.availability;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierLoad;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Population;
import io.meridian.model.RouteWeight;
import io.meridian.routing.PopulationRouter;
import io.meridian.routing.RegionAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The states the capacity engine judges: those in which exactly the serving chains of a set D of regions are
 * broken, for D = ∅ (normal operation), D = {r} (one region's chain broken, whatever broke it: the region, its
 * provider, a database or load balancer in it) and D = a provider's regions. In such a state population i is served
 * the share σ_i = Σ_x w_x × s_x / Σ_x w_x over X, the regions it is routed to once D is down and the collapsing
 * regions' load has cascaded (the capacity engine's outcome), x ∉ D, x not cascaded; w_x its routing share, s_x the
 * share region x serves in that very state ({@link CapacityBlocks}: shed, collapse or autoscale against the instances
 * up). X empty: σ = 0. In every other state (two or more chains broken, not a provider's) the plain judgement holds:
 * served (σ = 1) when some region it may use has its chain whole. A write is served with σ when every dataset it
 * writes has a writable copy.
 *
 * <p>The exact engine counts every state plainly; this class adds, per population, Σ over the slices of
 * E[σ × 1(slice)] − plain × P(slice) for reads, and the same with "writable" for writes, exactly: the providers
 * enumerated, the regions its writes couple (and those a multi-region chain reaches) walked through their blocks,
 * every other region in closed form.
 */
final class CapacitySlices {
    /** One judged slice: D, the regions the cascade added, the regions' loads, and each population's routing. */
    static final class Slice {
        final String scenarioId;
        final boolean[] inD;
        final int[] d;
        /** Regions the collapse cascade took down beyond D: whole chains, nobody served. */
        final boolean[] cascaded;
        /** Per region up and not cascaded: the capacity engine's figures for it; null otherwise. */
        final RegionLoad[] loads;
        /** Per region: its service pools may serve less than its load in some state of this slice. */
        final boolean[] atRisk;
        /**
         * Per population: the regions of X it is routed to, ascending, and its routing weights over them normalised
         * (parallel); both null when X is empty. Sparse: a population goes to a few regions of hundreds.
         */
        final int[][] routed;
        final double[][] weights;
        /** Per population: served at the capacity level (every running instance up), after and before warm-up. */
        final double[] served;
        final double[] warmupServed;
        /** Per region, found on first ask: its served sums with no pool perfect ({@link #served}). */
        private final CapacityBlocks.Served[] plainServed;

        Slice(String scenarioId, boolean[] inD, boolean[] cascaded, RegionLoad[] loads, boolean[] atRisk,
              int[][] routed, double[][] weights, double[] served, double[] warmupServed) {
            this.scenarioId = scenarioId;
            this.inD = inD;
            this.d = java.util.stream.IntStream.range(0, inD.length).filter(r -> inD[r]).toArray();
            this.cascaded = cascaded;
            this.loads = loads;
            this.atRisk = atRisk;
            this.routed = routed;
            this.weights = weights;
            this.served = served;
            this.warmupServed = warmupServed;
            this.plainServed = new CapacityBlocks.Served[inD.length];
        }
    }

    final FailureStructure s;
    final List<Slice> slices;
    /** Per population: the slices whose judgement differs from the plain one for it. */
    final int[][] affecting;
    /** Per population, parallel to {@link #affecting}: whether the plain judgement credits it in that slice. */
    final boolean[][] creditedPlainly;
    /** Per slice: the provider states it is consistent with, by state bit (built on first ask). */
    private final java.util.BitSet[] consistentStates;
    /** Per population: its enumerated regions (its coupled regions and every multi-region chain's). */
    private final int[][] enumerated;
    private final Map<String, Component> components = new HashMap<>();
    /** Served sums by region, load (its bits) and the region's perfect pool (−1: none). */
    private record ServedAt(int region, long loadBits, int perfectPool) {
    }

    private final Map<ServedAt, CapacityBlocks.Served> servedCache = new HashMap<>();
    private final boolean[] normalOverloaded;
    private double[] neededCapacity;

    CapacitySlices(FailureStructure s, boolean[] normalOverloaded, int[][] coupled) {
        this.s = s;
        this.normalOverloaded = normalOverloaded;
        s.topology.components().forEach(c -> components.putIfAbsent(c.id(), c));
        this.slices = build(s);
        int n = s.populationNeeds.size();
        Set<Integer> multi = new java.util.TreeSet<>();
        for (int r = 0; r < s.regions.size(); r++) {
            if (s.serve[r] != null && s.serve[r].regions().length > 1) {
                for (int x : s.serve[r].regions()) {
                    multi.add(x);
                }
                multi.add(r);
            }
        }
        enumerated = new int[n][];
        affecting = new int[n][];
        creditedPlainly = new boolean[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> e = new java.util.TreeSet<>(multi);
            for (int x : coupled[i]) {
                e.add(x);
            }
            enumerated[i] = e.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> mine = new ArrayList<>();
            // The pseudo population of a design without populations carries no load: capacity says nothing of it.
            for (int k = 0; k < slices.size() && !s.topology.populations().isEmpty(); k++) {
                if (affects(slices.get(k), i)) {
                    mine.add(k);
                }
            }
            affecting[i] = mine.stream().mapToInt(Integer::intValue).toArray();
            creditedPlainly[i] = new boolean[affecting[i].length];
            for (int a = 0; a < affecting[i].length; a++) {
                creditedPlainly[i][a] = plainServed(slices.get(affecting[i][a]), i);
            }
        }
        consistentStates = new java.util.BitSet[slices.size()];
    }

    /** True when the plain judgement credits population i in this slice (some region it may use is whole). */
    boolean plainServed(Slice sl, int i) {
        for (int r : s.populationNeeds.get(i).servingRegions()) {
            if (!sl.inD[r] && (normalOverloaded == null || !normalOverloaded[r])) {
                return true;
            }
        }
        return false;
    }

    /** The slice can serve population i less than the plain judgement credits. */
    private boolean affects(Slice sl, int i) {
        if (!plainServed(sl, i)) {
            return false;
        }
        if (sl.routed[i] == null) {
            return true;
        }
        for (int x : sl.routed[i]) {
            if (sl.atRisk[x]) {
                return true;
            }
        }
        return false;
    }

    private List<Slice> build(FailureStructure s) {
        int regions = s.regions.size();
        List<Slice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PopulationRouter router = s.router;
        List<boolean[]> sets = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        sets.add(new boolean[regions]);
        ids.add(CapacityEngine.BASELINE_ID);
        for (int r = 0; r < regions; r++) {
            if (s.serve[r] != null) {
                boolean[] d = new boolean[regions];
                d[r] = true;
                sets.add(d);
                ids.add(CapacityEngine.regionScenarioId(s.regions.get(r).id()));
            }
        }
        for (int p = 0; p < s.providers.size(); p++) {
            boolean[] d = new boolean[regions];
            for (int r = 0; r < regions; r++) {
                d[r] = s.regionProvider[r] == p && s.serve[r] != null;
            }
            sets.add(d);
            ids.add(CapacityEngine.providerScenarioId(s.providers.get(p)));
        }
        for (int k = 0; k < sets.size(); k++) {
            boolean[] d = sets.get(k);
            if (!seen.add(java.util.Arrays.toString(d))) {
                continue;
            }
            CapacityScenario sc = s.capacity.scenario(ids.get(k)).orElse(null);
            if (sc == null) {
                continue;
            }
            out.add(slice(s, router, ids.get(k), d, sc.result()));
        }
        return out;
    }

    private Slice slice(FailureStructure s, PopulationRouter router, String id, boolean[] d, LoadState result) {
        int regions = s.regions.size();
        boolean[] cascaded = new boolean[regions];
        RegionLoad[] loads = new RegionLoad[regions];
        boolean[] atRisk = new boolean[regions];
        Set<String> down = new LinkedHashSet<>(result.downRegionIds());
        for (int r = 0; r < regions; r++) {
            if (d[r]) {
                down.add(s.regions.get(r).id());
            }
        }
        for (RegionLoad rl : result.regions()) {
            int r = s.regionIndex(rl.regionId());
            if (rl.down() && !d[r] && s.serve[r] != null) {
                cascaded[r] = true;
            }
            if (!rl.down() && !d[r]) {
                loads[r] = rl;
                atRisk[r] = s.serve[r] != null && atRisk(rl);
            }
        }
        List<Population> populations = s.topology.populations();
        int n = s.populationNeeds.size();
        int[][] routed = new int[n][];
        double[][] weights = new double[n][];
        double[] served = new double[n];
        double[] warm = new double[n];
        for (int i = 0; i < n && i < populations.size(); i++) {
            RegionAssignment a = router.assign(populations.get(i), down);
            java.util.TreeMap<Integer, Double> w = new java.util.TreeMap<>();
            double total = 0;
            for (RouteWeight rw : a.shares()) {
                int x = s.regionIndex(rw.regionId());
                if (!d[x] && !cascaded[x] && s.serve[x] != null && loads[x] != null && rw.share() > 0) {
                    w.merge(x, rw.share(), Double::sum);
                    total += rw.share();
                }
            }
            if (total > 0) {
                routed[i] = new int[w.size()];
                weights[i] = new double[w.size()];
                int q = 0;
                for (Map.Entry<Integer, Double> e : w.entrySet()) {
                    int x = e.getKey();
                    routed[i][q] = x;
                    weights[i][q] = e.getValue() / total;
                    served[i] += weights[i][q] * loads[x].servedShare().value();
                    warm[i] += weights[i][q] * loads[x].warmupServedShare();
                    q++;
                }
            }
        }
        return new Slice(id, d, cascaded, loads, atRisk, routed, weights, served, warm);
    }

    /** Some service pool of the region can be left with less capacity than its load while its chain is whole. */
    private boolean atRisk(RegionLoad rl) {
        if (rl.servedShare().value() < 1) {
            return true;
        }
        return smallestNeededCapacity(s.regionIndex(rl.regionId())) < rl.load().value() * (1 - 1e-12);
    }

    /**
     * The least capacity a region's service pools that do not autoscale keep while they count as up (needed
     * instances × capacity per instance), +∞ without one; per region once, since every slice asks.
     */
    private double smallestNeededCapacity(int r) {
        if (neededCapacity == null) {
            neededCapacity = new double[s.regions.size()];
            java.util.Arrays.fill(neededCapacity, Double.NaN);
        }
        if (Double.isNaN(neededCapacity[r])) {
            double least = Double.POSITIVE_INFINITY;
            for (int j : s.regionPools[r]) {
                Pool p = s.pool(j);
                if (components.get(p.componentId()).spec() instanceof ComponentSpec.Service svc && !svc.autoscales()) {
                    least = Math.min(least, p.needed() * svc.capacityPerInstanceRps());
                }
            }
            neededCapacity[r] = least;
        }
        return neededCapacity[r];
    }

    /**
     * Region x's served sums in this slice, by mask; cached per region, load and perfect pool of the region (slices
     * that leave a region's load as it was share them), and per slice and region when no pool of it is perfect
     * (the ranking asks for them per population, slice and provider state).
     */
    CapacityBlocks.Served served(Slice sl, int x, Element perfect) {
        boolean perfectHere = perfect != null && perfect.kind() == ElementKind.POOL
                && s.pool(perfect.index()).regionIndex() == x;
        if (!perfectHere) {
            CapacityBlocks.Served known = sl.plainServed[x];
            if (known == null) {
                known = served(sl, x, null, false);
                sl.plainServed[x] = known;
            }
            return known;
        }
        return served(sl, x, perfect, true);
    }

    private CapacityBlocks.Served served(Slice sl, int x, Element perfect, boolean perfectHere) {
        RegionLoad rl = sl.loads[x];
        ServedAt key = new ServedAt(x, Double.doubleToLongBits(rl.load().value()),
                perfectHere ? perfect.index() : -1);
        return servedCache.computeIfAbsent(key, k -> {
            Map<String, TierLoad> tiers = new HashMap<>();
            rl.tiers().forEach(t -> tiers.put(t.componentId(), t));
            Supplier<CapacityBlocks.Served> work = () -> CapacityBlocks.of(s, x, perfectHere ? perfect : null, tiers,
                    rl.load().value(), components);
            return perfectHere || !s.shared.remembers() ? work.get() : s.shared.served(servedKey(x, rl), work);
        });
    }

    /** What region x's capacity blocks read beyond the structure, to find them among other sizings' blocks. */
    private SizingShared.ServedKey servedKey(int x, RegionLoad rl) {
        List<Pool> pools = new ArrayList<>();
        List<ComponentSpec> specs = new ArrayList<>();
        for (int j : s.regionPools[x]) {
            pools.add(s.pool(j));
            specs.add(components.get(s.pool(j).componentId()).spec());
        }
        List<String> tierIds = new ArrayList<>();
        double[] fractions = new double[rl.tiers().size()];
        for (int t = 0; t < fractions.length; t++) {
            TierLoad tier = rl.tiers().get(t);
            tierIds.add(tier.componentId());
            fractions[t] = tier.servedFraction();
            specs.add(components.get(tier.componentId()).spec());
        }
        return new SizingShared.ServedKey(x, Double.doubleToLongBits(rl.load().value()), s.zones[x], pools, specs,
                tierIds, fractions);
    }

    /** A provider may be down in slice k only when every region of it with a chain is in D. */
    boolean consistent(int k, int state) {
        if (consistentStates[k] == null) {
            Slice sl = slices.get(k);
            java.util.BitSet ok = new java.util.BitSet();
            for (int st = 0; st < (1 << s.providers.size()); st++) {
                boolean holds = true;
                for (int x = 0; x < s.regions.size() && holds; x++) {
                    holds = (st & (1 << s.regionProvider[x])) != 0 || s.serve[x] == null || sl.inD[x];
                }
                ok.set(st, holds);
            }
            consistentStates[k] = ok;
        }
        return consistentStates[k].get(state);
    }

    int[] enumerated(int i) {
        return enumerated[i];
    }
}
