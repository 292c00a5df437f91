package io.meridian.model;

/**
 * What the design must achieve. Every target is optional (null = no objective).
 *
 * @param availability     availability every population must see with failover time charged, (0, 1]
 * @param rtoSeconds       recovery time objective
 * @param rpoSeconds       recovery point objective
 * @param readLatencyMs    the slowest read's median (p50) request latency, ms
 * @param writeLatencyMs   the slowest write's median (p50) request latency, ms
 * @param readLatencyP99Ms  the slowest read's 99th-percentile request latency, ms
 * @param writeLatencyP99Ms the slowest write's 99th-percentile request latency, ms
 * @param monthlyBudget    USD per month, including nothing for downtime
 */
public record Objectives(Double availability, Double rtoSeconds, Double rpoSeconds, Double readLatencyMs,
                         Double writeLatencyMs, Double monthlyBudget, SurviveLoss surviveLossOf,
                         Double readLatencyP99Ms, Double writeLatencyP99Ms) {
    public static final Objectives NONE = new Objectives(null, null, null, null, null, null, SurviveLoss.NONE);

    /** Without 99th-percentile latency targets. */
    public Objectives(Double availability, Double rtoSeconds, Double rpoSeconds, Double readLatencyMs,
                      Double writeLatencyMs, Double monthlyBudget, SurviveLoss surviveLossOf) {
        this(availability, rtoSeconds, rpoSeconds, readLatencyMs, writeLatencyMs, monthlyBudget, surviveLossOf, null,
                null);
    }

    public Objectives {
        if (availability != null) {
            Checks.availability(availability, "availability");
        }
        Checks.nonNegative(rtoSeconds, Limits.MAX_SECONDS, "rtoSeconds");
        Checks.nonNegative(rpoSeconds, Limits.MAX_SECONDS, "rpoSeconds");
        Checks.nonNegative(readLatencyMs, Limits.MAX_MILLISECONDS, "readLatencyMs");
        Checks.nonNegative(writeLatencyMs, Limits.MAX_MILLISECONDS, "writeLatencyMs");
        Checks.nonNegative(readLatencyP99Ms, Limits.MAX_MILLISECONDS, "readLatencyP99Ms");
        Checks.nonNegative(writeLatencyP99Ms, Limits.MAX_MILLISECONDS, "writeLatencyP99Ms");
        Checks.nonNegative(monthlyBudget, Limits.MAX_MONTHLY_USD, "monthlyBudget");
        surviveLossOf = surviveLossOf == null ? SurviveLoss.NONE : surviveLossOf;
    }
}
