package io.meridian.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.InputRange;
import io.meridian.model.RangeShape;
import io.meridian.model.UncertainInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Draws of a range against the distribution's analytic mean and quantiles, worked out by hand. */
class InputRangeSamplingTest {
    static double[] draws(InputRange range, UncertaintySettings.Sampling sampling, int n) {
        UncertaintySettings s = UncertaintySettings.DEFAULTS.withSamples(n).withSampling(sampling);
        double[][] values = Sampler.draw(List.of(new UncertainInput("$.x", "x", range)), s);
        return Arrays.stream(values).mapToDouble(v -> v[0]).sorted().toArray();
    }

    static double mean(double[] x) {
        return Arrays.stream(x).sum() / x.length;
    }

    @Test
    void triangularMonteCarloMatchesItsMeanAndQuantiles() {
        // Tri(a = 2, c = 3, b = 6). Mean (2 + 3 + 6)/3 = 11/3 = 3.6667; variance (a² + b² + c² − ab − ac − bc)/18
        // = (4 + 36 + 9 − 12 − 6 − 18)/18 = 13/18, σ = 0.8498. Mean of 20,000 draws: standard error 0.006.
        InputRange tri = new InputRange(RangeShape.TRIANGULAR, 2.0, 3.0, 6.0, null, null, null);
        double[] x = draws(tri, UncertaintySettings.Sampling.MONTE_CARLO, 20_000);
        assertThat(mean(x)).isCloseTo(11.0 / 3, within(0.03));
        // F(c) = (c − a)/(b − a) = 1/4. P10 (< 1/4): a + √(0.1 × 4 × 1) = 2 + 0.63246 = 2.63246.
        // P50 (> 1/4): b − √(0.5 × 4 × 3) = 6 − 2.44949 = 3.55051. P90: 6 − √(0.1 × 4 × 3) = 6 − 1.09545 = 4.90455.
        assertThat(x[1_999]).isCloseTo(2.63246, within(0.03));
        assertThat(x[9_999]).isCloseTo(3.55051, within(0.03));
        assertThat(x[17_999]).isCloseTo(4.90455, within(0.05));
        assertThat(x[0]).isGreaterThanOrEqualTo(2.0);
        assertThat(x[x.length - 1]).isLessThanOrEqualTo(6.0);
    }

    @Test
    void latinHypercubePutsOneDrawInEachStratum() {
        // 100 strata of probability 1/100: the k-th smallest draw lies between the quantiles k/100 and (k+1)/100.
        // Uniform(0, 10): the k-th draw is in [k/10, (k+1)/10).
        InputRange uniform = new InputRange(RangeShape.UNIFORM, 0.0, null, 10.0, null, null, null);
        double[] x = draws(uniform, UncertaintySettings.Sampling.LATIN_HYPERCUBE, 100);
        for (int k = 0; k < 100; k++) {
            assertThat(x[k]).isBetween(k / 10.0, (k + 1) / 10.0);
        }
        // Point value of a uniform without likely: the midpoint 5.
        assertThat(uniform.pointValue()).isEqualTo(5.0);
    }

    @Test
    void pertHasTheClassicMean() {
        // Beta-PERT(a = 0, m = 1, b = 10): mean (a + 4m + b)/6 = 14/6 = 2.3333; α = 1 + 4 × 1/10 = 1.4,
        // β = 1 + 4 × 9/10 = 4.6; variance of the beta αβ/((α+β)²(α+β+1)) = 6.44/(36 × 7) = 0.025556, × 100
        // = 2.5556 on [0, 10], σ = 1.599. Latin hypercube of 2,000: the mean within a few thousandths.
        InputRange pert = new InputRange(RangeShape.PERT, 0.0, 1.0, 10.0, null, null, null);
        double[] x = draws(pert, UncertaintySettings.Sampling.LATIN_HYPERCUBE, 2_000);
        assertThat(mean(x)).isCloseTo(14.0 / 6, within(0.01));
        assertThat(pert.pointValue()).isEqualTo(1.0);
    }

    @Test
    void lognormalByMedianAndP90OrByItsFifthAndNinetyFifthPercentiles() {
        // median 4, p90 8: σ = ln 2 / 1.28155 = 0.540865; P5 = 4 e^(−1.64485 σ) = 4 × e^(−0.889645) = 4 × 0.410802
        // = 1.64321, P95 = 4 × e^(0.889645) = 4 × 2.434265 = 9.73706.
        InputRange byMedian = new InputRange(RangeShape.LOGNORMAL, null, null, null, 4.0, 8.0, null);
        assertThat(byMedian.pointValue()).isCloseTo(4.0, within(1e-12));
        assertThat(byMedian.lowEnd()).isCloseTo(1.64321, within(1e-4));
        assertThat(byMedian.highEnd()).isCloseTo(9.73706, within(1e-4));
        // The truncation at 0.5% maps u = 0.5 to the median exactly.
        assertThat(byMedian.quantile(0.5)).isCloseTo(4.0, within(1e-12));
        // low 1, high 100 as P5/P95: median √(1 × 100) = 10, and the ends come back as written.
        InputRange byEnds = new InputRange(RangeShape.LOGNORMAL, 1.0, null, 100.0, null, null, null);
        assertThat(byEnds.pointValue()).isCloseTo(10.0, within(1e-12));
        assertThat(byEnds.lowEnd()).isCloseTo(1.0, within(1e-12));
        assertThat(byEnds.highEnd()).isCloseTo(100.0, within(1e-10));
        // Truncated at its 0.5th and 99.5th percentiles: σ = ln 100 / (2 × 1.64485) = 1.39994;
        // P99.5 = 10 e^(2.57583 σ) = 10 × e^(3.60600) = 368.1.
        assertThat(byEnds.upperBound()).isCloseTo(368.1, within(0.5));
        double[] x = draws(byEnds, UncertaintySettings.Sampling.MONTE_CARLO, 5_000);
        assertThat(x[x.length - 1]).isLessThanOrEqualTo(byEnds.upperBound());
        assertThat(x[0]).isGreaterThanOrEqualTo(byEnds.lowerBound());
    }
}
