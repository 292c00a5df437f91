package io.meridian.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Design;
import io.meridian.model.InputRange;
import io.meridian.model.RangeShape;
import io.meridian.model.UncertainInput;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the reader checks about ranges once the whole design has been read: that each stands where an uncertain
 * input may, and that its ends pass the field's own validation, found by reading the design again with the input at
 * each end and every other at its point value (so a field's limits, and any rule tying it to another field, are
 * checked by the code that checks plain numbers).
 */
final class RangeEnds {
    /** Targets and canvas positions are choices, not measurements. */
    private static final Pattern NOT_AN_INPUT = Pattern.compile(
            "\\$(\\.alternatives\\[\\d+])?\\.objectives\\..*|\\$\\.layout\\..*");

    private RangeEnds() {
    }

    static void check(String source, ObjectNode tree, List<UncertainInput> inputs, Function<ObjectNode, Design> read,
                      ProblemLog log) {
        boolean placed = true;
        for (UncertainInput input : inputs) {
            if (NOT_AN_INPUT.matcher(input.path()).matches()) {
                log.add(input.path(), input.path().contains(".objectives.")
                        ? "an objective is a target, not an uncertain input: give one number"
                        : "a layout position takes a plain number, not a range");
                placed = false;
            }
        }
        if (!placed) {
            return;
        }
        for (UncertainInput input : inputs) {
            InputRange range = input.range();
            boolean lognormal = range.shape() == RangeShape.LOGNORMAL;
            String[] names = lognormal ? new String[] {"lower bound (its 0.5th percentile)",
                    "upper bound (its 99.5th percentile)"} : new String[] {"low", "high"};
            double[] ends = {range.lowerBound(), range.upperBound()};
            for (int k = 0; k < 2; k++) {
                String problem = problemAt(source, tree, inputs, input, ends[k], read);
                if (problem != null) {
                    log.add(input.path(), "range " + names[k] + " " + ends[k] + ": " + problem);
                    break; // one line per range
                }
            }
        }
    }

    /** The first problem of the design with {@code input} at {@code value}, others at their point values; or null. */
    private static String problemAt(String source, ObjectNode tree, List<UncertainInput> inputs, UncertainInput input,
                                    double value, Function<ObjectNode, Design> read) {
        try {
            read.apply(pointTree(tree, inputs, Map.of(input.path(), value)));
            return null;
        } catch (DesignFormatException e) {
            FileProblem first = e.problems().get(0);
            return first.path().equals(input.path()) ? first.message() : first.path() + ": " + first.message();
        }
    }

    /** A copy of {@code tree} with every input a plain number: its value in {@code values}, else its point value. */
    static ObjectNode pointTree(ObjectNode tree, List<UncertainInput> inputs, Map<String, Double> values) {
        ObjectNode copy = tree.deepCopy();
        for (UncertainInput input : inputs) {
            ObjectNode parent = JsonPaths.parentOf(copy, input.path());
            if (parent == null) {
                throw new IllegalArgumentException("no field at " + input.path());
            }
            Double value = values.get(input.path());
            JsonFields.number(parent, JsonPaths.lastField(input.path()),
                    value != null ? value : input.range().pointValue());
        }
        return copy;
    }
}
