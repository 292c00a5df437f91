package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * One line of the monthly bill.
 *
 * @param elementId   the component, replication link or {@code routing} the line prices
 * @param regionId    the region billed (a transfer is billed where it leaves); null for global routing
 * @param description what is priced and at which rate, in words
 * @param monthly     USD per month, explained
 */
public record CostLine(CostCategory category, String elementId, String regionId, String description, Figure monthly) {
    public CostLine {
        Checks.present(category, "category");
        Checks.present(elementId, "elementId");
        description = Checks.text(description);
        Checks.present(monthly, "monthly");
    }
}
