package io.meridian.evaluation;

import io.meridian.cost.CostComparison;
import io.meridian.model.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A design's variants evaluated side by side: the baseline first, then each alternative.
 *
 * @param comparison         cost per extra nine and break-even of each alternative against the baseline
 * @param recommendedId      the variant that meets every objective (preferring one without error findings) at the
 *                           lowest total annual cost, or null when none
 *                           meets them all
 * @param recommendation     that choice in one sentence
 */
public record DesignEvaluation(String designName, List<Evaluation> variants, CostComparison comparison,
                               String recommendedId, String recommendation) {
    public DesignEvaluation {
        designName = Checks.text(designName);
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a design evaluation has at least the baseline");
        }
        Checks.present(comparison, "comparison");
        recommendation = Checks.text(recommendation);
    }

    public Evaluation baseline() {
        return variants.get(0);
    }

    public Optional<Evaluation> variant(String id) {
        return variants.stream().filter(v -> v.variantId().equals(id)).findFirst();
    }
}
