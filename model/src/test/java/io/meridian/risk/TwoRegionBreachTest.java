package io.meridian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import org.junit.jupiter.api.Test;

/**
 * Two regions, each with one service instance (MTBF 792 h, MTTR 8 h: A = 0.99), users who fail over at once (no
 * failover time): they are down only while both are, (1 − 0.99)² of the time = 52.596 min a year, exactly the
 * budget of a 99.99% objective. It passes on average; how often does a year breach it? The oracle is the two
 * instances' Markov chain stepped through the year by hand (below), carrying the distribution of the hours spent
 * with both down: nothing of the engine is used.
 */
class TwoRegionBreachTest {
    private static final double MTBF = 792;
    private static final double MTTR = 8;
    private static final int YEARS = 40_000;

    @Test
    void theShareOfYearsOverBudgetMatchesTheMarkovChainOfTheTwoInstances() {
        Topology t = RiskDesigns.perfectProviders(Topology.EMPTY
                .withRegion(RiskDesigns.steadyRegion("east", 40, -75))
                .withRegion(RiskDesigns.steadyRegion("west", 40, -120))
                .withComponent(RiskDesigns.service("api-east", "east", MTBF, MTTR))
                .withComponent(RiskDesigns.service("api-west", "west", MTBF, MTTR))
                .withPopulation(RiskDesigns.users("u", 40, -90)));
        RiskReport report = RiskDesigns.run(t, FailoverTimings.uniform(0), 0.9999,
                RiskSettings.DEFAULTS.withYears(YEARS, YEARS));
        PopulationRisk u = report.populations().get(0);
        assertThat(u.expectedMinutes()).isCloseTo(52.596, within(1e-6));
        assertThat(u.annual().mean()).isCloseTo(52.596, within(3 * u.annual().halfWidth()));

        double oracle = breachShare(0.8766);
        double se = Math.sqrt(oracle * (1 - oracle) / YEARS);
        assertThat(report.breachProbability()).isCloseTo(oracle, within(4 * se + 0.002));
        // The point of the report: passing on average still breaches in about one year in six.
        assertThat(oracle).isBetween(0.15, 0.17);
    }

    /**
     * P(hours with both instances down in 8,766 h > budget), the chain started in its steady state, stepped every
     * dt hours: each instance fails with probability λ dt (λ = 1/792) and is repaired with μ dt (μ = 1/8); the
     * both-down time is counted in steps, up to the budget (one bucket for "over").
     */
    static double breachShare(double budgetHours) {
        double dt = 0.01;
        double lambda = 1 / MTBF;
        double mu = 1 / MTTR;
        int over = (int) Math.floor(budgetHours / dt) + 1;
        double[][] p = new double[3][over + 1]; // by instances down (0, 1, 2) and steps spent with both down
        double a = 0.99;
        p[0][0] = a * a;
        p[1][0] = 2 * a * (1 - a);
        p[2][0] = (1 - a) * (1 - a);
        long steps = Math.round(8766 / dt);
        for (long s = 0; s < steps; s++) {
            double[][] q = new double[3][over + 1];
            for (int b = 0; b <= over; b++) {
                double p0 = p[0][b];
                double p1 = p[1][b];
                double p2 = p[2][b];
                if (p0 + p1 + p2 == 0) {
                    continue;
                }
                // From 0 down: one fails (2λ dt). From 1: the other fails (λ dt) or it is repaired (μ dt).
                q[0][b] += p0 * (1 - 2 * lambda * dt) + p1 * mu * dt;
                q[1][b] += p0 * 2 * lambda * dt + p1 * (1 - lambda * dt - mu * dt) + p2 * 2 * mu * dt;
                // A step that ends with both down counts toward the both-down time.
                int next = Math.min(over, b + 1);
                q[2][next] += p1 * lambda * dt + p2 * (1 - 2 * mu * dt);
            }
            p = q;
        }
        return p[0][over] + p[1][over] + p[2][over];
    }
}
