package io.meridian.app.designdata;

import io.meridian.app.designdata.UserUnits.TimeUnit;
import io.meridian.model.Objectives;

/**
 * One numeric objective of the design as the Objectives tab shows it: its label, the unit a person types it in, and
 * how it is read from and put into {@link Objectives} (null: the objective is not set). Survive-loss is a choice, not
 * a number, and has its own row.
 */
public enum ObjectiveTarget {
    AVAILABILITY("availability", "Availability", "%", "Availability every population must see, as a percentage: 99.95"),
    RTO("rtoSeconds", "Recovery time (RTO)", "min", "Longest outage after a failure; minutes, or say 4 h, 90 s"),
    RPO("rpoSeconds", "Recovery point (RPO)", "s", "Most writes that may be lost, as seconds of writes; or 5 min"),
    READ_LATENCY("readLatencyMs", "Read latency p50", "ms", "The slowest read's median latency"),
    READ_LATENCY_P99("readLatencyP99Ms", "Read latency p99", "ms", "The slowest read's 99th percentile"),
    WRITE_LATENCY("writeLatencyMs", "Write latency p50", "ms", "The slowest write's median latency"),
    WRITE_LATENCY_P99("writeLatencyP99Ms", "Write latency p99", "ms", "The slowest write's 99th percentile"),
    MONTHLY_BUDGET("monthlyBudget", "Monthly budget", "USD/month", "Running cost a month, downtime excluded");

    private final String key;
    private final String label;
    private final String unit;
    private final String help;

    ObjectiveTarget(String key, String label, String unit, String help) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.help = help;
    }

    /** The field's name in the design file, which the model's messages use too. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The unit the text field is in. */
    public String unit() {
        return unit;
    }

    public String help() {
        return help;
    }

    /** The target in the model's unit, or null when the design does not state it. */
    public Double get(Objectives o) {
        return switch (this) {
            case AVAILABILITY -> o.availability();
            case RTO -> o.rtoSeconds();
            case RPO -> o.rpoSeconds();
            case READ_LATENCY -> o.readLatencyMs();
            case READ_LATENCY_P99 -> o.readLatencyP99Ms();
            case WRITE_LATENCY -> o.writeLatencyMs();
            case WRITE_LATENCY_P99 -> o.writeLatencyP99Ms();
            case MONTHLY_BUDGET -> o.monthlyBudget();
        };
    }

    /** The objectives with this target set to {@code value} (model unit), or removed when it is null. */
    public Objectives with(Objectives o, Double value) {
        return new Objectives(
                this == AVAILABILITY ? value : o.availability(),
                this == RTO ? value : o.rtoSeconds(),
                this == RPO ? value : o.rpoSeconds(),
                this == READ_LATENCY ? value : o.readLatencyMs(),
                this == WRITE_LATENCY ? value : o.writeLatencyMs(),
                this == MONTHLY_BUDGET ? value : o.monthlyBudget(),
                o.surviveLossOf(),
                this == READ_LATENCY_P99 ? value : o.readLatencyP99Ms(),
                this == WRITE_LATENCY_P99 ? value : o.writeLatencyP99Ms());
    }

    /** What a person typed, in this target's unit, as the model's value; throws with a message when it is not one. */
    public double parse(String text) {
        return switch (this) {
            case AVAILABILITY -> UserUnits.percentToFraction(text, key);
            case RTO -> UserUnits.toSeconds(text, TimeUnit.MINUTES, key);
            case RPO -> UserUnits.toSeconds(text, TimeUnit.SECONDS, key);
            case READ_LATENCY, READ_LATENCY_P99, WRITE_LATENCY, WRITE_LATENCY_P99 ->
                    UserUnits.toMillis(text, key);
            case MONTHLY_BUDGET -> UserUnits.dollars(text, key);
        };
    }

    /** The model's value as a person reads it in this target's unit. */
    public String format(double value) {
        return switch (this) {
            case AVAILABILITY -> UserUnits.fractionToPercent(value);
            case RTO -> UserUnits.fromSeconds(value, TimeUnit.MINUTES);
            case RPO -> UserUnits.fromSeconds(value, TimeUnit.SECONDS);
            case READ_LATENCY, READ_LATENCY_P99, WRITE_LATENCY, WRITE_LATENCY_P99 ->
                    UserUnits.plain(value);
            case MONTHLY_BUDGET -> UserUnits.plain(value);
        };
    }

    /**
     * The objectives with this target set from what a person typed: parsed, then built through the model's
     * validating constructor, so its refusal (a negative time) is the message shown.
     */
    public Objectives apply(Objectives o, String text) {
        return with(o, parse(text));
    }
}
