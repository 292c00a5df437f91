package io.meridian.risk;

import java.util.List;

/**
 * The risk of a design year to year, from simulated operating years over the exact engine's failure model.
 *
 * @param years                    how many years were simulated
 * @param seed                     the first seed (the same seed gives the same report)
 * @param method                   how, in words: repair-time distribution, stopping rule, threads
 * @param populations              per population
 * @param overall                  request-weighted over the populations, as the overall availability figure
 * @param objective                the availability objective (e.g. 0.9999), or null
 * @param budgetMinutes            the downtime a year the objective allows: (1 − objective) × 525,960 min; null without
 * @param breachProbability        share of years in which the objective fails: its worst population's downtime exceeds
 *                                 the budget (the objective is judged on the worst population); null without one
 * @param worstPopulation          each year's downtime of the population that had most (what the objective judges)
 * @param worstHistogram           how those years spread, for a chart with the budget's line
 * @param windowBreachProbability  share of years in which some 30-day window of its worst population exceeds 30/365.25
 *                                 of the budget, as SRE error budgets are judged; null without one
 */
public record RiskReport(int years, long seed, String method, List<PopulationRisk> populations,
                         DowntimeDistribution overall, DowntimeDistribution worstPopulation,
                         YearHistogram worstHistogram, Double objective, Double budgetMinutes, Double breachProbability,
                         Double windowBreachProbability, List<String> notes) {
    public RiskReport {
        populations = List.copyOf(populations);
        notes = List.copyOf(notes);
    }
}
