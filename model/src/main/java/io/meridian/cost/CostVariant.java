package io.meridian.cost;

import io.meridian.model.Checks;

/** One alternative to compare: a variant of the design (see {@code Design.variants()}) and its cost report. */
public record CostVariant(String id, String name, CostReport cost) {
    public CostVariant {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.present(cost, "cost");
    }
}
