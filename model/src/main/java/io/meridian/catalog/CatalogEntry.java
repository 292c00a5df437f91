package io.meridian.catalog;

import io.meridian.model.Checks;
import io.meridian.model.Defaults;
import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import io.meridian.model.Region;

/**
 * One place in the region catalogue.
 *
 * @param id           catalogue id, {@code provider:code} (e.g. {@code aws:us-east-1}, {@code onprem:frankfurt-dc1})
 * @param code         the provider's own region code
 * @param name         human name, e.g. {@code US East (N. Virginia)}; the code when blank
 * @param country      country name in English, e.g. {@code United States}; may be empty
 * @param jurisdiction legal jurisdiction for residency (US, EU, UK, CA, APAC-SG, …; see the catalogue README)
 * @param availability default availability of the region as a whole
 * @param zones        availability zones (0 when none or unknown)
 * @param city         the city or area the coordinates stand for; may be empty
 */
public record CatalogEntry(String id, Provider provider, String code, String name, String country,
                           GeoPoint location, String jurisdiction, double availability, int zones,
                           String city) {
    public CatalogEntry {
        Checks.id(id, "id");
        Checks.present(provider, "provider");
        Checks.present(code, "code");
        name = Checks.text(name).isBlank() ? code : name;
        country = Checks.text(country);
        Checks.present(location, "location");
        jurisdiction = Checks.text(jurisdiction);
        Checks.availability(availability, "availability");
        Checks.nonNegative(zones, "zones");
        city = Checks.text(city);
    }

    /** The original nine-component form (no city), kept for callers written against it. */
    public CatalogEntry(String id, Provider provider, String code, String name, String country,
                        GeoPoint location, String jurisdiction, double availability, int zones) {
        this(id, provider, code, name, country, location, jurisdiction, availability, zones, "");
    }

    /** The catalogue id for a provider and code: {@code aws:us-east-1}. */
    public static String idOf(Provider provider, String code) {
        return provider.id() + ":" + code;
    }

    /**
     * A model region standing for this entry, with the catalogue's defaults: its availability, zones and
     * the default whole-region repair time {@link Defaults#REGION_MTTR_HOURS}.
     *
     * @param regionId the region's id within the design (e.g. {@code use1})
     */
    public Region toRegion(String regionId) {
        return new Region(regionId, id, name, provider, location, jurisdiction, availability,
                Defaults.REGION_MTTR_HOURS, zones);
    }
}
