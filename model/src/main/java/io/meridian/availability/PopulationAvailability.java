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
 * @param brownout            minutes per year in which the survivors serve only part of its requests (they shed the
 *                            rest, or autoscaled instances are still warming up); the requests they shed are in the
 *                            availability figures, this is the time it lasts (outage minutes are the downtime)
 */
public record PopulationAvailability(String populationId, String name, double readFraction,
                                     List<String> servingRegionIds, AvailabilityFigures staticAvailability,
                                     AvailabilityFigures withFailover, Figure failoverLoss, Method method,
                                     List<String> notes, Figure brownout) {
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
        Checks.present(brownout, "brownout");
    }

    /** Without brownout (a design whose tiers never shed). */
    public PopulationAvailability(String populationId, String name, double readFraction,
                                  List<String> servingRegionIds, AvailabilityFigures staticAvailability,
                                  AvailabilityFigures withFailover, Figure failoverLoss, Method method,
                                  List<String> notes) {
        this(populationId, name, readFraction, servingRegionIds, staticAvailability, withFailover, failoverLoss, method,
                notes, Figure.of("brownout of " + populationId, 0, "min/yr", "no tier sheds"));
    }
}
