package io.meridian.uncertainty;

import io.meridian.evaluation.Evaluation;
import io.meridian.model.UncertainInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Each input at its low and its high end, the others at their point values: the tornado charts' data. */
final class OneAtATime {
    private final List<Evaluation> lows;
    private final List<Evaluation> highs;
    private final List<Tornado> tornadoes;
    private final List<String> notes;

    private OneAtATime(List<Evaluation> lows, List<Evaluation> highs, List<Tornado> tornadoes, List<String> notes) {
        this.lows = lows;
        this.highs = highs;
        this.tornadoes = tornadoes;
        this.notes = notes;
    }

    static OneAtATime run(UncertaintyEngine.Runner runner, List<UncertainInput> inputs, Evaluation base,
                          List<Outputs.Output> outputs) {
        List<Map<String, Double>> designs = new ArrayList<>();
        for (UncertainInput input : inputs) {
            designs.add(Map.of(input.path(), input.range().lowEnd()));
            designs.add(Map.of(input.path(), input.range().highEnd()));
        }
        List<Evaluation> all = runner.all(designs);
        List<Evaluation> lows = new ArrayList<>();
        List<Evaluation> highs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < inputs.size(); j++) {
            lows.add(all.get(2 * j));
            highs.add(all.get(2 * j + 1));
            if (lows.get(j) == null || highs.get(j) == null) {
                notes.add(inputs.get(j).label() + ": an end of its range breaks a rule tying it to another field; "
                        + "left out of the tornado charts");
            }
        }
        List<Tornado> tornadoes = new ArrayList<>();
        for (Outputs.Output output : outputs) {
            List<TornadoBar> bars = new ArrayList<>();
            for (int j = 0; j < inputs.size(); j++) {
                if (lows.get(j) == null || highs.get(j) == null) {
                    continue;
                }
                UncertainInput input = inputs.get(j);
                bars.add(TornadoBar.of(input.path(), input.label(), input.range().lowEnd(), input.range().highEnd(),
                        output.value().applyAsDouble(lows.get(j)), output.value().applyAsDouble(highs.get(j))));
            }
            bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed()); // stable: ties in file order
            tornadoes.add(new Tornado(output.id(), output.label(), output.unit(), output.value().applyAsDouble(base),
                    output.target(), bars));
        }
        return new OneAtATime(lows, highs, tornadoes, notes);
    }

    Evaluation atLow(int input) {
        return lows.get(input);
    }

    Evaluation atHigh(int input) {
        return highs.get(input);
    }

    List<Tornado> tornadoes() {
        return tornadoes;
    }

    List<String> notes() {
        return notes;
    }
}
