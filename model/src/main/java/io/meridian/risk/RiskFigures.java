package io.meridian.risk;

import io.meridian.availability.AvailabilityReport;
import io.meridian.availability.DowntimeSimulation;
import io.meridian.availability.SimulatedYears;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The report's figures from the simulated years: means with intervals, percentiles, breach shares. */
final class RiskFigures {
    private static final double[] PERCENTILES = {0.10, 0.50, 0.90, 0.95, 0.99};
    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private RiskFigures() {
    }

    static RiskReport report(DowntimeSimulation sim, AvailabilityReport exact, List<SimulatedYears> batches,
                             Double objective, RiskSettings settings, String method) {
        int n = sim.populationIds().size();
        int years = batches.stream().mapToInt(SimulatedYears::years).sum();
        double[] weights = sim.weights();
        Double budget = objective == null ? null : (1 - objective) * RiskEngine.MINUTES_PER_YEAR;
        Double windowBudget = budget == null ? null
                : budget * RiskEngine.WINDOW_DAYS * 24 / (RiskEngine.MINUTES_PER_YEAR / 60);
        double[] overall = new double[years];
        double[] worst = new double[years];
        double[] worstWindow = new double[years];
        List<PopulationRisk> populations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] downtime = new double[years];
            double[] window = new double[years];
            int[] incidents = new int[years];
            List<double[]> incidentParts = new ArrayList<>();
            int y = 0;
            for (SimulatedYears b : batches) {
                System.arraycopy(b.downtimeMinutes()[i], 0, downtime, y, b.years());
                System.arraycopy(b.worstWindowMinutes()[i], 0, window, y, b.years());
                System.arraycopy(b.incidents()[i], 0, incidents, y, b.years());
                incidentParts.add(b.incidentMinutes()[i]);
                y += b.years();
            }
            for (int k = 0; k < years; k++) {
                overall[k] += weights[i] * downtime[k];
                worst[k] = Math.max(worst[k], downtime[k]);
                worstWindow[k] = Math.max(worstWindow[k], window[k]);
            }
            double[] lost = concat(incidentParts);
            double[] q = lost.length == 0 ? new double[3] : Quantile.withDefaults().evaluate(lost, 0.5, 0.9, 0.99);
            long quiet = java.util.Arrays.stream(incidents).filter(c -> c == 0).count();
            double expected = (1 - exact.populations().get(i).withFailover().requestWeighted().value())
                    * RiskEngine.MINUTES_PER_YEAR;
            DowntimeDistribution annual = distribution(downtime);
            populations.add(new PopulationRisk(sim.populationIds().get(i), RiskEngine.name(exact, i), expected,
                    annual, org.apache.commons.statistics.descriptive.IntMean.of(incidents).getAsDouble(), (double) quiet / years, q[0], q[1], q[2],
                    budget == null ? null : share(downtime, budget), windowBudget == null ? null
                    : share(window, windowBudget)));
            if (Math.abs(annual.mean() - expected) > 3 * annual.halfWidth() + 1e-9 * Math.max(1, expected)) {
                notes.add(String.format(Locale.ROOT, "%s: the simulated mean %.2f min/yr is %.1f intervals from the "
                                + "exact engine's %.2f min/yr", sim.populationIds().get(i), annual.mean(),
                        Math.abs(annual.mean() - expected) / Math.max(1e-12, annual.halfWidth()), expected));
            }
        }
        DowntimeDistribution worstYears = distribution(worst);
        return new RiskReport(years, settings.seed(), method, populations, distribution(overall), worstYears,
                YearHistogram.of(worst, worstYears.p99(), budget), objective, budget,
                budget == null ? null : share(worst, budget),
                windowBudget == null ? null : share(worstWindow, windowBudget), notes);
    }

    static DowntimeDistribution distribution(double[] values) {
        double mean = Mean.of(values).getAsDouble();
        double half = values.length < 2 ? 0 : Z95 * Math.sqrt(Variance.of(values).getAsDouble() / values.length);
        double[] p = Quantile.withDefaults().evaluate(values, PERCENTILES);
        return new DowntimeDistribution(mean, half, p[0], p[1], p[2], p[3], p[4]);
    }

    /** Share of the values strictly above the limit. */
    static double share(double[] values, double limit) {
        long above = java.util.Arrays.stream(values).filter(v -> v > limit).count();
        return (double) above / values.length;
    }

    private static double[] concat(List<double[]> parts) {
        int size = parts.stream().mapToInt(a -> a.length).sum();
        double[] out = new double[size];
        int at = 0;
        for (double[] a : parts) {
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        return out;
    }
}
