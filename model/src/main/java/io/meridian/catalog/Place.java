package io.meridian.catalog;

import io.meridian.model.Checks;
import io.meridian.model.GeoPoint;

import java.util.Optional;

/**
 * Somewhere a user named: a catalogue entry or bare coordinates (a user population's city, an office).
 *
 * @param label    what to show: the entry's name, or the coordinates as typed in normal form
 * @param location where it is
 * @param entry    the catalogue entry, or null for plain coordinates
 */
public record Place(String label, GeoPoint location, CatalogEntry entry) {
    public Place {
        Checks.present(location, "location");
        if (Checks.text(label).isBlank()) {
            label = entry != null ? entry.name() : location.lat() + ", " + location.lon();
        }
    }

    public static Place of(CatalogEntry entry) {
        return new Place(entry.name(), entry.location(), entry);
    }

    public static Place at(GeoPoint location) {
        return new Place(null, location, null);
    }

    public boolean isCatalogEntry() {
        return entry != null;
    }

    /** The catalogue id ({@code aws:us-east-1}), empty for plain coordinates. */
    public Optional<String> catalogId() {
        return entry == null ? Optional.empty() : Optional.of(entry.id());
    }
}
