package io.meridian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * One service instance, MTBF 99,990 h and MTTR 10 h (A = 0.9999), in a region that never fails: its years have an
 * analytic form. Failures come at λ = 1 / 99,990 per up hour, so over T = 8,766 h about λT = 0.08767 of them; a
 * year has no incident when it starts up (A) and nothing fails in it: P = 0.9999 × e^(−0.08767) = 0.91597. The
 * downtime is a compound Poisson sum of exponential repairs: P(D > x) = Σ_k P(N = k) × P(Gamma(k, 10 h) > x).
 */
class SingleComponentYearsTest {
    private static final double MTBF = 99_990;
    private static final double MTTR = 10;
    private static final int YEARS = 40_000;

    private final Topology design = RiskDesigns.perfectProviders(Topology.EMPTY
            .withRegion(RiskDesigns.steadyRegion("r", 40, -75))
            .withComponent(RiskDesigns.service("api", "r", MTBF, MTTR))
            .withPopulation(RiskDesigns.users("u", 40, -75)));
    private final RiskReport report = RiskDesigns.run(design, FailoverTimings.uniform(0), 0.9999,
            RiskSettings.DEFAULTS.withYears(YEARS, YEARS));

    @Test
    void theMeanIsTheExactExpectationAndTheShareOfQuietYearsIsEToTheMinusLambdaT() {
        PopulationRisk u = report.populations().get(0);
        assertThat(report.years()).isEqualTo(YEARS);
        // (1 − 0.9999) × 525,960 min = 52.596 min a year.
        assertThat(u.expectedMinutes()).isCloseTo(52.596, within(1e-6));
        assertThat(u.annual().mean()).isCloseTo(52.596, within(3 * u.annual().halfWidth()));
        double lambdaT = 8766 / MTBF;
        double quiet = 0.9999 * Math.exp(-lambdaT);
        assertThat(quiet).isCloseTo(0.91597, within(1e-5));
        double se = Math.sqrt(quiet * (1 - quiet) / YEARS);
        assertThat(u.probabilityNoIncident()).isCloseTo(quiet, within(4 * se));
        // Incidents a year: (1 − A) × 8,766 / MTTR = 0.08766 failures, plus the 0.0001 of years that start down.
        assertThat(u.incidentsPerYear()).isCloseTo(0.08766 + 0.0001, within(4 * Math.sqrt(0.0878 / YEARS)));
    }

    @Test
    void theShareOfYearsAboveTheBudgetIsTheCompoundPoissonTail() {
        // Budget of 99.99%: 52.596 min = 0.8766 h. N ~ Poisson(λT) (the up time is T less a few hours: negligible).
        double budgetHours = 0.8766;
        PoissonDistribution failures = PoissonDistribution.of(8766 / MTBF);
        double tail = 0;
        for (int k = 1; k <= 12; k++) {
            tail += failures.probability(k) * GammaDistribution.of(k, MTTR).survivalProbability(budgetHours);
        }
        // P(N ≥ 1) ≈ 0.0839, and one repair outlasts 0.88 h with e^(−0.0877) = 0.916: about 0.077.
        assertThat(tail).isCloseTo(0.0771, within(5e-4));
        double se = Math.sqrt(tail * (1 - tail) / YEARS);
        // Years that start down (1 in 10,000) add to it at most their share.
        assertThat(report.breachProbability()).isCloseTo(tail, within(4 * se + 1e-4));
        assertThat(report.populations().get(0).breachProbability()).isEqualTo(report.breachProbability());
    }
}
