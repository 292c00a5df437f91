package io.meridian.evaluation;

import io.meridian.availability.PopulationAvailability;
import io.meridian.capacity.InstanceRequirements;
import io.meridian.latency.DatasetRead;
import io.meridian.latency.LatencyReport;
import io.meridian.latency.ReadLatency;
import io.meridian.latency.WeightedLatency;
import io.meridian.latency.WriteLatency;
import io.meridian.model.Figure;
import io.meridian.model.Quantities;
import io.meridian.model.Objectives;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.recovery.DatasetRpo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Each objective of the design against the engine's figure. Availability is checked with failover time charged
 * (what users live through), for the worst population; latencies against the slowest read or write's request latency (p50 or p99);
 * RPO against the worst dataset (unbounded counts as +∞).
 */
final class ObjectiveChecks {
    private ObjectiveChecks() {
    }

    static List<ObjectiveResult> of(Reports r) {
        return of(r, latency(r.topology(), r.latency()));
    }

    /**
     * The same with the latency objectives worked out already ({@link #latency}): they read the latency report and
     * the design's names only, which every sizing of a structure shares, and scanning every read and write for the
     * slowest was a twentieth of a design-search candidate.
     */
    static List<ObjectiveResult> of(Reports r, List<ObjectiveResult> latencyResults) {
        Objectives o = r.topology().objectives();
        List<ObjectiveResult> out = new ArrayList<>();
        if (o.availability() != null) {
            out.add(availability(r, o.availability()));
        }
        if (o.rtoSeconds() != null) {
            Figure rto = r.recovery().rto().rto();
            out.add(atMost("rto", o.rtoSeconds(), rto, "s", "RTO after the worst single-region failure: "
                    + "99% of the affected users have reads and writes back (DNS-cache tail included)"));
        }
        if (o.rpoSeconds() != null) {
            out.add(rpo(r, o.rpoSeconds()));
        }
        out.addAll(latencyResults);
        if (o.monthlyBudget() != null) {
            out.add(atMost("monthly-budget", o.monthlyBudget(), r.cost().monthly(), "USD",
                    "the monthly bill (downtime not included)"));
        }
        if (o.surviveLossOf() != SurviveLoss.NONE) {
            out.add(surviveLoss(r, o.surviveLossOf()));
        }
        return out;
    }

    /** The design's latency objectives (median and p99 reads, then writes) against the latency report. */
    static List<ObjectiveResult> latency(Topology t, LatencyReport latency) {
        Objectives o = t.objectives();
        List<ObjectiveResult> out = new ArrayList<>();
        if (o.readLatencyMs() != null) {
            out.add(readLatency(t, latency, o.readLatencyMs(), "read-latency", WeightedLatency::slowestRegionMs,
                    "median"));
        }
        if (o.readLatencyP99Ms() != null) {
            out.add(readLatency(t, latency, o.readLatencyP99Ms(), "read-latency-p99", WeightedLatency::p99Ms, "p99"));
        }
        if (o.writeLatencyMs() != null) {
            out.add(writeLatency(t, latency, o.writeLatencyMs(), "write-latency", WeightedLatency::slowestRegionMs,
                    "median"));
        }
        if (o.writeLatencyP99Ms() != null) {
            out.add(writeLatency(t, latency, o.writeLatencyP99Ms(), "write-latency-p99", WeightedLatency::p99Ms,
                    "p99"));
        }
        return List.copyOf(out);
    }

    /**
     * What a person calls an element: its name, and for a component also its region's ("API tier in US East (N.
     * Virginia)": components are often named alike in every region); the id when it has no name.
     */
    static String name(Reports r, String id) {
        return name(r.topology(), id);
    }

