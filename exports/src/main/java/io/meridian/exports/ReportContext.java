package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Topology;
import io.meridian.recovery.DatasetRpo;
import io.meridian.risk.RiskReport;
import io.meridian.uncertainty.UncertaintyReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The design and its evaluation, paired variant by variant, with the lookups every page and sheet needs.
 * The evaluation's variants follow {@link Design#variants()}; a variant the design does not hold is refused.
 */
final class ReportContext {
    private final Design design;
    private final DesignEvaluation evaluation;
    private final Map<String, Topology> topologies = new LinkedHashMap<>();
    private final Map<String, RiskReport> risks;
    private final Map<String, UncertaintyReport> ranges;
    private final Provenance provenance;

    ReportContext(Design design, DesignEvaluation evaluation) {
        this(design, evaluation, Map.of());
    }

    ReportContext(Design design, DesignEvaluation evaluation, Map<String, RiskReport> risks) {
        this(design, evaluation, risks, Map.of(), Provenance.unknown(java.time.Clock.systemUTC()));
    }

    ReportContext(Design design, DesignEvaluation evaluation, Map<String, RiskReport> risks, Provenance provenance) {
        this(design, evaluation, risks, Map.of(), provenance);
    }

    /**
     * @param risks      simulated years by variant id (none: the reports have no risk pages)
     * @param ranges     what the ranges on the inputs do, by variant id (none: no tornadoes)
     * @param provenance when, by what and from which file the reports are made
     */
    ReportContext(Design design, DesignEvaluation evaluation, Map<String, RiskReport> risks,
                  Map<String, UncertaintyReport> ranges, Provenance provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.risks = Map.copyOf(Objects.requireNonNull(risks, "risks"));
        this.ranges = Map.copyOf(Objects.requireNonNull(ranges, "ranges"));
        this.design = Objects.requireNonNull(design, "design");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        for (Alternative a : design.variants()) {
            topologies.put(a.id(), a.topology());
        }
        for (Evaluation e : evaluation.variants()) {
            if (!topologies.containsKey(e.variantId())) {
                throw new IllegalArgumentException("the evaluation has a variant '" + e.variantId()
                        + "' that the design does not hold; evaluate this design before exporting it");
            }
        }
    }

    /** The variant's simulated years, when they were worked out for the report. */
    java.util.Optional<RiskReport> risk(Evaluation variant) {
        return java.util.Optional.ofNullable(risks.get(variant.variantId()));
    }

    /** What the variant's ranges do, when it has ranges and they were analysed for the report. */
    java.util.Optional<UncertaintyReport> ranges(Evaluation variant) {
        return java.util.Optional.ofNullable(ranges.get(variant.variantId())).filter(u -> !u.inputs().isEmpty());
    }

    Provenance provenance() {
        return provenance;
    }

    /**
     * The report's status in one line: the verdict, objectives met, error findings, and whether the risk simulation
     * is in it.
     */
    String status() {
        Evaluation e = baseline();
        long met = e.objectives().stream().filter(o -> o.pass()).count();
        long errors = e.findings().stream().filter(f -> f.severity() == io.meridian.evaluation.Severity.ERROR).count();
        return "Status: " + VerdictMarks.word(e.verdict()) + " · " + met + " of " + e.objectives().size()
                + " objectives met · " + errors + " error finding" + (errors == 1 ? "" : "s") + " · risk simulation "
                + (risk(e).isPresent() ? "included" : "not run") + " · computed by Meridian, not yet reviewed";
    }

    Design design() {
        return design;
    }

    DesignEvaluation evaluation() {
        return evaluation;
    }

    Evaluation baseline() {
        return evaluation.baseline();
    }

    Topology topology() {
        return design.topology();
    }

    Topology topology(Evaluation variant) {
        return topologies.get(variant.variantId());
    }

    List<Evaluation> variants() {
        return evaluation.variants();
    }

    boolean hasAlternatives() {
        return evaluation.variants().size() > 1;
    }

    /** The worst RPO over the baseline's datasets in seconds; +∞ when one is unbounded, NaN without datasets. */
    double worstRpoSeconds() {
        return worstRpoSeconds(baseline());
    }

    static double worstRpoSeconds(Evaluation e) {
        return e.recovery().rpo().stream().mapToDouble(DatasetRpo::seconds).max().orElse(Double.NaN);
    }

    /** A region's display name with its catalogue id, e.g. "US East (N. Virginia) · aws:us-east-1". */
    String regionLabel(String regionId) {
        return topology().region(regionId).map(r -> r.catalogId() == null || r.catalogId().isBlank()
                ? r.name() : r.name() + " (" + r.catalogId() + ")").orElse(regionId);
    }

    String populationName(String populationId) {
        return topology().population(populationId).map(p -> p.name()).orElse(populationId);
    }
}
