package io.meridian.uncertainty;

/**
 * One bar of a tornado chart: an output with one input at each end of its range and every other at its point value.
 *
 * @param path      JSON path of the input
 * @param label     what a person calls the input
 * @param lowInput  the input's low end ({@link io.meridian.model.InputRange#lowEnd()})
 * @param highInput the input's high end
 * @param atLow     the output with the input at lowInput
 * @param atHigh    the output with the input at highInput
 * @param swing     |atHigh − atLow| (+∞ when one end is unbounded and the other not; 0 when both are)
 */
public record TornadoBar(String path, String label, double lowInput, double highInput, double atLow, double atHigh,
                         double swing) {
    static TornadoBar of(String path, String label, double lowInput, double highInput, double atLow, double atHigh) {
        double swing = atLow == atHigh ? 0 : Math.abs(atHigh - atLow);
        return new TornadoBar(path, label, lowInput, highInput, atLow, atHigh, swing);
    }
}
