package io.meridian.availability;

import io.meridian.model.Checks;

/**
 * Reads, writes and the two mixed by the population's read fraction (the headline).
 *
 * @param requestWeighted readFraction × read + (1 − readFraction) × write: the share of requests that succeed
 */
public record AvailabilityFigures(AvailabilityFigure read, AvailabilityFigure write,
                                  AvailabilityFigure requestWeighted) {
    public AvailabilityFigures {
        Checks.present(read, "read");
        Checks.present(write, "write");
        Checks.present(requestWeighted, "requestWeighted");
    }
}
