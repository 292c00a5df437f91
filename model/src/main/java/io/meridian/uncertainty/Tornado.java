package io.meridian.uncertainty;

import java.util.List;

/**
 * One-at-a-time sensitivity of one output: a bar per uncertain input, widest swing first.
 *
 * @param output {@code total-annual-cost}, or an objective's name ({@code availability}, {@code rto}, …) whose
 *               actual value is swung
 * @param label  what a person calls the output
 * @param unit   the output's unit
 * @param base   the output with every input at its point value
 * @param target the objective's target (NaN for total annual cost)
 * @param bars   widest swing first (ties in file order)
 */
public record Tornado(String output, String label, String unit, double base, double target, List<TornadoBar> bars) {
    public Tornado {
        bars = List.copyOf(bars);
    }
}
