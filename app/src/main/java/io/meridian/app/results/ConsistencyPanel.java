package io.meridian.app.results;

import io.meridian.consistency.DatasetConsistency;
import io.meridian.evaluation.Evaluation;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Per dataset: its PACELC class, what a partition does, double-spend and split-brain risk, convergence. */
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
        Cells.Table table = new Cells.Table("Dataset", "Strategy", "PACELC", "Under a partition", "Double spend",
                "Split brain", "Converges in").numericColumns(6);
        for (DatasetConsistency d : e.consistency().datasets()) {
            table.row(Cells.explained(Cells.text(d.name().isBlank() ? d.datasetId() : d.name(), "dataset-name"),
                            names.full(d.datasetId())),
                    Cells.text(Format.words(d.strategy())),
                    Cells.text(d.pacelc()),
                    Cells.text(Format.words(d.partition()), d.partition().name().equals("LOSES_WRITES") ? "fail" : ""),
                    risk(d.doubleSpendRisk()),
                    risk(d.splitBrainRisk()),
                    d.convergenceSeconds() == null ? Cells.text("—") : Cells.figure(d.convergenceSeconds()));
            Label why = Cells.note(d.explanation());
            table.wide(why, 7);
        }
        return Cells.sections(table.node());
    }

    private static Label risk(boolean risk) {
        return Cells.text(risk ? "risk" : "no", risk ? "fail" : "pass");
    }
}
