package io.meridian.evaluation;

import io.meridian.cost.CostComparison;
import java.util.List;
import java.util.Locale;

/**
 * Which variant to choose: the cheapest in total annual cost (bill + expected downtime, every variant's downtime
 * priced at the baseline's $/h as in the comparison, so the two never disagree) among those that meet every
 * objective and have no error finding. A variant that meets the objectives but loses data or breaks residency
 * (an error finding) is named only when no clean one exists, with the warning in the sentence.
 *
 * @param variantId the chosen variant, or null when no variant meets every objective
 */
record Recommendation(String variantId, String sentence) {

    static Recommendation of(List<Evaluation> variants, CostComparison comparison) {
        Evaluation clean = cheapest(variants, comparison, true);
        if (clean != null) {
            // A variant without objectives "meets" none: say so rather than claim it meets every objective.
            return new Recommendation(clean.variantId(), String.format(Locale.ROOT, clean.objectives().isEmpty()
                    ? "'%s' has no error finding at the lowest total annual cost ($%,.0f/year incl. downtime); it "
                            + "states no objectives, so none is checked."
                    : "'%s' meets every objective with no error finding at the lowest total annual cost "
                            + "($%,.0f/year incl. downtime).", clean.variantName(), total(comparison, clean)));
        }
        Evaluation passing = cheapest(variants, comparison, false);
        if (passing != null) {
            List<String> codes = passing.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(f -> f.code().name()).distinct().toList();
            return new Recommendation(passing.variantId(), String.format(Locale.ROOT,
                    "'%s' meets every objective at the lowest total annual cost ($%,.0f/year incl. downtime), but "
                            + "has error findings (%s): no variant meets the objectives without one.",
                    passing.variantName(), total(comparison, passing), String.join(", ", codes)));
        }
        String cheapest = variants.stream().filter(e -> e.variantId().equals(comparison.cheapestId()))
                .map(Evaluation::variantName).findFirst().orElse(comparison.cheapestId());
        return new Recommendation(null, "No variant meets every objective; the cheapest in total annual cost is '"
                + cheapest + "'.");
    }

    private static Evaluation cheapest(List<Evaluation> variants, CostComparison comparison, boolean clean) {
        Evaluation best = null;
        for (Evaluation e : variants) {
            boolean errors = e.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
            if (e.verdict().objectivesMet() && !(clean && errors)
                    && (best == null || total(comparison, e) < total(comparison, best))) {
                best = e;
            }
        }
        return best;
    }

    private static double total(CostComparison comparison, Evaluation e) {
        return comparison.variant(e.variantId()).orElseThrow().totalAnnualCost().value();
    }
}
