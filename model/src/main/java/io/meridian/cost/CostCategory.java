package io.meridian.cost;

import io.meridian.model.EnumIds;

/** The headings of the monthly bill. STORES holds every managed non-compute component (databases to load balancers). */
public enum CostCategory {
    COMPUTE, STORES, TRANSFER, ROUTING;

    public String id() {
        return EnumIds.id(this);
    }
}
