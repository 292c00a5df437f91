package io.meridian.cost;

import io.meridian.model.EnumIds;

/**
 * The headings of the monthly bill. STORES holds every managed non-compute component (databases to load balancers);
 * TRANSFER moves data between regions, providers and zones; EGRESS sends responses to users on the internet;
 * DISCOUNT takes a provider's commitment discount off (negative).
 */
public enum CostCategory {
    COMPUTE, STORES, TRANSFER, EGRESS, ROUTING, DISCOUNT;

    public String id() {
        return EnumIds.id(this);
    }
}
