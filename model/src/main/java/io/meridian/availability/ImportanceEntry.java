package io.meridian.availability;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * How much downtime one element causes: the design's request-weighted static availability with the element made
 * perfect, minus the actual, as minutes per year.
 *
 * @param elementId         region or component id, provider id, or "routing"
 * @param availabilityGain  the availability difference itself
 * @param downtimeSaved     availabilityGain × 525,960 min/yr, explained
 */
public record ImportanceEntry(int rank, ElementKind kind, String elementId, String description,
                              double availabilityGain, Figure downtimeSaved) {
    public ImportanceEntry {
        Checks.positive(rank, "rank");
        Checks.present(kind, "kind");
        Checks.present(elementId, "elementId");
        description = Checks.text(description);
        Checks.present(downtimeSaved, "downtimeSaved");
    }
}
