package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.app.edit.Document;
import io.meridian.model.Objectives;
import io.meridian.model.SurviveLoss;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The design's objectives as a checklist: a tick per objective (ticked: the design states it and the results check
 * it), its target beside it in the unit a person uses (availability in %, RTO in minutes, RPO in seconds, latency in
 * ms, budget in USD a month; a time may carry its own unit, "4 h"), and the failure to survive as a choice. Each
 * change is one undoable step; unticking removes the objective.
 */
public final class ObjectivesTab {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final MainViewModel model;
    private final Tab tab = new Tab("Objectives");
    private final Map<ObjectiveTarget, Row> rows = new EnumMap<>(ObjectiveTarget.class);
    private final ComboBox<SurviveLoss> surviveLoss = new ComboBox<>();
    private boolean refreshing;

    public ObjectivesTab(MainViewModel model) {
        this.model = model;
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("inspector-grid", "design-data-form");
        grid.setHgap(8);
        grid.setVgap(2);
        int line = 0;
        for (ObjectiveTarget t : ObjectiveTarget.values()) {
            Row row = new Row(t);
            rows.put(t, row);
            grid.add(row.check, 0, line);
            grid.add(row.text, 1, line);
            grid.add(new Label(t.unit()), 2, line++);
            grid.add(row.error, 1, line++, 2, 1);
        }
        Label survive = new Label("Survive the loss of");
        survive.setLabelFor(surviveLoss);
        surviveLoss.setId("objective-surviveLossOf");
        surviveLoss.getItems().setAll(SurviveLoss.values());
        surviveLoss.setConverter(new StringConverter<>() {
            @Override
            public String toString(SurviveLoss s) {
                return s == null ? "" : switch (s) {
                    case NONE -> "— nothing stated";
                    case ANY_REGION -> "any one region";
                    case ANY_PROVIDER -> "any one provider";
                };
            }

            @Override
            public SurviveLoss fromString(String text) {
                return null;
            }
        });
        surviveLoss.setTooltip(new Tooltip("The largest failure the design must ride out at its target utilisation"));
        surviveLoss.setOnAction(e -> {
            SurviveLoss now = surviveLoss.getValue();
            if (!refreshing && now != null && now != objectives().surviveLossOf()) {
                edit("Set survive-loss objective", o -> new Objectives(o.availability(), o.rtoSeconds(),
                        o.rpoSeconds(), o.readLatencyMs(), o.writeLatencyMs(), o.monthlyBudget(), now,
                        o.readLatencyP99Ms(), o.writeLatencyP99Ms()));
            }
        });
        grid.add(survive, 0, line);
        grid.add(surviveLoss, 1, line);

        Label note = new Label("Tick an objective to have the results check it; type its target and press Enter. "
                + "Availability is a percentage (99.95); times take a unit if you give one (4 h, 90 s, 250 ms).");
        note.setWrapText(true);
        note.getStyleClass().add("design-data-note");
        VBox box = new VBox(10, note, grid);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        tab.setContent(scroll);
        tab.setClosable(false);
        model.designProperty().addListener(o -> refresh());
        refresh();
    }

    public Tab tab() {
        return tab;
    }

    /** The tick of an objective (tests). */
    public CheckBox check(ObjectiveTarget target) {
        return rows.get(target).check;
    }

    /** The target's text field (tests). */
    public TextField target(ObjectiveTarget target) {
        return rows.get(target).text;
    }

    public ComboBox<SurviveLoss> surviveLoss() {
        return surviveLoss;
    }

    private Objectives objectives() {
        return model.getDesign().topology().objectives();
    }

    private boolean edit(String name, UnaryOperator<Objectives> change) {
        return model.edit(name, d -> d.withTopology(d.topology().withObjectives(change.apply(
                d.topology().objectives()))));
    }

    private void refresh() {
        refreshing = true;
        try {
            rows.values().forEach(Row::refresh);
            surviveLoss.setValue(objectives().surviveLossOf());
        } finally {
            refreshing = false;
        }
    }

    /** One objective: its tick, its target, the model's objection under it. */
    private final class Row {
        private final ObjectiveTarget target;
        private final CheckBox check;
        private final TextField text = new TextField();
        private final Label error = new Label();
        /** The text as last shown from the design; a commit that leaves it unchanged applies nothing. */
        private String shown = "";

        Row(ObjectiveTarget target) {
            this.target = target;
            check = new CheckBox(target.label());
            check.setId("objective-check-" + target.key());
            text.setId("objective-" + target.key());
            text.setPrefColumnCount(10);
            Tooltip tip = new Tooltip(target.help());
            check.setTooltip(tip);
            text.setTooltip(tip);
            error.getStyleClass().add("inspector-error");
            error.setWrapText(true);
            showError(null);
            check.setOnAction(e -> toggled());
            text.textProperty().addListener((obs, old, now) -> validate(now));
            text.setOnAction(e -> commit());
            text.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commit();
                }
            });
            text.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE && !text.getText().equals(shown)) {
                    text.setText(shown);
                    e.consume();
                }
            });
        }

        void refresh() {
            Double value = target.get(objectives());
            check.setSelected(value != null);
            boolean typing = text.isFocused() && !text.getText().equals(shown);
            if (value != null && !typing) {
                shown = target.format(value);
                text.setText(shown);
            } else if (value == null) {
                shown = text.getText(); // an unticked target keeps its text, to tick it again
            }
            if (!typing) {
                showError(null);
            }
        }

        private void toggled() {
            if (!check.isSelected()) {
                edit("Remove " + target.label() + " objective", o -> target.with(o, null));
                return;
            }
            if (text.getText().isBlank()) {
                check.setSelected(false);
                showError("Type a target (" + target.unit() + ") and press Enter");
                text.requestFocus();
                return;
            }
            if (!validate(text.getText()) || !set(text.getText())) {
                check.setSelected(false);
            }
        }

        private void commit() {
            String typed = text.getText();
            if (typed.equals(shown)) {
                return; // untouched: leaving an unticked field does not tick it
            }
            if (typed.isBlank()) {
                if (check.isSelected()) {
                    edit("Remove " + target.label() + " objective", o -> target.with(o, null));
                }
                return;
            }
            if (validate(typed)) {
                set(typed);
            }
        }

        private boolean set(String typed) {
            return edit("Set " + target.label() + " objective", o -> target.apply(o, typed));
        }

        /** Shows why the typed target cannot be taken, or clears it; applies nothing. */
        private boolean validate(String typed) {
            if (typed.isBlank() || typed.equals(shown)) {
                showError(null);
                return true;
            }
            try {
                target.apply(objectives(), typed);
                showError(null);
                return true;
            } catch (RuntimeException e) {
                showError(Document.message(e));
                return false;
            }
        }

        private void showError(String message) {
            boolean show = message != null;
            error.setText(show ? message : "");
            error.setVisible(show);
            error.setManaged(show);
            text.pseudoClassStateChanged(INVALID, show);
        }
    }
}
