package io.meridian.model;

/**
 * A region of a provider (or a custom place such as an on-prem data centre) used by the design.
 * Values are resolved: when the design names a catalogue entry, the reader fills in what the file
 * leaves out and keeps what it overrides.
 *
 * @param catalogId        the catalogue entry it came from ({@code aws:us-east-1}), or null for a custom place
 * @param mttrHours        time to repair a whole-region outage
 * @param zones            availability zones or cells; 0 when unknown. With 0 or 1 the region has no zone domain of
 *                         its own: its one zone's outages are its outages, inside {@code availability}
 * @param zoneAvailability probability that one of its zones is not in a zone-wide outage (used with 2 or more zones)
 * @param zoneMttrHours    length of one zone-wide outage
 */
public record Region(String id, String catalogId, String name, Provider provider, GeoPoint location,
                     String jurisdiction, double availability, double mttrHours, int zones, double zoneAvailability,
                     double zoneMttrHours) {
    /** A region whose zones fail as {@link Defaults#ZONE_AVAILABILITY} and {@link Defaults#ZONE_MTTR_HOURS}. */
    public Region(String id, String catalogId, String name, Provider provider, GeoPoint location,
                  String jurisdiction, double availability, double mttrHours, int zones) {
        this(id, catalogId, name, provider, location, jurisdiction, availability, mttrHours, zones,
                Defaults.ZONE_AVAILABILITY, Defaults.ZONE_MTTR_HOURS);
    }

    public Region {
        Checks.id(id, "id");
        name = Checks.text(name).isBlank() ? id : name;
        Checks.present(provider, "provider");
        Checks.present(location, "location");
        jurisdiction = Checks.text(jurisdiction);
        Checks.availability(availability, "availability");
        Checks.positive(mttrHours, Limits.MAX_HOURS, "mttrHours");
        Checks.atMost(Checks.nonNegative(zones, "zones"), Limits.MAX_ZONES, "zones");
        Checks.availability(zoneAvailability, "zoneAvailability");
        Checks.positive(zoneMttrHours, Limits.MAX_HOURS, "zoneMttrHours");
    }

    /** True when its zones fail on their own: 2 or more zones (with 0 or 1 a zone outage is a region outage). */
    public boolean hasZoneDomain() {
        return zones >= 2;
    }

    public Region withAvailability(double value) {
        return new Region(id, catalogId, name, provider, location, jurisdiction, value, mttrHours, zones,
                zoneAvailability, zoneMttrHours);
    }

    public Region withName(String value) {
        return new Region(id, catalogId, value, provider, location, jurisdiction, availability, mttrHours, zones,
                zoneAvailability, zoneMttrHours);
    }

    public Region withLocation(GeoPoint value) {
        return new Region(id, catalogId, name, provider, value, jurisdiction, availability, mttrHours, zones,
                zoneAvailability, zoneMttrHours);
    }

    public Region withMttrHours(double value) {
        return new Region(id, catalogId, name, provider, location, jurisdiction, availability, value, zones,
                zoneAvailability, zoneMttrHours);
    }

    public Region withZones(int value) {
        return new Region(id, catalogId, name, provider, location, jurisdiction, availability, mttrHours, value,
                zoneAvailability, zoneMttrHours);
    }

    public Region withJurisdiction(String value) {
        return new Region(id, catalogId, name, provider, location, value, availability, mttrHours, zones,
                zoneAvailability, zoneMttrHours);
    }

    public Region withZoneAvailability(double value) {
        return new Region(id, catalogId, name, provider, location, jurisdiction, availability, mttrHours, zones,
                value, zoneMttrHours);
    }

    public Region withZoneMttrHours(double value) {
        return new Region(id, catalogId, name, provider, location, jurisdiction, availability, mttrHours, zones,
                zoneAvailability, value);
    }
}
