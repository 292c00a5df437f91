package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.Severity;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The design rules that fired, most severe first: severity, code, title and fix; the explanation as tooltip.
 * Clicking one (or Enter) asks the host to select its elements on the canvas.
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
    public boolean needsScrolling() {
        return false;
    }

    @Override
    public Node render(Evaluation e, Names names) {
        ListView<Finding> list = new ListView<>();
        list.getStyleClass().add("findings-list");
        list.setPlaceholder(Cells.note("No findings: none of the design rules fired."));
        list.getItems().setAll(e.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList());
        list.setCellFactory(v -> new FindingCell(names));
        list.setOnKeyPressed(k -> {
            Finding selected = list.getSelectionModel().getSelectedItem();
            if (k.getCode() == KeyCode.ENTER && selected != null) {
                model.requestSelection(selected);
            }
        });
        return list;
    }

    /** "3 findings · 1 error" for the tab title. */
    static String count(Evaluation e) {
        long errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        int n = e.findings().size();
        return n == 0 ? "Findings" : "Findings (" + n + (errors > 0 ? ", " + errors + " ✘" : "") + ")";
    }

    private final class FindingCell extends ListCell<Finding> {
        private final Names names;

        FindingCell(Names names) {
            this.names = names;
            getStyleClass().add("finding-cell");
            setOnMouseClicked(m -> {
                if (!isEmpty() && getItem() != null) {
                    model.requestSelection(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String severity = f.severity().name().toLowerCase(Locale.ROOT);
            Label badge = Cells.text(severity.toUpperCase(Locale.ROOT), "severity-badge", "severity-" + severity);
            badge.setMinWidth(68);
            Label title = Cells.text(f.title(), "finding-title");
            title.setWrapText(true);
            Label code = Cells.text(f.code().name() + (f.elementIds().isEmpty() ? ""
                    : " · " + String.join(", ", f.elementIds().stream().map(names::of).toList())), "finding-code");
            code.setWrapText(true);
            Label fix = Cells.text("Fix: " + f.fix(), "finding-fix");
            fix.setWrapText(true);
            VBox text = new VBox(2, title, code, fix);
            text.setMinWidth(0);
            text.setPrefWidth(1);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, badge, text);
            setGraphic(row);
            Tooltip tip = new Tooltip(f.explanation());
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            setTooltip(tip);
        }
    }
}
