package io.meridian.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param suggestions the cheapest passing design (cheapest search), or the Pareto frontier of total annual cost,
 *                    availability and p99 write latency over the passing designs (frontier search), cheapest first
 * @param method      how: exhaustive over the space, or the genetic search with its seed and why it stopped
 * @param spaceSize   candidates in the space
 * @param evaluations distinct designs evaluated
 * @param seconds     how long it took
 */
public record SearchResult(List<Suggestion> suggestions, String method, double spaceSize, int evaluations,
                           double seconds) {
    public SearchResult {
        suggestions = List.copyOf(suggestions);
    }

    public double evaluationsPerSecond() {
        return seconds > 0 ? evaluations / seconds : 0;
    }
}