    static String name(Topology t, String id) {
        var component = t.component(id);
        if (component.isPresent()) {
            String region = t.region(component.get().regionId()).map(x -> x.name()).orElse(component.get().regionId());
            return component.get().name() + " in " + region;
        }
        return t.population(id).map(p -> p.name()).or(() -> t.dataset(id).map(d -> d.name()))
                .or(() -> t.region(id).map(x -> x.name())).filter(n -> !n.isBlank()).orElse(id);
    }

    /**
     * The objectives stated together with the error findings: "PASS on objectives, 3 errors" rather than a PASS
     * beside findings that lose data or overload a region (issue 12).
     */
    static Verdict verdict(List<ObjectiveResult> results, List<Finding> findings) {
        List<String> failed = results.stream().filter(x -> !x.pass()).map(ObjectiveResult::objective).toList();
        List<Finding> errorFindings = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        int errors = errorFindings.size();
        String codes = errorFindings.stream().map(f -> f.code().name()).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        String errorCount = errors + (errors == 1 ? " error" : " errors");
        Verdict.State state;
        String summary;
        if (results.isEmpty()) {
            state = Verdict.State.NO_OBJECTIVES;
            summary = errors == 0 ? "NO OBJECTIVES: the design states none, and no error finding stands"
                    : "NO OBJECTIVES, " + errorCount + ": the design states none; error findings: " + codes;
        } else if (!failed.isEmpty()) {
            state = Verdict.State.FAIL;
            summary = "FAIL: misses " + failed.size() + " of " + results.size() + " objectives ("
                    + String.join(", ", failed) + ")" + (errors == 0 ? "" : "; " + errorCount + " (" + codes + ")");
        } else if (errors > 0) {
            state = Verdict.State.PASS_WITH_ERRORS;
            summary = "PASS on objectives, " + errorCount + ": meets all " + results.size()
                    + " objectives; error findings: " + codes;
        } else {
            state = Verdict.State.PASS;
            summary = "PASS: meets all " + results.size() + " objectives, no error findings";
        }
        return new Verdict(state, failed.isEmpty() && errors == 0, failed.size(), results.size(), errors, summary);
    }

    private static ObjectiveResult availability(Reports r, double target) {
        PopulationAvailability worst = r.availability().populations().stream()
                .min(Comparator.comparingDouble(p -> p.withFailover().requestWeighted().value())).orElseThrow();
        Figure actual = worst.withFailover().requestWeighted().availability();
        boolean pass = actual.value() >= target;
        return new ObjectiveResult("availability", target, actual, "", pass, String.format(Locale.ROOT,
                "worst population '%s' with failover time charged: %s (%s down) vs target %s",
                name(r, worst.populationId()), Quantities.availability(actual.value()),
                Quantities.downtimePerYear(worst.withFailover().requestWeighted().downtimeMinutesPerYear()),
                Quantities.availability(target)));
    }

    private static ObjectiveResult rpo(Reports r, double target) {
        DatasetRpo worst = r.recovery().rpo().stream().max(Comparator.comparingDouble(DatasetRpo::seconds))
                .orElse(null);
        if (worst == null) {
            return atMost("rpo", target, Figure.of("RPO", 0, "s", "no datasets"), "s", "the design holds no datasets");
        }
        Figure actual = worst.unbounded()
                ? Figure.of("RPO of " + worst.datasetId(), Double.POSITIVE_INFINITY, "s", "unbounded: " + worst.basis())
                : worst.rpoSeconds();
        return atMost("rpo", target, actual, "s", "worst dataset '" + name(r, worst.datasetId()) + "': "
                + worst.basis());
    }

