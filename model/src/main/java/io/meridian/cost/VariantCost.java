package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * One alternative's side of the comparison, with downtime priced at the baseline's downtime cost per hour.
 *
 * @param nines              −log10(1 − A); null when A = 1 (unbounded)
 * @param annualCost         12 × the monthly bill
 * @param downtimeCostPerYear (1 − A) × 8766 h × the baseline's downtime cost per hour
 * @param totalAnnualCost    annual cost + downtime cost per year
 */
public record VariantCost(String id, String name, double availability, Figure nines, Figure annualCost,
                          Figure downtimeCostPerYear, Figure totalAnnualCost) {
    public VariantCost {
        Checks.id(id, "id");
        name = Checks.text(name);
        Checks.fraction(availability, "availability");
        Checks.present(annualCost, "annualCost");
        Checks.present(downtimeCostPerYear, "downtimeCostPerYear");
        Checks.present(totalAnnualCost, "totalAnnualCost");
    }
}
