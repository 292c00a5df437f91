package io.meridian.uncertainty;

/**
 * An input whose range crosses an objective's pass/fail line, the others at their point values.
 *
 * @param objective      the objective's name ({@code availability}, {@code rto}, …)
 * @param target         its target
 * @param passesAsWritten whether it passes with every input at its point value
 * @param path           JSON path of the input
 * @param label          what a person calls the input
 * @param crossing       the input's value at the line (bisection to 1e-7 of the range's width)
 * @param failsAbove     true when the objective fails with the input above {@code crossing}, false when below
 * @param sentence       "passes unless US East · availability is below 99.95%"
 */
public record VerdictFlip(String objective, double target, boolean passesAsWritten, String path, String label,
                          double crossing, boolean failsAbove, String sentence) {
}
