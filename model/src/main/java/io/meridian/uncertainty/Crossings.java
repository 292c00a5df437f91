package io.meridian.uncertainty;

import io.meridian.model.UncertainInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

/**
 * Where an objective flips as one input moves over its range (the others at their point values): pass/fail is
 * checked at the low end, the point value and the high end, and each half whose ends disagree is bisected. A range
 * that fails only strictly inside while both of its ends and its point value pass is not found (the objectives are
 * monotone in every input the engines have).
 */
final class Crossings {
    /** Bisection stops when the bracket is this share of the range's width. */
    static final double TOLERANCE = 1e-7;

    private Crossings() {
    }

    static List<VerdictFlip> of(String objective, double target, boolean passesAsWritten,
                                UncertainInput input, DoublePredicate passesAt) {
        double low = input.range().lowEnd();
        double point = input.range().pointValue();
        double high = input.range().highEnd();
        boolean atLow = low == point ? passesAsWritten : passesAt.test(low);
        boolean atHigh = high == point ? passesAsWritten : passesAt.test(high);
        List<VerdictFlip> out = new ArrayList<>();
        if (atLow != passesAsWritten) {
            double x = bisect(low, point, atLow, passesAt, high - low);
            out.add(flip(objective, target, passesAsWritten, input, x, !passesAsWritten));
        }
        if (atHigh != passesAsWritten) {
            double x = bisect(point, high, passesAsWritten, passesAt, high - low);
            out.add(flip(objective, target, passesAsWritten, input, x, passesAsWritten));
        }
        return out;
    }

    /** The crossing between a (where the objective passes iff passesAtA) and b (where it does not). */
    private static double bisect(double a, double b, boolean passesAtA, DoublePredicate passesAt, double width) {
        while (b - a > TOLERANCE * width) {
            double mid = a + (b - a) / 2;
            if (passesAt.test(mid) == passesAtA) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return a + (b - a) / 2;
    }

    /**
     * failsAbove: with the objective passing as written, a flip on the high side fails above; on the low side, below.
     * Failing as written, a flip on the high side passes above (so it fails below), and the other way round.
     */
    private static VerdictFlip flip(String objective, double target, boolean passesAsWritten, UncertainInput input,
                                    double crossing, boolean failsAbove) {
        String value = InputUnits.format(input.field(), crossing);
        String sentence = passesAsWritten
                ? "passes unless " + input.label() + " is " + (failsAbove ? "above " : "below ") + value
                : "fails unless " + input.label() + " is " + (failsAbove ? "below " : "above ") + value;
        return new VerdictFlip(objective, target, passesAsWritten, input.path(), input.label(), crossing, failsAbove,
                sentence);
    }
}
