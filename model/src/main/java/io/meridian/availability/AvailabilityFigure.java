package io.meridian.availability;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * An availability with what it means for a year: downtime minutes ((1 − A) × 525,960) and nines (−log10(1 − A),
 * capped at {@link #MAX_NINES} when the downtime rounds to zero).
 */
public record AvailabilityFigure(Figure availability, double downtimeMinutesPerYear, double nines) {
    /** Minutes in an average year: 365.25 × 24 × 60. */
    public static final double MINUTES_PER_YEAR = 525_960.0;
    /** Double precision resolves 1 − A down to about 1e-16; beyond that "nines" mean nothing. */
    public static final double MAX_NINES = 15.0;

    public AvailabilityFigure {
        Checks.present(availability, "availability");
        Checks.nonNegative(downtimeMinutesPerYear, "downtimeMinutesPerYear");
        Checks.nonNegative(nines, "nines");
    }

    public static AvailabilityFigure of(Figure availability) {
        double down = Math.max(0, 1 - availability.value());
        double nines = down <= 0 ? MAX_NINES : Math.min(MAX_NINES, -Math.log10(down));
        return new AvailabilityFigure(availability, down * MINUTES_PER_YEAR, Math.max(0, nines));
    }

    public double value() {
        return availability.value();
    }
}
