package io.meridian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class YearHistogramTest {
    @Test
    void theBudgetFallsOnABinEdgeAndYearsBeyondTheScaleFillAnOpenEndedBin() {
        // P99 300 min, budget 52.6 min: about 30 bins of 10 min would put 52.6 inside one; 52.6 / round(5.26) = 10.52.
        double[] years = {0, 10, 52.5, 52.7, 100, 299, 1000};
        YearHistogram h = YearHistogram.of(years, 300, 52.6);
        double width = h.bins().get(0).toMinutes();
        assertThat(width).isCloseTo(10.52, within(1e-9));
        assertThat(h.bins().get(4).toMinutes()).isCloseTo(52.6, within(1e-9));
        // 0 and 10 in the first bin; 52.5 in the fifth (within the budget), 52.7 in the sixth (beyond it).
        assertThat(h.bins().get(0).years()).isEqualTo(2);
        assertThat(h.bins().get(4).years()).isEqualTo(1);
        assertThat(h.bins().get(5).years()).isEqualTo(1);
        // ⌈300 / 10.52⌉ = 29 equal bins, then 1,000 min in the open-ended one.
        YearHistogram.Bin last = h.bins().get(h.bins().size() - 1);
        assertThat(h.bins()).hasSize(30);
        assertThat(last.toMinutes()).isNull();
        assertThat(last.years()).isEqualTo(1);
        assertThat(h.bins().stream().mapToInt(YearHistogram.Bin::years).sum()).isEqualTo(years.length);
    }
}
