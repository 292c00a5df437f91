package io.meridian.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Crossing values in the units a person uses, chosen by the field's name. */
class InputUnitsTest {
    @Test
    void ratesBelowOneAYearReadAsOnePerSoManyYears() {
        // 1 / (1/6.5) = 6.5 years.
        assertThat(InputUnits.format("eventsPerYear", 1 / 6.5)).isEqualTo("1 per 6.5 years");
        assertThat(InputUnits.format("eventsPerYear", 2.4)).isEqualTo("2.4 per year");
        assertThat(InputUnits.format("eventsPerYear", 0)).isEqualTo("never");
    }

    @Test
    void durationsAvailabilitiesAndPricesByTheirFieldNames() {
        // 1.5 h = 5,400 s; 0.25 h = 15 min; 90 s = 1.5 min.
        assertThat(InputUnits.format("mttrHours", 1.5)).isEqualTo("1.5 h");
        assertThat(InputUnits.format("zoneMttrHours", 0.25)).isEqualTo("15 min");
        assertThat(InputUnits.format("promoteSeconds", 90)).isEqualTo("1.5 min");
        assertThat(InputUnits.format("lagMs", 250)).isEqualTo("250 ms");
        // 0.9894 / 0.99 = 0.99939393…: unavailability 0.0606% → four decimals, cut.
        assertThat(InputUnits.format("availability", 0.9894 / 0.99)).isEqualTo("99.9393%");
        assertThat(InputUnits.format("downtimeCostPerHour", 250_000)).isEqualTo("$250,000");
        assertThat(InputUnits.format("discountPercent", 12)).isEqualTo("12%");
        assertThat(InputUnits.format("requestsPerSecond", 2500)).isEqualTo("2,500");
    }
}
