package io.meridian.risk;

/**
 * One population's year-to-year risk.
 *
 * @param expectedMinutes        the exact engine's expected annual downtime, to read the simulated mean against
 * @param annual                 its annual downtime over the simulated years
 * @param incidentsPerYear       mean incidents a year (spells in which it loses requests, or failovers it waits out)
 * @param probabilityNoIncident  share of years without any incident
 * @param incidentP50Minutes     median minutes lost in one incident; {@code incidentP90Minutes}, {@code
 *                               incidentP99Minutes} its tail
 * @param breachProbability      share of years whose downtime exceeds the availability objective's budget; null
 *                               without an availability objective
 * @param windowBreachProbability share of years in which some 30-day window exceeds the budget's 30-day share; null
 *                               without an availability objective
 */
public record PopulationRisk(String populationId, String name, double expectedMinutes, DowntimeDistribution annual,
                             double incidentsPerYear, double probabilityNoIncident, double incidentP50Minutes,
                             double incidentP90Minutes, double incidentP99Minutes, Double breachProbability,
                             Double windowBreachProbability) {
}
