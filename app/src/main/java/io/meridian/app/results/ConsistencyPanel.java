package io.meridian.app.results;

import io.meridian.consistency.DatasetConsistency;
import io.meridian.consistency.PartitionBehaviour;
import io.meridian.evaluation.Evaluation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Per dataset, one card: its strategy and PACELC class, what a partition does, double-spend and split-brain
 * risk, convergence after a partition, and the explanation (cards, not columns: the panel is often narrow).
 */
final class ConsistencyPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Consistency";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        if (e.consistency().datasets().isEmpty()) {
            return Cells.sections(Cells.note("The design holds no datasets."));
        }
        VBox cards = Cells.sections();
        for (DatasetConsistency d : e.consistency().datasets()) {
            cards.getChildren().add(card(d, names));
        }
        return cards;
    }

    private static Node card(DatasetConsistency d, Names names) {
        Label name = Cells.explained(Cells.text(d.name().isBlank() ? names.of(d.datasetId()) : d.name(),
                "dataset-name"), names.full(d.datasetId()));
        Label kind = Cells.text(Format.words(d.strategy()) + " · " + d.pacelc(), "results-note");
        FlowPane facts = new FlowPane(14, 2,
                fact("Under a partition", Format.words(d.partition()), d.partition() == PartitionBehaviour.LOSES_WRITES),
                fact("Double spend", d.doubleSpendRisk() ? "risk" : "no", d.doubleSpendRisk()),
                fact("Split brain", d.splitBrainRisk() ? "risk" : "no", d.splitBrainRisk()),
                d.convergenceSeconds() == null ? fact("Converges in", "—", false)
                        : new VBox(Cells.text("Converges in", "results-header"), Cells.figure(d.convergenceSeconds())));
        Label why = Cells.note(d.explanation());
        VBox card = new VBox(3, new FlowPane(8, 0, name, kind), facts, why);
        card.getStyleClass().add("consistency-card");
        return card;
    }

    private static Node fact(String label, String value, boolean bad) {
        Label v = Cells.text(value, "consistency-value", bad ? "fail" : "");
        return new VBox(Cells.text(label, "results-header"), v);
    }
}
