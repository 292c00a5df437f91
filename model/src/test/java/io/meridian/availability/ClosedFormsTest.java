package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClosedFormsTest {

    @Test
    void seriesMultipliesAndParallelMultipliesTheDowns() {
        // 0.99 × 0.999 = 0.98901
        assertThat(ClosedForms.series(0.99, 0.999)).isCloseTo(0.98901, within(1e-15));
        // 1 − 0.01 × 0.01 = 0.9999
        assertThat(ClosedForms.parallel(0.99, 0.99)).isCloseTo(0.9999, within(1e-15));
    }

    @Test
    void twoOfThreeAtNinetyNinePercent() {
        // 3 · 0.99² · 0.01 + 0.99³ = 0.029403 + 0.970299 = 0.999702
        assertThat(ClosedForms.kOfN(0.99, 2, 3)).isCloseTo(0.999702, within(1e-12));
    }

    @Test
    void kOfNAtTheEdges() {
        // 1 of 1 is the instance itself; 1 of 2 is parallel: 1 − 0.1² = 0.99; 3 of 3 is series: 0.9³ = 0.729.
        assertThat(ClosedForms.kOfN(0.9, 1, 1)).isCloseTo(0.9, within(1e-15));
        assertThat(ClosedForms.kOfN(0.9, 1, 2)).isCloseTo(0.99, within(1e-15));
        assertThat(ClosedForms.kOfN(0.9, 3, 3)).isCloseTo(0.729, within(1e-15));
        // More needed than there are: never up. None needed: always up.
        assertThat(ClosedForms.kOfN(0.9, 4, 3)).isZero();
        assertThat(ClosedForms.kOfN(0.9, 0, 3)).isEqualTo(1.0);
    }

    @Test
    void largePoolsNeitherOverflowNorUnderflow() {
        // 1 of 2000 at 0.5 is down only when all are: 0.5^2000 ≈ 1e-602, far below double precision → 1.
        assertThat(ClosedForms.kOfN(0.5, 1, 2000)).isEqualTo(1.0);
        // 1000 of 2000 at 0.5: the median, a little over one half (P(X ≥ n/2) = 1/2 + P(X = n/2)/2,
        // P(X = 1000) = C(2000,1000)/2^2000 ≈ 1/√(π·1000) ≈ 0.01784) → ≈ 0.50892.
        assertThat(ClosedForms.kOfN(0.5, 1000, 2000)).isCloseTo(0.50892, within(1e-4));
    }

    @Test
    void failureEventsPerYear() {
        // A region at 99.95% with 4 h outages: 0.0005 × 8766 / 4 = 1.09575 events a year.
        assertThat(ClosedForms.eventsPerYear(0.9995, 4)).isCloseTo(1.09575, within(1e-12));
        // One instance is the same formula: 0.001 × 8766 / 1 = 8.766.
        assertThat(ClosedForms.poolFailuresPerYear(0.999, 1, 1, 1)).isCloseTo(8.766, within(1e-9));
        // 1 of 2 at a = 0.999, MTTR 1 h: P(exactly 1 up) = 2 · 0.999 · 0.001 = 0.001998; λ = 0.001 / 0.999 per h;
        // rate = 0.001998 × 1 × 0.001/0.999 × 8766 = 0.002 × 0.001 × 8766 = 0.017532 a year.
        assertThat(ClosedForms.poolFailuresPerYear(0.999, 1, 2, 1)).isCloseTo(0.017532, within(1e-12));
    }
}
