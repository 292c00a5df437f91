package io.meridian.evaluation;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * One objective checked against the engine's figure.
 *
 * @param objective e.g. "availability", "rto", "rpo", "read-latency", "write-latency", "monthly-budget", "survive-loss"
 * @param target    the design's target, in {@code unit}
 * @param actual    the engine's figure (its formula and inputs explain it); value +∞ when unbounded
 * @param pass      whether actual meets target (≥ for availability, ≤ for the rest)
 * @param detail    one sentence: what was compared, which population or dataset sets it
 */
public record ObjectiveResult(String objective, double target, Figure actual, String unit, boolean pass,
                              String detail) {
    public ObjectiveResult {
        Checks.present(objective, "objective");
        Checks.present(actual, "actual");
        unit = Checks.text(unit);
        detail = Checks.text(detail);
    }
}
