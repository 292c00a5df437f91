package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.ObjectiveResult;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Each objective (the verdict sits above every tab): target, actual (explained), pass or fail, and what was compared. */
final class ObjectivesPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Objectives";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        if (e.objectives().isEmpty()) {
            return Cells.sections(Cells.note("The design states no objectives: tick availability, RTO, "
                    + "RPO, latency, budget or survive-loss targets under Design → Objectives… "
                    + "(or Ctrl+Shift+O, Objectives tab) to have them checked."));
        }
        Cells.Table table = new Cells.Table("Objective", "Target", "Actual", "", "How").numericColumns(1, 2);
        for (ObjectiveResult o : e.objectives()) {
            Label detail = Cells.note(o.detail());
            detail.setMinWidth(180);
            detail.setPrefWidth(560);
            table.row(Cells.text(o.objective(), "objective-name"),
                    Cells.text(target(o)),
                    Cells.figure(o.actual(), o.pass() ? "pass" : "fail"),
                    Cells.text(o.pass() ? "✔ pass" : "✘ fail", "objective-state", o.pass() ? "pass" : "fail"),
                    detail);
        }
        return Cells.sections(table.node());
    }

    private static String target(ObjectiveResult o) {
        String value = Format.value(o.target(), o.unit());
        // Availability must reach its target; every other objective is a ceiling.
        return ("availability".equals(o.objective()) ? "≥ " : "≤ ") + value;
    }
}
