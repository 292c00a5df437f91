package io.meridian.model;

import java.util.List;
import java.util.regex.Pattern;

/** The ranges a design file gave its numeric inputs, in the order the reader meets them; empty for a point-valued design. */
public record Uncertainties(List<UncertainInput> inputs) {
    public static final Uncertainties NONE = new Uncertainties(List.of());
    private static final Pattern ALTERNATIVE = Pattern.compile("\\$\\.alternatives\\[(\\d+)]\\..*");

    public Uncertainties {
        inputs = List.copyOf(inputs);
        Checks.unique(inputs.stream().map(UncertainInput::path).toList(), "uncertainties");
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /**
     * The inputs of one variant of the design: the baseline's ({@link Design#BASELINE_ID}) are the ones outside
     * {@code $.alternatives}; alternative k's are those under {@code $.alternatives[k]} (an alternative carries its
     * whole topology, so the baseline's ranges do not reach it).
     */
    public List<UncertainInput> ofVariant(Design design, String variantId) {
        if (Design.BASELINE_ID.equals(variantId)) {
            return inputs.stream().filter(i -> !ALTERNATIVE.matcher(i.path()).matches()).toList();
        }
        int index = -1;
        for (int k = 0; k < design.alternatives().size(); k++) {
            if (design.alternatives().get(k).id().equals(variantId)) {
                index = k;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no variant '" + variantId + "' in design '" + design.name() + "'");
        }
        String prefix = "$.alternatives[" + index + "].";
        return inputs.stream().filter(i -> i.path().startsWith(prefix)).toList();
    }
}
