package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The expected smallest served share over independent tiers, against hand work and a full enumeration. */
class SampledSharesTest {
    @Test
    void twoTiersServingHalfOrAllWithEvenOddsByHand() {
        // Both serve all with probability 1/4 (min 1), otherwise the min is 1/2: 0.25 + 0.75 × 0.5 = 0.625.
        List<double[]> v = List.of(new double[] {0.5, 1}, new double[] {0.5, 1});
        List<double[]> q = List.of(new double[] {0.5, 0.5}, new double[] {0.5, 0.5});
        assertThat(SampledShares.expectedMin(v, q, 1)).isCloseTo(0.625, within(1e-15));
        // A floor of 0.8 caps the 1s: 0.25 × 0.8 + 0.75 × 0.5 = 0.575.
        assertThat(SampledShares.expectedMin(v, q, 0.8)).isCloseTo(0.575, within(1e-15));
        // No tier: the floor itself.
        assertThat(SampledShares.expectedMin(List.of(), List.of(), 0.7)).isCloseTo(0.7, within(1e-15));
    }

    @Test
    void agreesWithEveryCombinationEnumerated() {
        Random random = new Random(20261206);
        for (int round = 0; round < 500; round++) {
            int tiers = random.nextInt(5);
            List<double[]> values = new ArrayList<>();
            List<double[]> odds = new ArrayList<>();
            for (int t = 0; t < tiers; t++) {
                int k = 1 + random.nextInt(5);
                double[] v = new double[k];
                double[] q = new double[k];
                double total = 0;
                for (int c = 0; c < k; c++) {
                    // Some repeated and zero values on purpose.
                    v[c] = random.nextInt(4) == 0 ? 0 : Math.round(random.nextDouble() * 8) / 8.0;
                    q[c] = random.nextDouble();
                    total += q[c];
                }
                // Probabilities that sum to 1, or (sometimes) to less, as a truncated binomial may.
                double mass = random.nextInt(5) == 0 ? random.nextDouble() : 1;
                for (int c = 0; c < k; c++) {
                    q[c] = q[c] / total * mass;
                }
                values.add(v);
                odds.add(q);
            }
            double floor = random.nextBoolean() ? 1 : random.nextDouble();
            assertThat(SampledShares.expectedMin(values, odds, floor)).as("round %d", round)
                    .isCloseTo(enumerate(values, odds, 0, floor, 1), within(1e-12));
        }
    }

    /** Σ over every combination of one value per tier: its probability × min(floor, the values). */
    private static double enumerate(List<double[]> values, List<double[]> odds, int t, double min, double p) {
        if (t == values.size()) {
            return p * min;
        }
        double sum = 0;
        for (int c = 0; c < values.get(t).length; c++) {
            sum += enumerate(values, odds, t + 1, Math.min(min, values.get(t)[c]), p * odds.get(t)[c]);
        }
        return sum;
    }
}
