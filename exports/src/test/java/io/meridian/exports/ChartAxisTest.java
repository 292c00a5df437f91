package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.exports.ReportTable.Kind;
import org.junit.jupiter.api.Test;

/** Chart axes and number text over any finite range: ordinary, equal, zero and near Double.MAX_VALUE. */
class ChartAxisTest {
    @Test
    void anOrdinaryRangeGetsRoundTicksWithAMargin() {
        // The ten-region template's two annual costs: span 5,615 × 1.6 / 4 = 2,246 → step 2,500;
        // first tick floor((145,033 − 1,500) / 2,500) × 2,500 = 142,500; four steps reach 152,500 ≥ 150,648 + 750.
        ChartAxis axis = ChartAxis.over(145_033, 150_648, 4, 1);
        assertThat(axis).isEqualTo(new ChartAxis(142_500, 2_500, 4, 0));
        assertThat(axis.label(0, Kind.USD)).isEqualTo("$142,500");
        assertThat(axis.position(150_648)).isCloseTo((150_648 - 142_500) / 10_000.0, within(1e-12));
    }

    @Test
    void equalValuesAreWidenedAroundThemAndZeroGetsAUnitAxis() {
        // Span 0 → half the value, 500; 500 × 1.6 / 4 = 200; first tick floor(880 / 200) × 200 = 800.
        ChartAxis same = ChartAxis.over(1_000, 1_000, 4, 1);
        assertThat(same).isEqualTo(new ChartAxis(800, 200, 4, 0));
        assertThat(same.position(1_000)).isEqualTo(0.25);
        ChartAxis zero = ChartAxis.over(0, 0, 4, 1);
        assertThat(zero).isEqualTo(new ChartAxis(0, 1, 4, 0));
        assertThat(zero.position(0)).isZero();
    }

    @Test
    void aRangeNearTheLargestDoubleIsScaledSoNothingOverflows() {
        // 1.5e308 is 1,500 × 10^305: step niceCeil(1,500 × 1.6 / 4 = 600) = 1,000, axis 0 … 4,000 × 10^305.
        ChartAxis axis = ChartAxis.over(0, 1.5e308, 4, 1);
        assertThat(axis).isEqualTo(new ChartAxis(0, 1_000, 4, 305));
        assertThat(axis.position(1.5e308)).isEqualTo(0.375);
        // The top tick, 4e308, is past Double.MAX_VALUE and is still labelled.
        assertThat(axis.label(4, Kind.USD)).isEqualTo("$4e308");
        assertThat(axis.label(1, Kind.USD)).isEqualTo("$1e308");
        assertThat(axis.position(Double.NaN)).isZero();
        assertThat(axis.position(Double.MAX_VALUE)).isBetween(0.0, 1.0);
    }

    @Test
    void niceCeilNeverOverflows() {
        assertThat(ChartAxis.niceCeil(2_246)).isEqualTo(2_500);
        assertThat(ChartAxis.niceCeil(1.5e308)).isEqualTo(1.5e308); // 2e308 would be +∞
        assertThat(ChartAxis.niceCeil(Double.POSITIVE_INFINITY)).isEqualTo(Double.MAX_VALUE);
        assertThat(ChartAxis.niceCeil(0)).isEqualTo(10);
    }

    @Test
    void overflowedAndHugeFiguresReadAsWordsOrScientificNotation() {
        assertThat(Kind.USD.format(Double.POSITIVE_INFINITY)).isEqualTo("overflow");
        assertThat(Kind.INTEGER.format(Double.POSITIVE_INFINITY)).isEqualTo("overflow");
        assertThat(Kind.SECONDS.format(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
        assertThat(Kind.USD.format(Double.NaN)).isEqualTo("—");
        assertThat(Kind.USD.format(1e308)).isEqualTo("$1e308");
        assertThat(Kind.USD_CENTS.format(8.76e307)).isEqualTo("$8.76e307");
        assertThat(Kind.USD.format(-2.5e20)).isEqualTo("−$2.5e20");
        assertThat(Kind.SECONDS.format(3.2e16)).isEqualTo("3.2e16 s");
        // Just under 10^15 still in full.
        assertThat(Kind.USD.format(999_999_999_999_999.0)).isEqualTo("$999,999,999,999,999");
    }
}
