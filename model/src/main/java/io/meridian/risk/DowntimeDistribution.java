package io.meridian.risk;

/**
 * A distribution of annual downtime over the simulated years, in request-weighted minutes per year.
 *
 * @param mean      the mean over the years
 * @param halfWidth half the 95% interval of the mean (normal approximation, z = 1.96)
 * @param p10       … {@code p99}: percentiles of one year's downtime (Commons Statistics, its default estimator)
 */
public record DowntimeDistribution(double mean, double halfWidth, double p10, double p50, double p90, double p95,
                                   double p99) {
}
