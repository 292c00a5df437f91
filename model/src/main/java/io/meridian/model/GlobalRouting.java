package io.meridian.model;

/**
 * The global routing layer in front of the regions.
 *
 * @param dnsTtlSeconds               DNS record TTL (DNS kinds)
 * @param healthCheckIntervalSeconds  seconds between health checks
 * @param failureThreshold            consecutive failed checks before a region is removed
 * @param convergenceSeconds          anycast/BGP convergence (anycast kind)
 * @param dnsCacheTailShare           share of clients that keep a dead address past the TTL, [0, 1]
 * @param dnsCacheTailSeconds         how long those clients stay on it
 * @param reliability                 availability of the routing layer itself
 * @param monthlyPrice                USD per month
 */
public record GlobalRouting(RoutingKind kind, double dnsTtlSeconds, double healthCheckIntervalSeconds,
                            int failureThreshold, double convergenceSeconds, double dnsCacheTailShare,
                            double dnsCacheTailSeconds, Reliability reliability, double monthlyPrice) {
    public GlobalRouting {
        Checks.present(kind, "kind");
        Checks.nonNegative(dnsTtlSeconds, Limits.MAX_SECONDS, "dnsTtlSeconds");
        Checks.nonNegative(healthCheckIntervalSeconds, Limits.MAX_SECONDS, "healthCheckIntervalSeconds");
        Checks.positive(failureThreshold, Limits.MAX_FAILURE_THRESHOLD, "failureThreshold");
        Checks.nonNegative(convergenceSeconds, Limits.MAX_SECONDS, "convergenceSeconds");
        Checks.fraction(dnsCacheTailShare, "dnsCacheTailShare");
        Checks.nonNegative(dnsCacheTailSeconds, Limits.MAX_SECONDS, "dnsCacheTailSeconds");
        Checks.present(reliability, "availability");
        Checks.nonNegative(monthlyPrice, Limits.MAX_MONTHLY_USD, "monthlyPrice");
    }

    /** Seconds from a failure until health checks declare it: interval × consecutive failures. */
    public double detectionSeconds() {
        return healthCheckIntervalSeconds * failureThreshold;
    }
}
