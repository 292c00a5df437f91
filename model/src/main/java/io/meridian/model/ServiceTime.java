package io.meridian.model;

/**
 * How long a component takes to handle one request (a service tier's processing, a database's read or commit),
 * without the network: its median and its 99th percentile.
 *
 * @param p50Ms median, ms
 * @param p99Ms 99th percentile, ms, at least the median
 */
public record ServiceTime(double p50Ms, double p99Ms) {
    public ServiceTime {
        Checks.nonNegative(p50Ms, Limits.MAX_MILLISECONDS, "serviceTimeMs");
        Checks.nonNegative(p99Ms, Limits.MAX_MILLISECONDS, "serviceTimeP99Ms");
        if (p99Ms < p50Ms) {
            throw new ModelException("serviceTimeP99Ms", "the 99th percentile (" + Checks.plain(p99Ms)
                    + " ms) cannot be below the median serviceTimeMs (" + Checks.plain(p50Ms) + " ms)");
        }
    }

    /** A median with the default tail: p99 = {@link Defaults#SERVICE_TIME_P99_FACTOR} × p50. */
    public static ServiceTime ofMedian(double p50Ms) {
        return new ServiceTime(p50Ms, Defaults.SERVICE_TIME_P99_FACTOR * p50Ms);
    }
}
