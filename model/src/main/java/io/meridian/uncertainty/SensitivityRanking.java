package io.meridian.uncertainty;

import java.util.List;

/**
 * The inputs ranked by their first-order indices for one output (the same outputs as the tornado charts).
 *
 * @param output  as in {@link Tornado#output()}
 * @param indices largest first; empty when the output's variance is zero or not finite (the basis says so)
 * @param basis   the estimator and its parameters
 */
public record SensitivityRanking(String output, String label, List<FirstOrderIndex> indices, String basis) {
    public SensitivityRanking {
        indices = List.copyOf(indices);
    }
}
