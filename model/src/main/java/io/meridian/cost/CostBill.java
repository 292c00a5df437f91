package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;

/**
 * What a design costs to run, before its downtime: the cost engine's work that needs no availability
 * ({@link CostEngine#bill}), so that an evaluation works it out beside the availability engine and adds the downtime
 * afterwards ({@link CostEngine#evaluate(CostBill, double)}).
 *
 * @param prices              the price catalogue used, with its date
 * @param lines               the monthly bill, line by line
 * @param byCategory          monthly totals for every category
 * @param byRegion            monthly totals per region
 * @param transfers           replication transfer per dataset
 * @param monthly             the monthly total
 * @param annual              12 × monthly
 * @param downtimeCostPerHour USD lost per hour of outage (the design's assumption)
 * @param notes               what was left unpriced or priced by a fallback, in the order found
 */
public record CostBill(String prices, List<CostLine> lines, List<CategoryCost> byCategory, List<RegionCost> byRegion,
                       List<DatasetTransfer> transfers, Figure monthly, Figure annual, double downtimeCostPerHour,
                       List<String> notes) {
    public CostBill {
        prices = Checks.text(prices);
        lines = List.copyOf(lines);
        byCategory = List.copyOf(byCategory);
        byRegion = List.copyOf(byRegion);
        transfers = List.copyOf(transfers);
        Checks.present(monthly, "monthly");
        Checks.present(annual, "annual");
        notes = List.copyOf(notes);
    }
}