    /**
     * The slowest read at a percentile (the median through the slowest serving region, or the p99): over every dataset
     * a population reads, under the dataset's read consistency (a strong read pays the trip to the leader); a
     * population that reads no dataset, its request to the serving region. Network and service times both count.
     */
    private static ObjectiveResult readLatency(Topology t, LatencyReport latency, double target, String objective,
                                               Function<WeightedLatency, Figure> measure, String percentile) {
        DatasetRead worstData = latency.datasetReads().stream().filter(x -> x.latency() != null)
                .max(Comparator.comparingDouble(x -> measure.apply(x.latency()).value())).orElse(null);
        java.util.Set<String> readingData = new java.util.HashSet<>();
        latency.datasetReads().forEach(x -> readingData.add(x.populationId()));
        ReadLatency worstPlain = latency.reads().stream()
                .filter(x -> x.latency() != null && !readingData.contains(x.populationId()))
                .max(Comparator.comparingDouble(x -> measure.apply(x.latency()).value())).orElse(null);
        if (worstData == null && worstPlain == null) {
            return atMost(objective, target, Figure.of("read latency", 0, "ms", "no populations"), "ms",
                    "the design has no population to read");
        }
        if (worstData != null && (worstPlain == null || measure.apply(worstData.latency()).value()
                >= measure.apply(worstPlain.latency()).value())) {
            return atMost(objective, target, measure.apply(worstData.latency()), "ms",
                    "slowest read (" + percentile + " request latency): population '"
                            + name(t, worstData.populationId()) + "' of dataset '" + name(t, worstData.datasetId())
                            + "' (" + (worstData.stale() ? "stale: may miss recent writes"
                            : worstData.consistency().id() + " read") + ")");
        }
        return atMost(objective, target, measure.apply(worstPlain.latency()), "ms",
                "slowest population '" + name(t, worstPlain.populationId()) + "' (" + percentile
                        + " request latency to its serving region)");
    }

    private static ObjectiveResult writeLatency(Topology t, LatencyReport latency, double target, String objective,
                                                Function<WeightedLatency, Figure> measure, String percentile) {
        WriteLatency worst = latency.writes().stream().filter(x -> x.latency() != null)
                .max(Comparator.comparingDouble(x -> measure.apply(x.latency()).value())).orElse(null);
        if (worst == null) {
            return atMost(objective, target, Figure.of("write latency", 0, "ms", "no writes"), "ms",
                    "the design has no dataset a population writes");
        }
        return atMost(objective, target, measure.apply(worst.latency()), "ms",
                "slowest write (" + percentile + " request latency): population '" + name(t, worst.populationId())
                        + "' to dataset '" + name(t, worst.datasetId()) + "' ("
                        + worst.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
    }

    private static ObjectiveResult surviveLoss(Reports r, SurviveLoss loss) {
        InstanceRequirements req = loss == SurviveLoss.ANY_PROVIDER ? r.capacity().anyProvider()
                : r.capacity().anyRegion();
        if (req == null) {
            return new ObjectiveResult("survive-loss", 0, Figure.of("instances short", Double.POSITIVE_INFINITY,
                    "instances", "every region belongs to one provider"), "instances", false,
                    "losing the only provider leaves no region to carry the load");
        }
        int short_ = req.tiers().stream().mapToInt(t -> Math.max(0, t.delta())).sum();
        List<String> shortTiers = req.tiers().stream().filter(t -> !t.sufficient())
                .map(t -> String.format(Locale.ROOT, "%s needs %d (has %d)", name(r, t.componentId()),
                        t.instances() + t.delta(), t.instances())).toList();
        Figure actual = Figure.of("instances short", short_, "instances",
                "Σ max(0, needed − instances) over service tiers", "tiers short", shortTiers.size());
        String what = loss == SurviveLoss.ANY_PROVIDER ? "any one provider" : "any one region";
        String detail = shortTiers.isEmpty()
                ? "every tier rides out the loss of " + what + " at its target utilisation"
                : "to ride out the loss of " + what + " at target utilisation: " + String.join("; ", shortTiers);
        return new ObjectiveResult("survive-loss", 0, actual, "instances", short_ == 0, detail);
    }

    private static ObjectiveResult atMost(String name, double target, Figure actual, String unit, String detail) {
        return new ObjectiveResult(name, target, actual, unit, actual.value() <= target, detail);
    }
}
