package io.meridian.cost;

import io.meridian.latency.Zone;
import io.meridian.model.Region;
import java.util.Locale;

/**
 * The continents the providers' transfer price tables are written in (Google Cloud: "between regions within Northern
 * America", "Europe to Asia"; Azure: "within North America", "inter-continental from Europe"). A region's continent
 * comes from its coordinates through the latency model's zones, so a custom region gets one too.
 */
enum Continent {
    NORTH_AMERICA, SOUTH_AMERICA, EUROPE, AFRICA, MIDDLE_EAST, ASIA, OCEANIA;

    /** The spelling in price items: {@code inter-continent.north-america}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Continent of(Region region) {
        return switch (Zone.of(region.location())) {
            case NA -> NORTH_AMERICA;
            case SA -> SOUTH_AMERICA;
            case EU -> EUROPE;
            case AF -> AFRICA;
            case LV, ME -> MIDDLE_EAST;
            case SAS, SEA, EAS -> ASIA;
            case OC -> OCEANIA;
        };
    }
}
