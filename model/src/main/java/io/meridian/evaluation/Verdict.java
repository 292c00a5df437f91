package io.meridian.evaluation;

import io.meridian.model.Checks;

/**
 * The conjunction of the objectives.
 *
 * @param pass    true when every objective passes (a design with no objectives passes)
 * @param failed  how many objectives fail
 * @param summary one line a person reads first, e.g. "FAILS 2 of 5 objectives: rto, survive-loss"
 */
public record Verdict(boolean pass, int failed, int total, String summary) {
    public Verdict {
        Checks.nonNegative(failed, "failed");
        Checks.nonNegative(total, "total");
        summary = Checks.text(summary);
    }
}
