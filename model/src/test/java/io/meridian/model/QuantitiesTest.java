package io.meridian.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule per quantity, on hand-chosen values, including the ones the issue quotes. */
class QuantitiesTest {

    @Test
    void durationsScaleMsSMinHWithThreeSignificantDigits() {
        assertThat(Quantities.duration(0.029)).isEqualTo("29 ms");        // a 29 ms RPO, not "0.0 s"
        assertThat(Quantities.duration(0.0004)).isEqualTo("0.4 ms");
        assertThat(Quantities.duration(0.12345)).isEqualTo("123 ms");
        assertThat(Quantities.duration(0.9996)).isEqualTo("1 s");         // 999.6 ms rounds to 1,000 ms: say 1 s
        assertThat(Quantities.duration(1.5)).isEqualTo("1.5 s");
        assertThat(Quantities.duration(30)).isEqualTo("30 s");
        assertThat(Quantities.duration(59.96)).isEqualTo("1 min");        // not "60.0 s"
        assertThat(Quantities.duration(125)).isEqualTo("2.08 min");       // 125 / 60 = 2.0833
        assertThat(Quantities.duration(14_495)).isEqualTo("4.03 h");      // 14,495 / 3,600 = 4.0264: RTO in one unit
        assertThat(Quantities.duration(4 * 3600)).isEqualTo("4 h");
        assertThat(Quantities.duration(5_000 * 3600.0)).isEqualTo("5,000 h");
        assertThat(Quantities.duration(0)).isEqualTo("0 s");
        assertThat(Quantities.duration(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
        assertThat(Quantities.latencyMs(562)).isEqualTo("562 ms");
        assertThat(Quantities.latencyMs(58.23)).isEqualTo("58.2 ms");
        assertThat(Quantities.latencyMs(1_234)).isEqualTo("1.23 s");
    }

    @Test
    void downtimeIsADurationPerYear() {
        assertThat(Quantities.downtimePerYear(565)).isEqualTo("9.42 h/yr");   // 565 / 60 = 9.4167 h
        assertThat(Quantities.downtimePerYear(26.28)).isEqualTo("26.3 min/yr");
        assertThat(Quantities.downtimePerYear(0.5256)).isEqualTo("31.5 s/yr"); // 0.5256 × 60 = 31.536 s
    }

    @Test
    void availabilityShowsTheUnavailabilityToThreeDigitsAndNeverRoundsUpANine() {
        assertThat(Quantities.availability(0.9989261499)).isEqualTo("99.892%");   // not 99.89261499%
        assertThat(Quantities.availability(0.998950)).isEqualTo("99.895%");       // static vs 99.892% with failover
        assertThat(Quantities.availability(0.9999999)).isEqualTo("99.99999%");    // 7 nines, not 100.0000%
        assertThat(Quantities.availability(0.99995)).isEqualTo("99.995%");
        assertThat(Quantities.availability(0.9999)).isEqualTo("99.99%");
        assertThat(Quantities.availability(0.99999975)).isEqualTo("99.999975%");
        assertThat(Quantities.availability(0.9996427)).isEqualTo("99.9642%");     // u = 0.03573%: cut, not 99.9643
        assertThat(Quantities.availability(0.9)).isEqualTo("90.00%");
        assertThat(Quantities.availability(1)).isEqualTo("100%");
        assertThat(Quantities.nines(2.98)).isEqualTo("2.9");
        assertThat(Quantities.nines(7.0)).isEqualTo("7.0");
    }

    @Test
    void moneyPercentagesRatesAndSizes() {
        assertThat(Quantities.usd(69.974)).isEqualTo("$69.97");
        assertThat(Quantities.usd(8_509.4)).isEqualTo("$8,509");
        assertThat(Quantities.usd(-1_250)).isEqualTo("-$1,250");
        assertThat(Quantities.percent(105.2)).isEqualTo("105%");
        assertThat(Quantities.percent(7.46)).isEqualTo("7.5%");
        assertThat(Quantities.percent(0)).isEqualTo("0%");
        assertThat(Quantities.number(10_500)).isEqualTo("10,500");
        assertThat(Quantities.number(2.456)).isEqualTo("2.46");
        assertThat(Quantities.number(0.25)).isEqualTo("0.25");
        assertThat(Quantities.number(99.96)).isEqualTo("100");
        assertThat(Quantities.bytes(92.9e9)).isEqualTo("92.9 GB");
        assertThat(Quantities.bytes(999.7e6)).isEqualTo("1 GB");
        assertThat(Quantities.bytes(512)).isEqualTo("512 B");
    }

    @Test
    void aDurationIsRoundedOnceFromItsExactValueAndCarriedOnlyAcrossAUnit() {
        // 52.596 min (a 99.99% budget) = 3,155.76 s: 52.6 min, not 3,160 s / 60 = 52.7.
        org.assertj.core.api.Assertions.assertThat(Quantities.duration(3155.76)).isEqualTo("52.6 min");
        // 7,790 s = 2.1639 h: 2.16 h, not 130 min × 60 / 3,600 = 2.17.
        org.assertj.core.api.Assertions.assertThat(Quantities.duration(7790)).isEqualTo("2.16 h");
        // Crossing: 59.96 s rounds to 60.0 s, which is 1 min; 3,599.9 s rounds to 60.0 min, which is 1 h.
        org.assertj.core.api.Assertions.assertThat(Quantities.duration(59.96)).isEqualTo("1 min");
        org.assertj.core.api.Assertions.assertThat(Quantities.duration(3599.9)).isEqualTo("1 h");
    }
}
