package io.meridian.uncertainty;

import io.meridian.catalog.RegionCatalog;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.util.List;

/** Minimal designs with ranges, for the uncertainty tests. */
final class UncertainDesigns {
    static final RegionCatalog NO_CATALOG = new RegionCatalog(List.of());

    private UncertainDesigns() {
    }

    /**
     * One custom region (no zones), one service of one instance, one population, provider and common causes that never
     * fail: the population's availability is A_region × A_service, with nothing else multiplied in. Ranges replace
     * the two placeholders.
     */
    static String singleRegion(String regionAvailability, String serviceAvailability, String transferPrice,
                               String objectives) {
        return """
                {"schema": "meridian/1", "name": "single",
                 "assumptions": {"transferPricePerGb": %s, "downtimeCostPerHour": 1000},
                 "regions": [{"id": "r1", "name": "Region one", "provider": "other", "lat": 50, "lon": 8, "zones": 0,
                              "availability": %s, "mttrHours": 4}],
                 "components": [{"id": "api", "kind": "service", "name": "API", "region": "r1", "instances": 1,
                                 "availability": %s, "capacityPerInstanceRps": 1000, "hourlyPrice": 1}],
                 "populations": [{"id": "users", "name": "Users", "lat": 50, "lon": 8, "requestsPerSecond": 10,
                                  "readFraction": 1}],
                 "providers": [{"provider": "other", "availability": 1, "mttrHours": 4}],
                 "commonCauses": {"globalChange": {"eventsPerYear": 0}},
                 "objectives": %s}
                """.formatted(transferPrice, regionAvailability, serviceAvailability, objectives);
    }

    static Design read(String json) {
        return new DesignReader(NO_CATALOG).read(json, "design.json");
    }
}
