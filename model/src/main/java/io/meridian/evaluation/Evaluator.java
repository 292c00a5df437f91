package io.meridian.evaluation;

import io.meridian.availability.AvailabilityEngine;
import io.meridian.availability.AvailabilityReport;
import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityShared;
import io.meridian.consistency.ConsistencyEngine;
import io.meridian.consistency.ConsistencyReport;
import io.meridian.cost.CostBill;
import io.meridian.cost.CostComparison;
import io.meridian.cost.CostEngine;
import io.meridian.cost.CostReport;
import io.meridian.cost.CostVariant;
import io.meridian.cost.PriceCatalog;
import io.meridian.latency.EvaluationContext;
import io.meridian.latency.LatencyEngine;
import io.meridian.latency.ReplicationTails;
import io.meridian.latency.LatencyReport;
import io.meridian.latency.MeasuredRtts;
import io.meridian.latency.RegionLatencies;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Topology;
import io.meridian.recovery.RecoveryEngine;
import io.meridian.recovery.RecoveryReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs every computation on a topology in dependency order: recovery first (availability charges each failure
 * event its own recovery curve), availability before cost (downtime cost), the findings over capacity, recovery and
 * consistency, then the objectives over all of them.
 * Pure and thread-safe: the app calls it off the FX thread, the CLI and the exporters call it directly. A design
 * beyond {@link EvaluationLimits} is refused with one {@link DesignTooLargeException} before any work.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static Evaluation evaluate(Topology topology) {
        return evaluate(topology, Design.BASELINE_ID, "Baseline");
    }

    public static Evaluation evaluate(Topology topology, String variantId, String variantName) {
        return evaluate(topology, variantId, variantName, PriceCatalog.builtin());
    }

    /** With the user's price catalogue ({@link PriceCatalog#forUser()}) instead of the built-in one. */
    public static Evaluation evaluate(Topology topology, String variantId, String variantName, PriceCatalog prices) {
        return evaluate(topology, variantId, variantName, prices, MeasuredRtts.none());
    }

    /**
     * With the user's prices and measured RTTs ({@link MeasuredRtts}: they replace the estimate for the region pairs
     * they measure, after the design's own network links).
     */
    public static Evaluation evaluate(Topology topology, String variantId, String variantName, PriceCatalog prices,
                                      MeasuredRtts measured) {
        return evaluate(topology, variantId, variantName, prices, measured, true);
    }

    /**
     * The figures only, for the analyses that evaluate thousands of variants (uncertainty, design search): every
     * figure, finding, objective and the verdict as {@link #evaluate}, without the availability's importance ranking
     * (its list is empty), which is most of the work on a small design.
     */
    public static Evaluation figures(Topology topology, String variantId, String variantName, PriceCatalog prices) {
        return evaluate(topology, variantId, variantName, prices, MeasuredRtts.none(), false);
    }

    /**
     * The reports an evaluation works out from a design's structure alone. Latency, recovery and consistency read no
     * instance count, capacity per instance or price (only capacity, availability and cost do), so every sizing of
     * one structure has the same three: the design search, which tries many sizings of each structure, works them
     * out once per structure ({@link #structure}) and evaluates each sizing with {@link #figures(Topology, String,
     * String, PriceCatalog, StructureReports)}. The structure's context (router, region latencies) goes with them:
     * worked out again per sizing it was a tenth of a sizing's evaluation.
     */
    public record StructureReports(LatencyReport latency, RecoveryReport recovery, ConsistencyReport consistency,
                                   EvaluationContext context) {
        public StructureReports {
            io.meridian.model.Checks.present(latency, "latency");
            io.meridian.model.Checks.present(recovery, "recovery");
            io.meridian.model.Checks.present(consistency, "consistency");
            io.meridian.model.Checks.present(context, "context");
        }
    }

    /** What the evaluator itself works out once per structure ({@link EvaluationContext#structural}). */
    private enum SharedBySizings {
        FINDINGS, LATENCY_OBJECTIVES
    }

    /** The structure's reports of this topology, for every topology that differs from it only in sizing. */
    public static StructureReports structure(Topology topology) {
        EvaluationLimits.check(topology);
        EvaluationContext context = EvaluationContext.of(topology, MeasuredRtts.none());
        RecoveryReport recovery = RecoveryEngine.evaluate(topology, context.regions());
        ConsistencyReport consistency = ConsistencyEngine.evaluate(topology, context.regions());
        LatencyReport latency = LatencyEngine.evaluate(context, replicationTails(recovery));
        return new StructureReports(latency, recovery, consistency, context);
    }

    /**
     * {@link #figures(Topology, String, String, PriceCatalog)} with the structure's reports worked out already:
     * {@code structure} must come from a topology that differs from this one at most in instance counts, instance
     * prices and capacities per instance (the caller's promise; the design search keys them by its structural
     * choices). Only capacity, availability, cost, findings and objectives are worked out, on this thread.
     */
    public static Evaluation figures(Topology topology, String variantId, String variantName, PriceCatalog prices,
                                     StructureReports structure) {
        EvaluationLimits.check(topology);
        // The structure's router and region latencies too: they read no sizing either.
        EvaluationContext context = structure.context().forSizing(topology);
        CapacityReport capacity = CapacityEngine.evaluate(topology, context.router(),
                context.structural(CapacityShared.class, CapacityShared::forSizings));
        AvailabilityReport availability = AvailabilityEngine.evaluate(context, structure.recovery().failover(),
                capacity, false);
        CostReport cost = CostEngine.evaluate(context, availability.overallWithFailover().value(), prices);
        // Once per structure: the rules that read no sizing, and the latency objectives (the slowest read and write
        // against the targets read the latency report and the design's names only).
        Findings.Structural structuralFindings = context.structural(SharedBySizings.FINDINGS, () ->
                Findings.structural(topology, context.router(), structure.recovery(), structure.consistency()));
        List<Finding> findings = Findings.of(topology, capacity, structuralFindings);
        List<ObjectiveResult> latencyObjectives = context.structural(SharedBySizings.LATENCY_OBJECTIVES, () ->
                ObjectiveChecks.latency(topology, structure.latency()));
        return judged(topology, context, variantId, variantName, structure.latency(), availability,
                structure.recovery(), capacity, cost, structure.consistency(), findings, latencyObjectives);
    }

    private static Evaluation evaluate(Topology topology, String variantId, String variantName, PriceCatalog prices,
                                       MeasuredRtts measured, boolean rank) {
        EvaluationLimits.check(topology);
        // One context per evaluation: the region latencies (each pair solved when first asked) and the router (each
        // population's distances solved once) are shared by every engine instead of worked out by each.
        EvaluationContext context = EvaluationContext.of(topology, measured);
        RegionLatencies regions = context.regions();
        // The engines are pure functions of immutable inputs, so the independent ones run side by side, in two
        // lanes for two cores. The longest chain is capacity → availability (on a 1,000-region design about half of
        // the work), so capacity starts first while this thread works out recovery and consistency; latency, which
        // needs recovery's lags, then runs beside availability instead of taking a core from capacity.
        CompletableFuture<CapacityReport> capacityTask = CompletableFuture.supplyAsync(
                () -> CapacityEngine.evaluate(topology, context.router()));
        RecoveryReport recovery = RecoveryEngine.evaluate(topology, regions);
        ConsistencyReport consistency = ConsistencyEngine.evaluate(topology, regions);
        // Latency bounds the staleness of replica reads by the recovery engine's replication lags.
        ReplicationTails tails = replicationTails(recovery);
        CapacityReport capacity = join(capacityTask);
        CompletableFuture<LatencyReport> latencyTask = CompletableFuture.supplyAsync(
                () -> LatencyEngine.evaluate(context, tails));
        // The bill and the findings need no availability: they follow latency in that lane, and only the downtime
        // cost and the objectives wait for availability.
        CompletableFuture<CostBill> billTask = latencyTask.thenApply(done -> CostEngine.bill(context, prices));
        CompletableFuture<List<Finding>> findingsTask = billTask.thenApply(done -> Findings.of(topology,
                context.router(), recovery, capacity, consistency));
        AvailabilityReport availability = AvailabilityEngine.evaluate(context, recovery.failover(), capacity, rank);
        CostReport cost = CostEngine.evaluate(join(billTask), availability.overallWithFailover().value());
        LatencyReport latency = join(latencyTask);
        return judged(topology, context, variantId, variantName, latency, availability, recovery, capacity, cost,
                consistency, join(findingsTask), ObjectiveChecks.latency(topology, latency));
    }

    /** The objectives and verdict over the engines' reports and the findings. */
    private static Evaluation judged(Topology topology, EvaluationContext context, String variantId,
                                     String variantName, LatencyReport latency, AvailabilityReport availability,
                                     RecoveryReport recovery, CapacityReport capacity, CostReport cost,
                                     ConsistencyReport consistency, List<Finding> findings,
                                     List<ObjectiveResult> latencyObjectives) {
        Reports reports = new Reports(topology, context.router(), latency, availability, recovery, capacity, cost,
                consistency);
        List<ObjectiveResult> objectives = ObjectiveChecks.of(reports, latencyObjectives);
        return new Evaluation(variantId, variantName, latency, availability, recovery, capacity, cost, consistency,
                findings, objectives, ObjectiveChecks.verdict(objectives, findings));
    }

    private static ReplicationTails replicationTails(RecoveryReport recovery) {
        java.util.Map<String, io.meridian.model.Figure> byLink = new java.util.HashMap<>();
        for (io.meridian.recovery.ReplicationLag lag : recovery.lags()) {
            if (!lag.unbounded()) {
                byLink.put(lag.linkId(), lag.tailSeconds());
            }
        }
        return byLink::get;
    }

    /** The task's result, or what it threw, as it was thrown (not wrapped in a CompletionException). */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The baseline and every alternative, with the cost comparison and the recommended variant. */
    public static DesignEvaluation evaluate(Design design) {
        return evaluate(design, PriceCatalog.builtin());
    }

    /** The same with a given price catalogue (the CLI and the app pass the user's). */
    public static DesignEvaluation evaluate(Design design, PriceCatalog prices) {
        return evaluate(design, prices, MeasuredRtts.none());
    }

    /** The same with the user's prices and measured RTTs, for every variant. */
    public static DesignEvaluation evaluate(Design design, PriceCatalog prices, MeasuredRtts measured) {
        return evaluate(design, prices, measured, true);
    }

    /**
     * The same without the availability's importance ranking (each variant's list is empty), for the commands that
     * show none of it ({@code check}, {@code diff}): on a 1,000-region design the ranking re-runs the exact
     * engine 11,000 times, a third of the run.
     */
    public static DesignEvaluation figures(Design design, PriceCatalog prices, MeasuredRtts measured) {
        return evaluate(design, prices, measured, false);
    }

    private static DesignEvaluation evaluate(Design design, PriceCatalog prices, MeasuredRtts measured, boolean rank) {
        // Every variant is checked before any is evaluated: a design too large says so before the work starts.
        EvaluationLimits.check(design.topology(), "$");
        for (int k = 0; k < design.alternatives().size(); k++) {
            EvaluationLimits.check(design.alternatives().get(k).topology(), "$.alternatives[" + k + "]");
        }
        List<Evaluation> variants = new ArrayList<>();
        List<CostVariant> costs = new ArrayList<>();
        for (Alternative v : design.variants()) {
            Evaluation e = evaluate(v.topology(), v.id(), v.name(), prices, measured, rank);
            variants.add(e);
            costs.add(new CostVariant(v.id(), v.name(), e.cost()));
        }
        CostComparison comparison = CostComparison.compare(costs);
        Recommendation pick = Recommendation.of(variants, comparison);
        return new DesignEvaluation(design.name(), variants, comparison, pick.variantId(), pick.sentence());
    }
}
