package io.meridian.model;

/**
 * A region of a provider (or a custom place such as an on-prem data centre) used by the design.
 * Values are resolved: when the design names a catalogue entry, the reader fills in what the file
 * leaves out and keeps what it overrides.
 *
 * @param catalogId   the catalogue entry it came from ({@code aws:us-east-1}), or null for a custom place
 * @param mttrHours   time to repair a whole-region outage
 * @param zones       availability zones or cells; 0 when unknown
 */
public record Region(String id, String catalogId, String name, Provider provider, GeoPoint location,
                     String jurisdiction, double availability, double mttrHours, int zones) {
    public Region {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.present(provider, "provider");
        Checks.present(location, "location");
        jurisdiction = Checks.text(jurisdiction);
        Checks.availability(availability, "availability");
        Checks.positive(mttrHours, Limits.MAX_HOURS, "mttrHours");
        Checks.atMost(Checks.nonNegative(zones, "zones"), Limits.MAX_ZONES, "zones");
    }

    public Region withAvailability(double value) {
        return new Region(id, catalogId, name, provider, location, jurisdiction, value, mttrHours, zones);
    }

    public Region withName(String value) {
        return new Region(id, catalogId, value, provider, location, jurisdiction, availability, mttrHours, zones);
    }

    public Region withLocation(GeoPoint value) {
        return new Region(id, catalogId, name, provider, value, jurisdiction, availability, mttrHours, zones);
    }
}
