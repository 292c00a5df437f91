package io.meridian.availability;

import io.meridian.model.Checks;

/**
 * How a population's static availability was computed.
 *
 * @param description   e.g. "exact: 2 provider states × 3 region blocks (48 region/zone/pool states)" or
 *                      "monte-carlo: 100000 samples, 95% CI [0.99991, 0.99996]"
 * @param states        exact: region/zone/pool states enumerated; Monte Carlo: samples drawn
 * @param confidenceLow Monte Carlo only: lower end of the 95% interval of the request-weighted availability;
 *                      equals the value for exact results
 * @param confidenceHigh Monte Carlo only: upper end; equals the value for exact results
 */
public record Method(Kind kind, String description, long states, double confidenceLow, double confidenceHigh) {
    public enum Kind {
        EXACT, MONTE_CARLO
    }

    public Method {
        Checks.present(kind, "kind");
        description = Checks.text(description);
        Checks.fraction(confidenceLow, "confidenceLow");
        Checks.fraction(confidenceHigh, "confidenceHigh");
    }
}
