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
 * @param services                    the managed services it runs on (several: redundant authoritative DNS, up while
 *                                    any is); empty when the design does not say. Its availability defaults from them
 */
public record GlobalRouting(RoutingKind kind, double dnsTtlSeconds, double healthCheckIntervalSeconds,
                            int failureThreshold, double convergenceSeconds, double dnsCacheTailShare,
                            double dnsCacheTailSeconds, Reliability reliability, double monthlyPrice,
                            java.util.List<RoutingService> services) {
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
        services = services == null ? java.util.List.of() : java.util.List.copyOf(services);
        if (services.stream().distinct().count() != services.size()) {
            throw new ModelException("services", "a service is listed twice");
        }
    }

    /** Without named services. */
    public GlobalRouting(RoutingKind kind, double dnsTtlSeconds, double healthCheckIntervalSeconds,
                         int failureThreshold, double convergenceSeconds, double dnsCacheTailShare,
                         double dnsCacheTailSeconds, Reliability reliability, double monthlyPrice) {
        this(kind, dnsTtlSeconds, healthCheckIntervalSeconds, failureThreshold, convergenceSeconds, dnsCacheTailShare,
                dnsCacheTailSeconds, reliability, monthlyPrice, java.util.List.of());
    }

    /**
     * The availability a routing layer on these services has when the design states none: 1 − Π (1 − A service)
     * (redundant services, up while any is), or {@link Defaults#ROUTING_AVAILABILITY} when none is named.
     */
    public static double availabilityOf(java.util.List<RoutingService> services) {
        if (services.isEmpty()) {
            return Defaults.ROUTING_AVAILABILITY;
        }
        double down = 1;
        for (RoutingService service : services) {
            down *= 1 - service.availability();
        }
        return 1 - down;
    }

    /** Seconds from a failure until health checks declare it: interval × consecutive failures. */
    public double detectionSeconds() {
        return healthCheckIntervalSeconds * failureThreshold;
    }
}
