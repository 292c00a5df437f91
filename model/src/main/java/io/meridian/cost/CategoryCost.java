package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/** The monthly total of one category of the bill. */
public record CategoryCost(CostCategory category, Figure monthly) {
    public CategoryCost {
        Checks.present(category, "category");
        Checks.present(monthly, "monthly");
    }
}
