package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * An alternative against the baseline: what its extra nines cost and the downtime cost per hour at which it pays off.
 *
 * @param annualCostDelta  annual cost of the alternative − annual cost of the baseline
 * @param downtimeHoursAvoided (A_B − A_A) × 8766 h: hours of expected downtime a year the alternative saves
 *                         (negative when it is less available)
 * @param ninesDelta       nines of the alternative − nines of the baseline; null when either has A = 1
 * @param costPerExtraNine annual cost delta / nines delta; null when the nines are equal or unbounded
 * @param breakEvenDowntimeCostPerHour the downtime cost per hour at which both total annual costs are equal:
 *                         annual cost delta / (availability delta × 8766 h); null when there is no positive one
 *                         (same availability, or one alternative is better at any downtime cost)
 * @param verdict          the trade-off in one sentence
 */
public record VersusBaseline(String id, String name, Figure annualCostDelta, Figure downtimeHoursAvoided,
                             Figure ninesDelta, Figure costPerExtraNine, Figure breakEvenDowntimeCostPerHour,
                             String verdict) {
    public VersusBaseline {
        Checks.id(id, "id");
        name = Checks.text(name);
        Checks.present(annualCostDelta, "annualCostDelta");
        Checks.present(downtimeHoursAvoided, "downtimeHoursAvoided");
        verdict = Checks.text(verdict);
    }
}
