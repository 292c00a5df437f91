package io.meridian.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A computed number that can explain itself: its value, unit, the formula in words and symbols,
 * and the named inputs that went into it. Engines return these so the UI and reports can answer
 * "why is this 57 ms?".
 *
 * @param formula e.g. {@code "2 × distance / fiber speed"}
 * @param inputs  input name → value, in the order they appear in the formula
 */
public record Figure(String name, double value, String unit, String formula, Map<String, Double> inputs) {
    public Figure {
        Checks.present(name, "name");
        // Names and formulas repeat across the figures of an evaluation (a 300-region design makes 1.5 million
        // figures from a few hundred distinct texts): one copy of each.
        name = Texts.shared(name);
        unit = Texts.shared(Checks.text(unit));
        formula = Texts.shared(Checks.text(formula));
        inputs = FigureInputs.of(inputs);
    }

    public static Figure of(String name, double value, String unit, String formula, Object... nameValuePairs) {
        Map<String, Double> in = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            in.put((String) nameValuePairs[i], ((Number) nameValuePairs[i + 1]).doubleValue());
        }
        return new Figure(name, value, unit, formula, in);
    }

    /**
     * With the inputs as parallel arrays, names unique, handed over (not copied): for the engines that make a figure
     * per population, dataset and region.
     */
    public static Figure of(String name, double value, String unit, String formula, String[] inputNames,
                            double[] inputValues) {
        return new Figure(name, value, unit, formula, FigureInputs.of(inputNames, inputValues));
    }

    /** "57.0 ms = 2 × distance / fiber speed (distance=5700, fiber speed=200)". */
    public String explain() {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%s = %.4g %s", name, value, unit));
        if (!formula.isEmpty()) {
            s.append(" = ").append(formula);
        }
        if (!inputs.isEmpty()) {
            s.append(" (");
            inputs.forEach((k, v) -> s.append(k).append('=').append(String.format(java.util.Locale.ROOT, "%.6g", v)).append(", "));
            s.setLength(s.length() - 2);
            s.append(')');
        }
        return s.toString();
    }
}
