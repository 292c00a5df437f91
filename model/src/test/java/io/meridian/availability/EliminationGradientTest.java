package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The derivatives the ranking reuses: a run that changes one region's own table is Σ + Δ · derivative. */
class EliminationGradientTest {

    // Two regions, each down (0) or up (1): own tables P(down), P(up); the factor "some region serves" over both,
    // indexed x + 2y: 0 only when both are down.
    private static final int[] DOMAIN = {2, 2};
    private static final List<int[]> SCOPES = List.of(new int[] {0}, new int[] {1}, new int[] {0, 1});
    private static final double[] SERVES = {0, 1, 1, 1};

    @Test
    void sumAndDerivativesByEachOwnTable() {
        CompiledElimination c = Elimination.compile(SCOPES, new int[] {0, 1}, DOMAIN);
        double[][] grad = new double[2][];
        double z = c.runWithGradient(new double[][] {{0.2, 0.8}, {0.3, 0.7}, SERVES}, new long[1], 2, grad);
        // Z = 1 − 0.2 × 0.3 = 0.94.
        assertThat(z).isCloseTo(0.94, within(1e-15));
        // ∂Z/∂own0[x] = Σ_y own1[y] × serves(x, y): x down → 0.7 (region 1 up), x up → 0.3 + 0.7 = 1.
        assertThat(grad[0][0]).isCloseTo(0.7, within(1e-15));
        assertThat(grad[0][1]).isCloseTo(1.0, within(1e-15));
        // ∂Z/∂own1[y] = Σ_x own0[x] × serves(x, y): y down → 0.8, y up → 1.
        assertThat(grad[1][0]).isCloseTo(0.8, within(1e-15));
        assertThat(grad[1][1]).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void aRegionMadePerfectIsTheSumPlusTheChangeTimesItsDerivative() {
        CompiledElimination c = Elimination.compile(SCOPES, new int[] {1, 0}, DOMAIN);
        double[][] grad = new double[2][];
        double z = c.runWithGradient(new double[][] {{0.2, 0.8}, {0.3, 0.7}, SERVES}, new long[1], 2, grad);
        // Region 0 never down: own0 = (0, 1), Δ = (−0.2, +0.2); 0.94 − 0.2 × 0.7 + 0.2 × 1 = 1.
        double perfect = c.run(new double[][] {{0, 1}, {0.3, 0.7}, SERVES}, new long[1]);
        assertThat(perfect).isCloseTo(1.0, within(1e-15));
        assertThat(z - 0.2 * grad[0][0] + 0.2 * grad[0][1]).isCloseTo(perfect, within(1e-15));
    }
}
