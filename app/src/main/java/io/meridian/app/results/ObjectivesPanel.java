package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.ObjectiveResult;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The verdict, then each objective: target, actual (explained), pass or fail, and what was compared. */
final class ObjectivesPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Objectives";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        Label verdict = Cells.text(e.verdict().summary(), "verdict", e.verdict().pass() ? "pass" : "fail");
        verdict.setWrapText(true);
        if (e.objectives().isEmpty()) {
            return Cells.sections(verdict, Cells.note("The design states no objectives: set availability, RTO, "
                    + "RPO, latency, budget or survive-loss targets in its properties to have them checked."));
        }
        Cells.Table table = new Cells.Table("Objective", "Target", "Actual", "", "How").numericColumns(1, 2);
        for (ObjectiveResult o : e.objectives()) {
            Label detail = Cells.note(o.detail());
            detail.setMaxWidth(420);
            table.row(Cells.text(o.objective(), "objective-name"),
                    Cells.text(target(o)),
                    Cells.figure(o.actual(), o.pass() ? "pass" : "fail"),
                    Cells.text(o.pass() ? "✔ pass" : "✘ fail", "objective-state", o.pass() ? "pass" : "fail"),
                    detail);
        }
        return Cells.sections(verdict, table.node());
    }

    private static String target(ObjectiveResult o) {
        String value = Format.value(o.target(), o.unit());
        // Availability must reach its target; every other objective is a ceiling.
        return ("availability".equals(o.objective()) ? "≥ " : "≤ ") + value;
    }
}
