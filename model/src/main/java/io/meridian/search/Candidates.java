package io.meridian.search;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.InstanceRequirements;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierLoad;
import io.meridian.capacity.TierRequirement;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.evaluation.Severity;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a choice of options into a design and evaluates it, once per distinct choice: the structural options are
 * applied, then every service tier is sized to what the capacity engine says it needs (to ride out the loss of any
 * region, and of any provider across clouds; for normal operation on one region) plus the spares chosen, then the
 * whole design is evaluated by the engine.
 */
final class Candidates {
    /** A design that fails pays this per failed objective and error finding on top of its cost: never preferred. */
    static final double PENALTY = 1e15;

    private final Topology base;
    private final SearchSpace space;
    private final boolean billOnly;
    private final Map<String, Candidate> seen = new ConcurrentHashMap<>();
    private final AtomicInteger evaluations = new AtomicInteger();
    /**
     * Worked out once per structure and shared by its sizings: what each tier needs (it depends on every choice
     * but the spares: a capacity run per candidate before) and the reports that read no sizing (latency, recovery,
     * consistency; {@link Evaluator.StructureReports}). Bounded: a long genetic search meets many structures.
     */
    private final Map<String, Map<String, Integer>> neededByStructure = new ConcurrentHashMap<>();
    private final Map<String, Evaluator.StructureReports> reportsByStructure = new ConcurrentHashMap<>();
    static final int STRUCTURES_KEPT = 64;

    /** One evaluated candidate: its options, its design and what the engine says of it. */
    record Candidate(int[] options, Topology topology, Evaluation evaluation, String refused) {
        boolean passes() {
            return evaluation != null && evaluation.verdict().pass();
        }

        double totalAnnualCost() {
            return evaluation == null ? Double.POSITIVE_INFINITY : evaluation.cost().totalAnnualCost().value();
        }

        double bill() {
            return evaluation == null ? Double.POSITIVE_INFINITY : evaluation.cost().annual().value();
        }

        double availability() {
            return evaluation == null ? 0 : evaluation.availability().overallWithFailover().value();
        }

        double p99WriteMs() {
            return evaluation == null ? Double.POSITIVE_INFINITY : evaluation.latency().writes().stream()
                    .filter(w -> w.latency() != null).mapToDouble(w -> w.latency().p99Ms().value()).max().orElse(0);
        }

        /** Objectives missed and error findings standing. */
        int failures() {
            if (evaluation == null) {
                return 1;
            }
            return (int) (evaluation.objectives().stream().filter(o -> !o.pass()).count()
                    + evaluation.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
        }
    }

    Candidates(Topology base, SearchSpace space, boolean billOnly) {
        this.base = base;
        this.space = space;
        this.billOnly = billOnly;
    }

    /** The design as drawn. */
    Topology base() {
        return base;
    }

    int evaluations() {
        return evaluations.get();
    }

    /** The cost the cheapest search minimises: the chosen cost, plus the penalty when the design fails. */
    double cost(Candidate c) {
        double cost = billOnly ? c.bill() : c.totalAnnualCost();
        return Double.isFinite(cost) ? cost + PENALTY * c.failures() : Double.MAX_VALUE;
    }

    /** After this {@link System#nanoTime()}, a design not evaluated yet is not evaluated (the search's time limit). */
    private volatile long deadline = Long.MAX_VALUE;

    void stopEvaluatingAt(long nanoTime) {
        deadline = nanoTime;
    }

    Candidate of(int[] options) {
        String key = Arrays.toString(options);
        Candidate known = seen.get(key);
        if (known != null) {
            return known;
        }
        if (System.nanoTime() > deadline) {
            // The time is up: a generation or a step under way ends at once instead of evaluating on (a generation
            // of designs that fall to Monte Carlo took a minute past a 40 s limit). Not remembered: it was not judged.
            return new Candidate(options.clone(), base, null, "not evaluated: the time limit was reached");
        }
        return seen.computeIfAbsent(key, k -> build(options.clone()));
    }

