package io.meridian.model;

/**
 * What the design must achieve. Every target is optional (null = no objective).
 *
 * @param availability     availability every population must see with failover time charged, (0, 1]
 * @param rtoSeconds       recovery time objective
 * @param rpoSeconds       recovery point objective
 * @param readLatencyMs    worst population read RTT
 * @param writeLatencyMs   worst population write latency
 * @param monthlyBudget    USD per month, including nothing for downtime
 */
public record Objectives(Double availability, Double rtoSeconds, Double rpoSeconds, Double readLatencyMs,
                         Double writeLatencyMs, Double monthlyBudget, SurviveLoss surviveLossOf) {
    public static final Objectives NONE = new Objectives(null, null, null, null, null, null, SurviveLoss.NONE);

    public Objectives {
        if (availability != null) {
            Checks.availability(availability, "availability");
        }
        Checks.nonNegative(rtoSeconds, Limits.MAX_SECONDS, "rtoSeconds");
        Checks.nonNegative(rpoSeconds, Limits.MAX_SECONDS, "rpoSeconds");
        Checks.nonNegative(readLatencyMs, Limits.MAX_MILLISECONDS, "readLatencyMs");
        Checks.nonNegative(writeLatencyMs, Limits.MAX_MILLISECONDS, "writeLatencyMs");
        Checks.nonNegative(monthlyBudget, Limits.MAX_MONTHLY_USD, "monthlyBudget");
        surviveLossOf = surviveLossOf == null ? SurviveLoss.NONE : surviveLossOf;
    }
}
