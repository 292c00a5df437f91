package io.meridian.evaluation;

import io.meridian.model.Checks;
import io.meridian.model.ModelException;

/**
 * The conjunction of the objectives, stated together with the error findings: a design is green only when it meets
 * every objective it states and no error finding stands, so the verdict never says PASS next to errors.
 *
 * @param state   what a person reads first (see {@link State})
 * @param pass    nothing fails: no objective misses and no error finding stands (true for a design with no
 *                objectives and no errors, which is still not green); {@code meridian check} exits 0 exactly then
 * @param failed  how many objectives fail
 * @param total   how many objectives the design states
 * @param errors  how many findings have severity ERROR
 * @param summary one line, e.g. "PASS on objectives, 3 errors: meets all 2 objectives; error findings:
 *                WRITES_NEVER_REPLICATED"
 */
public record Verdict(State state, boolean pass, int failed, int total, int errors, String summary) {

    /** The verdict's state; only {@code PASS} is shown green. */
    public enum State {
        /** Every stated objective met and no error finding. */
        PASS,
        /** Every stated objective met, but at least one error finding stands: not green. */
        PASS_WITH_ERRORS,
        /** At least one objective missed (errors, if any, are counted beside it). */
        FAIL,
        /** The design states no objectives: neutral, not green (errors, if any, are counted beside it). */
        NO_OBJECTIVES
    }

    public Verdict {
        Checks.present(state, "state");
        Checks.nonNegative(failed, "failed");
        Checks.nonNegative(total, "total");
        Checks.nonNegative(errors, "errors");
        summary = Checks.text(summary);
        if (failed > total) {
            throw new ModelException("failed", "cannot exceed the " + total + " objectives");
        }
        State expected = total == 0 ? State.NO_OBJECTIVES : failed > 0 ? State.FAIL
                : errors > 0 ? State.PASS_WITH_ERRORS : State.PASS;
        if (state != expected) {
            throw new ModelException("state", "is " + expected + " for " + failed + " of " + total
                    + " objectives failed and " + errors + " errors, not " + state);
        }
        if (pass != (failed == 0 && errors == 0)) {
            throw new ModelException("pass", "is true exactly when no objective fails and no error finding stands");
        }
    }

    /** Every stated objective is met (whatever the findings); true when none is stated. */
    public boolean objectivesMet() {
        return failed == 0;
    }

    /** Shown green: objectives stated, all met, and no error finding. */
    public boolean green() {
        return state == State.PASS;
    }
}