    private Candidate build(int[] options) {
        Topology t = base;
        try {
            for (int i = 0; i < options.length; i++) {
                t = space.choices().get(i).apply(t, options[i]);
            }
            t = size(t, options);
            evaluations.incrementAndGet();
            Topology sized = t;
            Evaluator.StructureReports structure = remembered(reportsByStructure, key(options, true),
                    () -> Evaluator.structure(sized));
            return new Candidate(options, t, Evaluator.figures(t, "candidate", "Candidate",
                    io.meridian.cost.PriceCatalog.builtin(), structure), null);
        } catch (RuntimeException e) {
            // An option the model refuses for this design (a mode its datasets cannot take): not a candidate.
            return new Candidate(options, t, null, e.getMessage());
        }
    }

    /** Every service tier at the instances the capacity engine says it needs, plus its chosen spares. */
    private Topology size(Topology t, int[] options) {
        Topology unsized = t;
        Map<String, Integer> needed = remembered(neededByStructure, key(options, false),
                () -> needed(unsized, CapacityEngine.evaluate(unsized)));
        Map<String, Integer> spares = new HashMap<>();
        for (int i = 0; i < options.length; i++) {
            if (space.choices().get(i) instanceof SearchChoice.SpareInstances s) {
                spares.put(s.componentId(), options[i]);
            }
        }
        List<Component> resized = new java.util.ArrayList<>();
        for (Map.Entry<String, Integer> e : needed.entrySet()) {
            Component c = t.component(e.getKey()).orElseThrow();
            int instances = Math.max(1, e.getValue() + spares.getOrDefault(c.id(), 0));
            Component sized = c.withInstances(instances);
            if (c.spec() instanceof ComponentSpec.Service s && s.maxInstances() != null
                    && s.maxInstances() < instances) {
                sized = sized.withSpec(new ComponentSpec.Service(s.capacityPerInstanceRps(), s.targetUtilization(),
                        s.overload(), instances, s.warmupMinutes()));
            }
            resized.add(sized);
        }
        return t.withComponents(resized);
    }

    /**
     * The options that decide a structure: every choice's but the spares' (which only add instances), and, for the
     * reports that read no sizing at all, not the instance types' either (a type changes capacity and price only).
     */
    private String key(int[] options, boolean withoutInstanceTypes) {
        int[] k = options.clone();
        for (int i = 0; i < k.length; i++) {
            SearchChoice c = space.choices().get(i);
            if (c instanceof SearchChoice.SpareInstances
                    || withoutInstanceTypes && c instanceof SearchChoice.InstanceType) {
                k[i] = 0;
            }
        }
        return Arrays.toString(k);
    }

    private static <T> T remembered(Map<String, T> known, String key, java.util.function.Supplier<T> work) {
        T value = known.get(key);
        if (value == null) {
            value = work.get();
            if (known.size() >= STRUCTURES_KEPT) {
                known.clear();
            }
            known.putIfAbsent(key, value);
        }
        return value;
    }

    private static Map<String, Integer> needed(Topology t, CapacityReport capacity) {
        Map<String, Integer> out = new HashMap<>();
        // Survivors that overload when a region (or, across clouds, a provider) is lost are an error finding, which
        // no passing design may have, whatever its survive-loss objective: size for the loss of any region, and of
        // any provider when there are several, at the tiers' target utilisation.
        List<InstanceRequirements> losses = new java.util.ArrayList<>();
        if (t.regions().size() > 1) {
            losses.add(capacity.anyRegion());
        }
        if (capacity.anyProvider() != null && t.regions().stream().map(r -> r.provider()).distinct().count() > 1
                || t.objectives().surviveLossOf() == SurviveLoss.ANY_PROVIDER && capacity.anyProvider() != null) {
            losses.add(capacity.anyProvider());
        }
        for (InstanceRequirements req : losses) {
            for (TierRequirement r : req.tiers()) {
                out.merge(r.componentId(), (int) Math.round(r.needed().value()), Math::max);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        // Normal operation: ⌈load / (capacity per instance × target utilisation)⌉ at the baseline's loads.
        for (RegionLoad rl : capacity.baseline().initial().regions()) {
            for (TierLoad tier : rl.tiers()) {
                t.component(tier.componentId()).ifPresent(c -> {
                    if (c.spec() instanceof ComponentSpec.Service s) {
                        double load = rl.load().value();
                        out.put(c.id(), (int) Math.ceil(load / (s.capacityPerInstanceRps() * s.targetUtilization())
                                - 1e-9));
                    }
                });
            }
        }
        return out;
    }
}
