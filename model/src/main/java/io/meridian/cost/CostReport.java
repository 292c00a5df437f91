package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;

/**
 * Everything the cost engine says about a design, as plain data (serializes with Jackson as is).
 *
 * @param prices               the price catalogue used, with its date
 * @param lines                the monthly bill, line by line
 * @param byCategory           monthly totals for every category, zero ones included
 * @param byRegion             monthly totals per region in the design's region order; global routing is in no region
 * @param transfers            replication transfer per dataset, with the full-mesh comparison
 * @param monthly              the monthly total
 * @param annual               12 × monthly
 * @param availability         the availability A the downtime cost was computed for (an input)
 * @param downtimeCostPerHour  USD lost per hour of outage (the design's assumption)
 * @param downtimeHoursPerYear (1 − A) × 8766 h
 * @param downtimeCostPerYear  expected downtime cost per year
 * @param totalAnnualCost      annual + expected downtime cost: the total cost of ownership per year
 * @param notes                what was left unpriced or priced by a fallback, one sentence each
 */
public record CostReport(String prices, List<CostLine> lines, List<CategoryCost> byCategory, List<RegionCost> byRegion,
                         List<DatasetTransfer> transfers, Figure monthly, Figure annual, double availability,
                         double downtimeCostPerHour, Figure downtimeHoursPerYear, Figure downtimeCostPerYear,
                         Figure totalAnnualCost, List<String> notes) {
    public CostReport {
        prices = Checks.text(prices);
        lines = List.copyOf(lines);
        byCategory = List.copyOf(byCategory);
        byRegion = List.copyOf(byRegion);
        transfers = List.copyOf(transfers);
        Checks.present(monthly, "monthly");
        Checks.present(annual, "annual");
        Checks.fraction(availability, "availability");
        Checks.nonNegative(downtimeCostPerHour, "downtimeCostPerHour");
        Checks.present(downtimeHoursPerYear, "downtimeHoursPerYear");
        Checks.present(downtimeCostPerYear, "downtimeCostPerYear");
        Checks.present(totalAnnualCost, "totalAnnualCost");
        notes = List.copyOf(notes);
    }

    /** The monthly total of one category. */
    public double monthly(CostCategory category) {
        return byCategory.stream().filter(c -> c.category() == category).mapToDouble(c -> c.monthly().value())
                .sum();
    }

    /** The lines of one category, in bill order. */
    public List<CostLine> lines(CostCategory category) {
        return lines.stream().filter(l -> l.category() == category).toList();
    }
}
