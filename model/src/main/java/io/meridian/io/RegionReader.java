package io.meridian.io;

import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Defaults;
import io.meridian.model.GeoPoint;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a region: a catalogue entry ({@code "catalog": "aws:us-east-1"}) fills every field the file leaves
 * out, and any field present overrides it; a custom place names its provider and coordinates itself.
 */
final class RegionReader {
    static final Set<String> FIELDS = Set.of("id", "catalog", "name", "provider", "lat", "lon", "jurisdiction",
            "availability", "mttrHours", "zones", "zoneAvailability", "zoneMttrHours");
    private final RegionCatalog catalog;

    RegionReader(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    Region read(FieldReader f) {
        f.rejectUnknown(FIELDS);
        String id = f.text("id");
        String catalogId = f.optionalText("catalog");
        CatalogEntry entry = null;
        if (catalogId != null) {
            entry = catalog.find(catalogId).orElse(null);
            if (entry == null) {
                f.log().add(f.pathOf("catalog"), "no region '" + catalogId + "' in the catalogue" + catalog
                        .closestId(catalogId).map(near -> " (did you mean '" + near + "'?)").orElse(""));
                return null;
            }
        } else {
            List<String> missing = Stream.of("provider", "lat", "lon").filter(n -> !f.has(n)).toList();
            if (!missing.isEmpty()) {
                f.log().add(f.path(), "a custom region (no \"catalog\") needs provider, lat and lon; missing "
                        + String.join(", ", missing));
            }
        }
        // Without an entry the required fields were checked just above; these fallbacks only keep reading going.
        boolean fromCatalog = entry != null;
        String name = f.text("name", fromCatalog ? entry.name() : "");
        Provider provider = f.choice("provider", Provider.class, fromCatalog ? entry.provider() : Provider.OTHER);
        double lat = f.number("lat", fromCatalog ? entry.location().lat() : 0.0);
        double lon = f.number("lon", fromCatalog ? entry.location().lon() : 0.0);
        String jurisdiction = f.text("jurisdiction", fromCatalog ? entry.jurisdiction() : "");
        // A custom place defaults like a catalogue region: the seeds' single-region 99.95%.
        double availability = f.number("availability",
                fromCatalog ? entry.availability() : RegionCatalog.DEFAULT_AVAILABILITY);
        double mttrHours = f.number("mttrHours", Defaults.REGION_MTTR_HOURS);
        int zones = f.integer("zones", fromCatalog ? entry.zones() : 0);
        double zoneAvailability = f.number("zoneAvailability", Defaults.ZONE_AVAILABILITY);
        double zoneMttrHours = f.number("zoneMttrHours", Defaults.ZONE_MTTR_HOURS);
        String resolvedCatalogId = fromCatalog ? entry.id() : null; // the catalogue's spelling, whatever the case
        return f.build(() -> new Region(id, resolvedCatalogId, name, provider, new GeoPoint(lat, lon), jurisdiction,
                availability, mttrHours, zones, zoneAvailability, zoneMttrHours));
    }
}
