package io.meridian.availability;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.latency.EvaluationContext;
import io.meridian.model.Checks;
import io.meridian.model.Component;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import io.meridian.recovery.RecoveryEngine;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The availability computation (DESIGN.md §3 "Availability"). Per population: P(the routing layer is up and some
 * region it may use is up with its dependency chain) for reads, and additionally a writable copy of every dataset it
 * writes for writes. Exact ({@link ExactEnumeration}): the providers' states enumerated, the regions that only serve
 * the population in closed form, the few regions its writes couple enumerated (each region's zones and pools in
 * closed form, {@link RegionBlocks}); the single-region and single-provider failure states judged with the capacity
 * engine's cascade ({@link FailoverOverloads}). Monte Carlo with a 95% interval only for a population whose coupled
 * states exceed {@link #EXACT_STATE_LIMIT}. Then the same with each failure event charged its own recovery, the area
 * above its recovery curve ({@link FailoverCharges}); then the elements ranked by the downtime they cause.
 */
public final class AvailabilityEngine {
    /**
     * States one population's exact run may visit (2^providers × Π over the regions its writes couple (1 + a
     * region's event combinations)); the ranking repeats the run for each element that touches the population.
     * Beyond it the population goes to Monte Carlo, which costs about the same at any size. Six coupled regions
     * whose serving chain and data copy fail apart (2 × 5⁶ = 31,250) stay under it; a two-phase commit over ten
     * regions does not.
     */
    static final double EXACT_STATE_LIMIT = 60_000;

    private AvailabilityEngine() {
    }

    /** With the recovery engine's per-event timings worked out here. */
    public static AvailabilityReport evaluate(Topology topology) {
        Checks.present(topology, "topology");
        return evaluate(topology, RecoveryEngine.evaluate(topology).failover());
    }

    /** With the given per-event timings (the recovery report's, or {@link FailoverTimings#uniform} for a what-if). */
    public static AvailabilityReport evaluate(Topology topology, FailoverTimings timings) {
        Checks.present(topology, "topology");
        return evaluate(topology, timings, CapacityEngine.evaluate(topology));
    }

    /** Every failure event charged the same flat recovery time (a what-if, and the engine's unit tests). */
    public static AvailabilityReport evaluate(Topology topology, double failoverSeconds) {
        return evaluate(topology, FailoverTimings.uniform(failoverSeconds));
    }

    /** The same with the exact/Monte Carlo threshold given (tests force Monte Carlo with 0). */
    static AvailabilityReport evaluate(Topology topology, double failoverSeconds, double exactStateLimit) {
        return evaluate(topology, FailoverTimings.uniform(failoverSeconds), exactStateLimit);
    }

    /** With the capacity engine's report on the same topology (the evaluator has it already). */
    public static AvailabilityReport evaluate(Topology topology, FailoverTimings timings, CapacityReport capacity) {
        return evaluate(topology, new PopulationRouter(topology), timings, capacity, EXACT_STATE_LIMIT);
    }

    /** The same with the evaluation's shared router ({@link EvaluationContext#router()}). */
    public static AvailabilityReport evaluate(EvaluationContext context, FailoverTimings timings,
                                              CapacityReport capacity) {
        return evaluate(context, timings, capacity, true);
    }

    /**
     * The same; without {@code rank} the importance ranking is left out (an empty list): it re-runs the enumeration
     * once per provider, region and pool, most of the work on a small design, and the analyses that evaluate
     * thousands of variants (uncertainty, design search) read only the figures.
     */
    public static AvailabilityReport evaluate(EvaluationContext context, FailoverTimings timings,
                                              CapacityReport capacity, boolean rank) {
        return evaluate(context.topology(), context.router(), timings, capacity, EXACT_STATE_LIMIT, rank,
                context.sharedBySizings() ? context.structural(SizingShared.class, SizingShared::new)
                        : new SizingShared(false));
    }

    /** With the exact/Monte Carlo threshold given (tests force Monte Carlo with 0). */
    static AvailabilityReport evaluate(Topology topology, FailoverTimings timings, double exactStateLimit) {
        Checks.present(topology, "topology");
        return evaluate(topology, new PopulationRouter(topology), timings, CapacityEngine.evaluate(topology),
                exactStateLimit);
    }

    private static AvailabilityReport evaluate(Topology topology, PopulationRouter router, FailoverTimings timings,
                                               CapacityReport capacity, double exactStateLimit) {
        return evaluate(topology, router, timings, capacity, exactStateLimit, true, new SizingShared(false));
    }

    /** With what other sizings of the structure worked out (tests pass one that remembers nothing). */
    static AvailabilityReport evaluate(Topology topology, PopulationRouter router, FailoverTimings timings,
                                       CapacityReport capacity, double exactStateLimit, boolean rank,
                                       SizingShared shared) {
        Checks.present(topology, "topology");
        Checks.present(timings, "timings");
        Checks.present(capacity, "capacity");
        FailureStructure s = new FailureStructure(topology, capacity, router, shared);
        FailoverOverloads overloads = FailoverOverloads.of(s, capacity);
        GlobalRouting routing = topology.routing();
        CommonCauseFactors common = CommonCauseFactors.of(topology, s.populationNeeds);
        List<Element> elements = rank ? elements(s) : List.of();
        int n = s.populationNeeds.size();

        ExactEnumeration exact = new ExactEnumeration(s, overloads);
        if (elements.isEmpty()) {
            exact.derivatives.notWanted();
        }
        RegionBlocks.Distribution[] blocks = ExactEnumeration.blocks(s, null);
        // The blocks with one pool made perfect, for the ranking; their event combinations join the regions' states.
        RegionBlocks.Distribution[] perfectPoolBlocks = new RegionBlocks.Distribution[elements.size()];
        for (int e = 0; e < elements.size(); e++) {
            Element el = elements.get(e);
            if (el.kind() == ElementKind.POOL) {
                int r = s.pool(el.index()).regionIndex();
                perfectPoolBlocks[e] = RegionBlocks.of(s, r, el);
                exact.allow(r, perfectPoolBlocks[e]);
            }
        }
        boolean[] isExact = new boolean[n];
        boolean anySampled = false;
        double maxStates = 0;
        for (int i = 0; i < n; i++) {
            double states = exact.states(i, blocks);
            maxStates = Math.max(maxStates, states);
            isExact[i] = states <= exactStateLimit;
            anySampled |= !isExact[i];
        }
        ExactEnumeration.Result base = exact.run(null, blocks, isExact);
        double[] read = base.read();
        double[] write = base.write();
        double[][] gainR = new double[elements.size()][];
        double[][] gainW = new double[elements.size()][];
        for (int e = 0; e < elements.size(); e++) {
            Element el = elements.get(e);
            boolean[] which = new boolean[n];
            RegionBlocks.Distribution[] better = blocks;
            if (el.kind() == ElementKind.POOL) {
                // A perfect pool changes its own region's block and the populations that region matters to.
                int r = s.pool(el.index()).regionIndex();
                better = blocks.clone();
                better[r] = perfectPoolBlocks[e];
                // A pool that changes nothing (another pool of every chain it is in can never be up) gains nothing.
                boolean changes = !sameBlock(blocks[r], better[r]);
                for (int i = 0; i < n; i++) {
                    which[i] = changes && isExact[i] && exact.involves(i, r);
                }
            } else {
                // A perfect region or provider also changes every single-failure state's probability.
                which = isExact.clone();
            }
            ExactEnumeration.Result gained = exact.run(el, better, which);
            gainR[e] = new double[n];
            gainW[e] = new double[n];
            for (int i = 0; i < n; i++) {
                if (which[i]) {
                    gainR[e][i] = gained.read()[i] - read[i];
                    gainW[e][i] = gained.write()[i] - write[i];
                }
            }
        }
        double[] halfWidth = new double[n];
        MonteCarloSampling.Result mc = null;
        if (anySampled) {
            mc = MonteCarloSampling.run(s, new SampledShares(exact.slices), overloads, elements,
                    MonteCarloSampling.SAMPLES, MonteCarloSampling.SEED);
            for (int i = 0; i < n; i++) {
                if (!isExact[i]) {
                    read[i] = mc.read()[i];
                    write[i] = mc.write()[i];
                    halfWidth[i] = mc.weightedHalfWidth()[i];
                    for (int e = 0; e < elements.size(); e++) {
                        gainR[e][i] = mc.readGain()[e][i];
                        gainW[e][i] = mc.writeGain()[e][i];
                    }
                }
            }
        }

        FailoverCharges.Charges charges = FailoverCharges.of(s, overloads, timings);
        WarmupCharges.Charges warmup = WarmupCharges.of(s, exact.slices);
        PopulationFigures figures = new PopulationFigures(s, common);
        List<PopulationAvailability> populations = new ArrayList<>();
        // Built once, concatenated: the same text for every population (the design search builds it per candidate).
        String overloadText = overloadText(overloads);
        for (int i = 0; i < n; i++) {
            String how;
            long states;
            if (isExact[i]) {
                states = (long) exact.states(i, blocks);
                how = "exact: " + (1L << s.providers.size()) + " provider states × ("
                        + (need(s, i).servingRegions().length - servingAmongCoupled(exact, s, i))
                        + " regions it may use in closed form, " + exact.coupled[i].length + " regions its writes "
                        + "couple enumerated: " + states + " states), region blocks of " + base.regionStates()
                        + " zone/pool states; " + overloadText;
            } else {
                states = mc.samples();
                how = String.format(Locale.ROOT, "monte-carlo: %d importance-weighted samples (seed %d), because "
                                + "exact enumeration of the %d regions its writes couple would visit %.3g states "
                                + "(limit %.0f); %s", mc.samples(), MonteCarloSampling.SEED, exact.coupled[i].length,
                        exact.states(i, blocks), exactStateLimit, overloadText);
            }
            double brownout = isExact[i] ? exact.brownoutProbability[i] : mc.brownout()[i];
            populations.add(figures.population(i, read[i], write[i], charges,
                    isExact[i] ? Method.Kind.EXACT : Method.Kind.MONTE_CARLO, how, states, halfWidth[i], warmup,
                    brownout));
        }
        double[] weights = weights(s);
        AvailabilityFigure overall = figures.overall("overall availability", weights, populations, false);
        AvailabilityFigure overallFailover = figures.overall("overall availability with failover", weights,
                populations, true);
        List<ImportanceEntry> importance = ImportanceRanking.rank(s, elements, gainR, gainW, weights, common, read,
                write, overall.value());
        List<String> notes = new ArrayList<>(s.notes);
        if (routing == null) {
            notes.add("no global routing layer: users reach regions directly (counted as always up)");
        }
        for (CommonCauseFactors.Cause c : common.causes) {
            if (c.kind() != ElementKind.ROUTING) {
                notes.add(String.format(Locale.ROOT, "common cause in series, not failed over: %s, %s = %.6f",
                        c.description(), c.figure().formula(), c.availability()));
            }
        }
        if (overloads.normalOverloaded != null) {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < s.regions.size(); r++) {
                if (overloads.normalOverloaded[r]) {
                    ids.add(s.regions.get(r).id());
                }
            }
            notes.add("normal operation already overloads the design: the capacity engine's cascade takes "
                    + String.join(", ", ids) + " down, and they serve nobody in any state");
        }
        for (FailoverOverloads.Scenario sc : overloads.scenarios) {
            if (!sc.cascaded().isEmpty()) {
                String failed = sc.kind() == ElementKind.REGION ? "region " + s.regions.get(sc.index()).id()
                        : "provider " + s.providers.get(sc.index()).id();
                notes.add("losing " + failed + " overloads the survivors and the cascade takes "
                        + String.join(", ", sc.cascaded()) + " down too: its users are counted down in that state");
            }
        }
        notes.add(!anySampled ? "computed exactly" : String.format(Locale.ROOT, "estimated by Monte Carlo for the "
                + "populations whose writes couple too many regions (up to %.3g states): see each population's "
                + "method and interval", maxStates));
        return new AvailabilityReport(timings.rto().value(), populations, overall, overallFailover, importance, notes);
    }

    /** Same event combinations with the same probabilities (to rounding). */
    private static boolean sameBlock(RegionBlocks.Distribution a, RegionBlocks.Distribution b) {
        java.util.Map<Long, Double> pa = new java.util.HashMap<>();
        for (int k = 0; k < a.masks().length; k++) {
            pa.merge(a.masks()[k], a.probabilities()[k], Double::sum);
        }
        java.util.Map<Long, Double> pb = new java.util.HashMap<>();
        for (int k = 0; k < b.masks().length; k++) {
            pb.merge(b.masks()[k], b.probabilities()[k], Double::sum);
        }
        for (Long m : pa.keySet()) {
            pb.putIfAbsent(m, 0.0);
        }
        for (java.util.Map.Entry<Long, Double> e : pb.entrySet()) {
            if (Math.abs(e.getValue() - pa.getOrDefault(e.getKey(), 0.0)) > 1e-15) {
                return false;
            }
        }
        return true;
    }

    private static PopulationNeed need(FailureStructure s, int i) {
        return s.populationNeeds.get(i);
    }

    private static int servingAmongCoupled(ExactEnumeration exact, FailureStructure s, int i) {
        java.util.BitSet coupled = new java.util.BitSet(s.regions.size());
        for (int x : exact.coupled[i]) {
            coupled.set(x);
        }
        int k = 0;
        for (int r : need(s, i).servingRegions()) {
            k += coupled.get(r) ? 1 : 0;
        }
        return k;
    }

    private static String overloadText(FailoverOverloads overloads) {
        long cascades = overloads.scenarios.stream().filter(sc -> !sc.cascaded().isEmpty()).count();
        return String.format(Locale.ROOT, "single-region and single-provider failures judged with the capacity "
                + "engine's cascade (%d of them cascade); states with two or more regions down without overloads "
                + "(first order: downtime under-counted by terms of order ε²)", cascades);
    }

    /** Providers in use, regions, and the pools some chain needs: the elements ranked. */
    static List<Element> elements(FailureStructure s) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < s.providers.size(); i++) {
            String id = s.providers.get(i).id();
            out.add(new Element(ElementKind.PROVIDER, i, id, "a provider-wide " + id + " event (all its regions)"));
        }
        for (int r = 0; r < s.regions.size(); r++) {
            Region region = s.regions.get(r);
            out.add(new Element(ElementKind.REGION, r, region.id(), region.name()));
        }
        java.util.Map<String, Component> byId = new java.util.HashMap<>();
        s.topology.components().forEach(c -> byId.putIfAbsent(c.id(), c));
        for (int r = 0; r < s.regions.size(); r++) {
            for (int j : s.regionPools[r]) {
                Pool p = s.pool(j);
                Component c = byId.get(p.componentId());
                out.add(new Element(ElementKind.POOL, j, c.id(), c.name() + " in " + c.regionId() + ": " + p.needed()
                        + " of " + p.instances() + " instances needed"));
            }
        }
        return out;
    }

    /** Each population's share of the requests; equal shares when no population states a rate. */
    static double[] weights(FailureStructure s) {
        List<PopulationNeed> needs = s.populationNeeds;
        double total = needs.stream().mapToDouble(PopulationNeed::requestsPerSecond).sum();
        double[] w = new double[needs.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = total > 0 ? needs.get(i).requestsPerSecond() / total : 1.0 / w.length;
        }
        return w;
    }
}
