package io.meridian.availability;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import java.util.List;

/**
 * The availability one user population sees.
 *
 * @param populationId        the population, or {@link AvailabilityReport#ALL} for the design-level pseudo population
 * @param servingRegionIds    regions the population may use (residency) that can serve it, in design order
 * @param staticAvailability  steady-state probability that a request succeeds, failover taken as instant
 * @param withFailover        the same, minus the RTO every failure event costs the users it moves
 * @param failoverLoss        the availability the failover time costs reads (writes in its inputs)
 * @param method              exact or Monte Carlo, with its interval
 * @param notes               why some path can never be up (an under-provisioned pool, a dataset without a primary)
 */
public record PopulationAvailability(String populationId, String name, double readFraction,
                                     List<String> servingRegionIds, AvailabilityFigures staticAvailability,
                                     AvailabilityFigures withFailover, Figure failoverLoss, Method method,
                                     List<String> notes) {
    public PopulationAvailability {
        Checks.present(populationId, "populationId");
        name = Checks.text(name);
        Checks.fraction(readFraction, "readFraction");
        servingRegionIds = List.copyOf(servingRegionIds);
        Checks.present(staticAvailability, "staticAvailability");
        Checks.present(withFailover, "withFailover");
        Checks.present(failoverLoss, "failoverLoss");
        Checks.present(method, "method");
        notes = List.copyOf(notes);
    }
}
