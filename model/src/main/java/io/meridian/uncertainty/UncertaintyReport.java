package io.meridian.uncertainty;

import io.meridian.model.UncertainInput;
import java.util.List;

/**
 * What the ranges on a design's inputs do to its figures and its verdict, for one variant.
 *
 * @param variantId  the variant evaluated ({@code baseline} or an alternative's id)
 * @param inputs     the variant's uncertain inputs, in file order
 * @param settings   how it was sampled
 * @param evaluated  sampled designs evaluated
 * @param rejected   sampled designs the reader refused (a draw breaking a rule that ties two sampled fields, e.g.
 *                   p50 above p99); left out of the intervals and the ranking
 * @param intervals  P10/P50/P90 of each headline figure
 * @param tornadoes  one-at-a-time swings, per objective then total annual cost
 * @param rankings   first-order indices for the same outputs
 * @param flips      per objective, the inputs whose range crosses its line
 * @param notes      what the reader should know (no uncertain inputs, rejected draws, …)
 */
public record UncertaintyReport(String variantId, List<UncertainInput> inputs, UncertaintySettings settings,
                                int evaluated, int rejected, List<FigureInterval> intervals, List<Tornado> tornadoes,
                                List<SensitivityRanking> rankings, List<VerdictFlip> flips, List<String> notes) {
    public UncertaintyReport {
        inputs = List.copyOf(inputs);
        intervals = List.copyOf(intervals);
        tornadoes = List.copyOf(tornadoes);
        rankings = List.copyOf(rankings);
        flips = List.copyOf(flips);
        notes = List.copyOf(notes);
    }

    /** The interval of a headline figure by id. */
    public java.util.Optional<FigureInterval> interval(String figure) {
        return intervals.stream().filter(i -> i.figure().equals(figure)).findFirst();
    }

    public java.util.Optional<Tornado> tornado(String output) {
        return tornadoes.stream().filter(t -> t.output().equals(output)).findFirst();
    }

    public java.util.Optional<SensitivityRanking> ranking(String output) {
        return rankings.stream().filter(r -> r.output().equals(output)).findFirst();
    }
}
