package io.meridian.model;

/**
 * The design-wide inputs that are not elements: physics, estimates and business figures.
 * Defaults and their sources are in {@link Defaults}.
 *
 * @param fiberKmPerMs         signal speed in fiber (km per ms)
 * @param routeInflation       typical path length / great-circle length, >= 1, for every corridor; null: each
 *                             corridor's own (io/meridian/latency/corridors.csv, docs/latency-model.md)
 * @param overheadRttMs        fixed per-round-trip overhead (ms) for every corridor, short hops included; null: each
 *                             corridor's own plus the short-hop overhead
 * @param commitWaitEpsilonMs  clock uncertainty bound ε for commit-wait (ms)
 * @param downtimeCostPerHour  USD lost per hour of full outage
 * @param reconnectSeconds     time for clients to reconnect after a switch (part of RTO)
 * @param partitionSeconds     length of the inter-region partition to reason about (CRDT convergence)
 * @param wanCutHours          length of the WAN cut queues must buffer
 * @param transferPricePerGb   cross-region transfer, USD per GB
 * @param inRegionSwitchoverSeconds a database pool's switchover to its in-region standby (Multi-AZ); a component's
 *                                  own switchoverSeconds wins
 * @param switchoverFailureOnDemand probability that an automatic switchover or promotion fails when called, [0, 1]
 * @param operatorDecisionMinutes   page, acknowledge and decide before a manual switchover or promotion
 */
public record Assumptions(double fiberKmPerMs, Double routeInflation, Double overheadRttMs,
                          double commitWaitEpsilonMs, double downtimeCostPerHour, double reconnectSeconds,
                          double partitionSeconds, double wanCutHours, double transferPricePerGb,
                          double inRegionSwitchoverSeconds, double switchoverFailureOnDemand,
                          double operatorDecisionMinutes) {
    public static final Assumptions DEFAULTS = new Assumptions(Defaults.FIBER_KM_PER_MS, null, null,
            Defaults.COMMIT_WAIT_EPSILON_MS, Defaults.DOWNTIME_COST_PER_HOUR);

    /** The latency and business inputs, every other assumption at its default. */
    public Assumptions(double fiberKmPerMs, Double routeInflation, Double overheadRttMs, double commitWaitEpsilonMs,
                       double downtimeCostPerHour) {
        this(fiberKmPerMs, routeInflation, overheadRttMs, commitWaitEpsilonMs, downtimeCostPerHour,
                Defaults.RECONNECT_SECONDS, Defaults.PARTITION_SECONDS, Defaults.WAN_CUT_HOURS,
                Defaults.TRANSFER_PRICE_PER_GB);
    }

    /** Every input but the per-event recovery ones, which take their defaults. */
    public Assumptions(double fiberKmPerMs, Double routeInflation, Double overheadRttMs, double commitWaitEpsilonMs,
                       double downtimeCostPerHour, double reconnectSeconds, double partitionSeconds,
                       double wanCutHours, double transferPricePerGb) {
        this(fiberKmPerMs, routeInflation, overheadRttMs, commitWaitEpsilonMs, downtimeCostPerHour, reconnectSeconds,
                partitionSeconds, wanCutHours, transferPricePerGb, Defaults.IN_REGION_SWITCHOVER_SECONDS,
                Defaults.SWITCHOVER_FAILURE_ON_DEMAND, Defaults.OPERATOR_DECISION_MINUTES);
    }

    public Assumptions {
        Checks.positive(fiberKmPerMs, "fiberKmPerMs");
        if (fiberKmPerMs < Limits.MIN_FIBER_KM_PER_MS) {
            throw new ModelException("fiberKmPerMs", Checks.plain(fiberKmPerMs) + " is less than the minimum "
                    + Checks.grouped(Limits.MIN_FIBER_KM_PER_MS));
        }
        if (fiberKmPerMs > Defaults.LIGHT_KM_PER_MS) {
            throw new ModelException("fiberKmPerMs", "cannot exceed the speed of light, 299.79 km/ms; got " + fiberKmPerMs);
        }
        if (routeInflation != null) {
            if (!(routeInflation >= 1) || Double.isInfinite(routeInflation)) {
                throw new ModelException("routeInflation", "must be >= 1 (no path is shorter than the great circle), got "
                        + routeInflation);
            }
            Checks.atMost(routeInflation, Limits.MAX_ROUTE_INFLATION, "routeInflation");
        }
        if (overheadRttMs != null) {
            Checks.nonNegative(overheadRttMs, Limits.MAX_MILLISECONDS, "overheadRttMs");
        }
        Checks.nonNegative(commitWaitEpsilonMs, Limits.MAX_MILLISECONDS, "commitWaitEpsilonMs");
        Checks.nonNegative(downtimeCostPerHour, Limits.MAX_DOWNTIME_COST_PER_HOUR, "downtimeCostPerHour");
        Checks.nonNegative(reconnectSeconds, Limits.MAX_SECONDS, "reconnectSeconds");
        Checks.nonNegative(partitionSeconds, Limits.MAX_SECONDS, "partitionSeconds");
        Checks.nonNegative(wanCutHours, Limits.MAX_HOURS, "wanCutHours");
        Checks.nonNegative(transferPricePerGb, Limits.MAX_PRICE_PER_GB, "transferPricePerGb");
        Checks.nonNegative(inRegionSwitchoverSeconds, Limits.MAX_SECONDS, "inRegionSwitchoverSeconds");
        Checks.fraction(switchoverFailureOnDemand, "switchoverFailureOnDemand");
        Checks.nonNegative(operatorDecisionMinutes, Limits.MAX_MINUTES, "operatorDecisionMinutes");
    }

    public Assumptions withFiberKmPerMs(double value) {
        return new Assumptions(value, routeInflation, overheadRttMs, commitWaitEpsilonMs, downtimeCostPerHour,
                reconnectSeconds, partitionSeconds, wanCutHours, transferPricePerGb, inRegionSwitchoverSeconds,
                switchoverFailureOnDemand, operatorDecisionMinutes);
    }

    public Assumptions withDowntimeCostPerHour(double value) {
        return new Assumptions(fiberKmPerMs, routeInflation, overheadRttMs, commitWaitEpsilonMs, value,
                reconnectSeconds, partitionSeconds, wanCutHours, transferPricePerGb, inRegionSwitchoverSeconds,
                switchoverFailureOnDemand, operatorDecisionMinutes);
    }

    public Assumptions withSwitchover(double inRegionSeconds, double failureOnDemand, double decisionMinutes) {
        return new Assumptions(fiberKmPerMs, routeInflation, overheadRttMs, commitWaitEpsilonMs, downtimeCostPerHour,
                reconnectSeconds, partitionSeconds, wanCutHours, transferPricePerGb, inRegionSeconds, failureOnDemand,
                decisionMinutes);
    }
}
