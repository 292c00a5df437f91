package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.Severity;
import java.util.Comparator;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The design rules that fired, most severe first: severity, code, title and fix; the explanation as tooltip.
 * Clicking one (or Enter/Space on it) asks the host to select its elements on the canvas. Rows in a VBox, not a
 * ListView, so long fixes wrap instead of being cut.
 */
final class FindingsPanel implements ResultsPanel {
    private final ResultsViewModel model;

    FindingsPanel(ResultsViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Findings";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        if (e.findings().isEmpty()) {
            return Cells.sections(Cells.note("No findings: none of the design rules fired."));
        }
        VBox rows = new VBox();
        rows.getStyleClass().add("findings-list");
        e.findings().stream().sorted(Comparator.comparing(Finding::severity))
                .forEach(f -> rows.getChildren().add(row(f, names)));
        return rows;
    }

    /** "Findings (3, 1 ✘)" for the tab title: how many, and how many are errors. */
    static String count(Evaluation e) {
        long errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        int n = e.findings().size();
        return n == 0 ? "Findings" : "Findings (" + n + (errors > 0 ? ", " + errors + " ✘" : "") + ")";
    }

    private Node row(Finding f, Names names) {
        String severity = f.severity().name().toLowerCase(Locale.ROOT);
        Label badge = Cells.text(severity.toUpperCase(Locale.ROOT), "severity-badge", "severity-" + severity);
        badge.setMinWidth(68);
        Label title = wrapping(f.title(), "finding-title");
        Label code = wrapping(f.code().name() + (f.elementIds().isEmpty() ? ""
                : " · " + String.join(", ", f.elementIds().stream().map(names::of).toList())), "finding-code");
        Label fix = wrapping("Fix: " + f.fix(), "finding-fix");
        VBox text = new VBox(2, title, code, fix);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, badge, text);
        row.getStyleClass().add("finding-row");
        row.setUserData(f);
        row.setFocusTraversable(true);
        row.setOnMouseClicked(m -> {
            row.requestFocus();
            model.requestSelection(f);
        });
        row.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER || k.getCode() == KeyCode.SPACE) {
                model.requestSelection(f);
                k.consume();
            }
        });
        Tooltip tip = new Tooltip(f.explanation());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(javafx.util.Duration.millis(300));
        Tooltip.install(row, tip);
        return row;
    }

    private static Label wrapping(String text, String styleClass) {
        Label l = Cells.text(text, styleClass);
        l.setWrapText(true);
        l.setMinWidth(0);
        return l;
    }
}
