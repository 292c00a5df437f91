package io.meridian.availability;

import io.meridian.model.Checks;
import java.util.List;

/**
 * Everything the availability engine says about a design, as plain data (serializes with Jackson as is).
 *
 * @param rtoSeconds      the design's RTO (99% of the affected users back after the worst region failure), for
 *                        reference: each event is charged the area above its own recovery curve, not this
 * @param populations     per population, in design order; one pseudo population {@link #ALL} when the design has none
 * @param overall         request-weighted (by requests/s) mean of the populations' static headline figures
 * @param overallWithFailover the same for the figures with failover time
 * @param importance      elements ranked by the downtime they cause, most first; elements that cause none are left out
 * @param notes           design-wide remarks, once each
 */
public record AvailabilityReport(double rtoSeconds, List<PopulationAvailability> populations,
                                 AvailabilityFigure overall, AvailabilityFigure overallWithFailover,
                                 List<ImportanceEntry> importance, List<String> notes) {
    /** Id of the pseudo population reported for a design without populations. */
    public static final String ALL = "all";

    public AvailabilityReport {
        Checks.nonNegative(rtoSeconds, "rtoSeconds");
        populations = List.copyOf(populations);
        Checks.present(overall, "overall");
        Checks.present(overallWithFailover, "overallWithFailover");
        importance = List.copyOf(importance);
        notes = List.copyOf(notes);
    }
}
