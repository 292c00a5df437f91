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
        nonNegative(rtoSeconds, "rtoSeconds");
        nonNegative(rpoSeconds, "rpoSeconds");
        nonNegative(readLatencyMs, "readLatencyMs");
        nonNegative(writeLatencyMs, "writeLatencyMs");
        nonNegative(monthlyBudget, "monthlyBudget");
        surviveLossOf = surviveLossOf == null ? SurviveLoss.NONE : surviveLossOf;
    }

    private static void nonNegative(Double value, String field) {
        if (value != null) {
            Checks.nonNegative(value, field);
        }
    }
}
