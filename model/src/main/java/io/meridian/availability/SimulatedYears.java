package io.meridian.availability;

import java.util.Arrays;

/**
 * What a batch of simulated years gave, per population: each year's downtime (request-weighted minutes), incidents
 * and worst 30-day window, and every incident's lost minutes.
 *
 * @param downtimeMinutes    [population][year]
 * @param incidents          [population][year]
 * @param worstWindowMinutes [population][year]
 * @param incidentMinutes    [population]: the minutes lost in each incident of the first years of the batch, up to
 *                           {@link #INCIDENTS_KEPT} (years are independent and alike, so the first are a fair sample)
 */
public record SimulatedYears(int years, double[][] downtimeMinutes, int[][] incidents, double[][] worstWindowMinutes,
                             double[][] incidentMinutes) {
    /** Incidents kept per population and batch for their length's percentiles. */
    public static final int INCIDENTS_KEPT = 2_000;

    /** Collects a batch year by year. */
    static final class Builder {
        private final int n;
        private final double[][] downtime;
        private final int[][] incidents;
        private final double[][] window;
        private final double[][] incidentMinutes;
        private final int[] incidentCount;
        private int year;

        Builder(int populations, int years) {
            n = populations;
            downtime = new double[n][years];
            incidents = new int[n][years];
            window = new double[n][years];
            incidentMinutes = new double[n][16];
            incidentCount = new int[n];
        }

        void add(int i, double minutes, IncidentLog log, double windowHours) {
            downtime[i][year] = minutes;
            incidents[i][year] = log.size();
            window[i][year] = log.worstWindow(windowHours);
            for (int k = 0; k < log.size() && incidentCount[i] < INCIDENTS_KEPT; k++) {
                if (incidentCount[i] == incidentMinutes[i].length) {
                    incidentMinutes[i] = Arrays.copyOf(incidentMinutes[i], incidentCount[i] * 2);
                }
                incidentMinutes[i][incidentCount[i]++] = log.minutes(k);
            }
        }

        void endYear() {
            year++;
        }

        SimulatedYears build() {
            double[][] incidentsOut = new double[n][];
            for (int i = 0; i < n; i++) {
                incidentsOut[i] = Arrays.copyOf(incidentMinutes[i], incidentCount[i]);
            }
            return new SimulatedYears(year, downtime, incidents, window, incidentsOut);
        }
    }
}
