package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;

/**
 * One alternative's side of the comparison, with downtime priced at the baseline's downtime cost per hour: the
 * summary row a comparison table or an export shows per variant.
 *
 * @param nines               −log10(1 − A); null when A = 1 (unbounded)
 * @param monthlyCost         the monthly bill (730 h)
 * @param byCategory          the monthly bill by category (compute, stores, transfer, routing), zero ones included
 * @param annualCost          12 × the monthly bill
 * @param downtimeHoursPerYear (1 − A) × 8766 h
 * @param downtimeCostPerYear (1 − A) × 8766 h × the baseline's downtime cost per hour
 * @param totalAnnualCost     annual cost + downtime cost per year
 */
public record VariantCost(String id, String name, double availability, Figure nines, Figure monthlyCost,
                          List<CategoryCost> byCategory, Figure annualCost, Figure downtimeHoursPerYear,
                          Figure downtimeCostPerYear, Figure totalAnnualCost) {
    public VariantCost {
        Checks.id(id, "id");
        name = Checks.text(name);
        Checks.fraction(availability, "availability");
        Checks.present(monthlyCost, "monthlyCost");
        byCategory = List.copyOf(byCategory);
        Checks.present(annualCost, "annualCost");
        Checks.present(downtimeHoursPerYear, "downtimeHoursPerYear");
        Checks.present(downtimeCostPerYear, "downtimeCostPerYear");
        Checks.present(totalAnnualCost, "totalAnnualCost");
    }

    /** The monthly total of one category. */
    public double monthly(CostCategory category) {
        return byCategory.stream().filter(c -> c.category() == category).mapToDouble(c -> c.monthly().value())
                .sum();
    }
}
