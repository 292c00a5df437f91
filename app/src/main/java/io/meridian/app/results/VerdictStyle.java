package io.meridian.app.results;

import io.meridian.evaluation.Verdict;
import java.util.List;

/**
 * The style class a verdict is shown in, one rule for the results and the comparison: green ({@code pass}) only
 * for a clean pass; error findings are never green, whatever the objectives say; no objectives is neutral.
 */
public final class VerdictStyle {
    /** Every class {@link #of} returns, so a view can remove the previous one. */
    public static final List<String> ALL = List.of("pass", "fail", "verdict-errors", "no-objectives");

    private VerdictStyle() {
    }

    public static String of(Verdict v) {
        return switch (v.state()) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case PASS_WITH_ERRORS -> "verdict-errors";
            case NO_OBJECTIVES -> v.errors() > 0 ? "verdict-errors" : "no-objectives";
        };
    }
}
