package io.meridian.uncertainty;

import io.meridian.model.UncertainInput;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Draws of the uncertain inputs, all made up front on one generator (so the draws do not depend on how the
 * evaluations are spread over threads). Each draw is a cumulative probability turned into a value by the input's
 * {@link io.meridian.model.InputRange#quantile inverse distribution function}.
 */
final class Sampler {
    private Sampler() {
    }

    /**
     * values[sample][input]. Latin hypercube (McKay, Beckman & Conover 1979): input j's probability axis is cut into
     * n equal strata, sample i takes stratum π_j(i) of an independent random permutation π_j, at a uniform point
     * within it: u = (π_j(i) + U)/n. Monte Carlo: u = U.
     */
    static double[][] draw(List<UncertainInput> inputs, UncertaintySettings settings) {
        int n = settings.samples();
        int k = inputs.size();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(settings.seed());
        double[][] u = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] strata = settings.sampling() == UncertaintySettings.Sampling.LATIN_HYPERCUBE
                    ? new PermutationSampler(rng, n, n).sample() : null;
            for (int i = 0; i < n; i++) {
                u[i][j] = strata == null ? rng.nextDouble() : (strata[i] + rng.nextDouble()) / n;
            }
        }
        double[][] values = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                values[i][j] = inputs.get(j).range().quantile(Math.min(1, u[i][j]));
            }
        }
        return values;
    }
}
