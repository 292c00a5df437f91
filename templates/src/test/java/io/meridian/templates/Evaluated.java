package io.meridian.templates;

import io.meridian.availability.PopulationAvailability;
import io.meridian.consistency.DatasetConsistency;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.evaluation.FindingCode;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.recovery.ReplicationLag;
import java.util.List;

/** A template evaluated by every engine ({@link Evaluator#evaluate(io.meridian.model.Design)}), with lookups by id. */
final class Evaluated {
    private final DesignEvaluation design;

    private Evaluated(DesignEvaluation design) {
        this.design = design;
    }

    static Evaluated of(String templateId) {
        return new Evaluated(Evaluator.evaluate(Templates.load(templateId)));
    }

    Evaluation baseline() {
        return design.baseline();
    }

    Evaluation variant(String id) {
        return design.variant(id).orElseThrow(() -> new AssertionError("no variant " + id));
    }

    static PopulationAvailability population(Evaluation e, String id) {
        return e.availability().populations().stream().filter(p -> p.populationId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no availability for " + id));
    }

    static DatasetConsistency dataset(Evaluation e, String id) {
        return e.consistency().datasets().stream().filter(d -> d.datasetId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no consistency for " + id));
    }

    static ReplicationLag lag(Evaluation e, String linkId) {
        return e.recovery().lags().stream().filter(l -> l.linkId().equals(linkId)).findFirst()
                .orElseThrow(() -> new AssertionError("no lag for " + linkId));
    }

    static double rpo(Evaluation e, String datasetId) {
        return e.recovery().rpo().stream().filter(r -> r.datasetId().equals(datasetId)).findFirst().orElseThrow()
                .seconds();
    }

    static List<FindingCode> findings(Evaluation e) {
        return e.findings().stream().map(f -> f.code()).toList();
    }

    static boolean flags(Evaluation e, FindingCode code, String elementId) {
        return e.findings().stream().anyMatch(f -> f.code() == code && f.elementIds().contains(elementId));
    }

    static ObjectiveResult objective(Evaluation e, String name) {
        return e.objectives().stream().filter(o -> o.objective().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no objective " + name));
    }
}
