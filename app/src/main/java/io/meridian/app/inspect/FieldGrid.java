package io.meridian.app.inspect;

import io.meridian.app.MainViewModel;
import io.meridian.app.edit.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.controlsfx.control.CheckComboBox;
import javafx.util.StringConverter;
import javafx.collections.ListChangeListener;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A form of {@link Field}s, one row each: label, control, and the model's objection under it. Text is checked as
 * it is typed and nothing is applied until the value is acceptable and committed (Enter or leaving the field;
 * Escape restores it); each commit is one undoable step through {@link MainViewModel#edit}. {@link #show} refreshes
 * the rows in place when the same fields come back, so typing is never lost. The inspector and the design data
 * tabs (assumptions, providers, scenarios, common causes) use it.
 */
public final class FieldGrid extends GridPane {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final MainViewModel model;
    private final String idPrefix;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** @param idPrefix prefix of each control's CSS id ("inspect-" + key in the inspector) */
    public FieldGrid(MainViewModel model, String idPrefix) {
        this.model = model;
        this.idPrefix = idPrefix;
        getStyleClass().add("inspector-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMaxWidth(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        getColumnConstraints().setAll(labels, values);
    }

    /** The control for a field key (tests, focus); null when none is on show. */
    public Control control(String key) {
        Row row = rows.get(key);
        return row == null ? null : row.control;
    }

    /** The keys on show, in order. */
    public List<String> keys() {
        return List.copyOf(rows.keySet());
    }

    /**
     * Shows these fields: in place when the keys are those on show and {@code sameSubject} (the same element),
     * rebuilt otherwise.
     */
    public void show(List<Field> fields, boolean sameSubject) {
        List<String> keys = fields.stream().map(Field::key).toList();
        if (sameSubject && keys.equals(keys())) {
            fields.forEach(f -> rows.get(f.key()).update(f));
        } else {
            rebuild(fields);
        }
    }

    private void rebuild(List<Field> fields) {
        getChildren().clear();
        rows.clear();
        int line = 0;
        for (Field f : fields) {
            Row row = new Row(f);
            rows.put(f.key(), row);
            Label label = new Label(f.label());
            label.getStyleClass().add("inspector-label");
            label.setLabelFor(row.control);
            label.setWrapText(true);
            if (!f.help().isEmpty()) {
                Tooltip tip = new Tooltip(f.help());
                label.setTooltip(tip);
                row.control.setTooltip(tip);
            }
            add(label, 0, line);
            add(row.control, 1, line++);
            add(row.error, 1, line++);
        }
    }

    /** One property: its control, the inline error under it, and the field it stands for. */
    private final class Row {
        private Field field;
        private final Control control;
        private final Label error = new Label();
        private boolean updating;

        Row(Field f) {
            field = f;
            error.getStyleClass().add("inspector-error");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            control = switch (f.type()) {
                case TEXT, NUMBER -> textField(f);
                case CHOICE -> comboBox(f);
                case MULTI -> checkComboBox(f);
                case CHECK -> checkBox(f);
                case READ_ONLY -> readOnly(f);
            };
            control.setId(idPrefix + f.key());
            control.setMaxWidth(Double.MAX_VALUE);
        }

        private Control textField(Field f) {
            TextField text = new TextField(f.value());
            text.setPromptText(f.prompt());
            text.textProperty().addListener((obs, old, now) -> validate(now));
            text.setOnAction(e -> commit(text.getText()));
            text.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commit(text.getText());
                }
            });
            text.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE && !text.getText().equals(field.value())) {
                    text.setText(field.value());
                    e.consume(); // the first Escape restores the text; the next one closes the window
                }
            });
            return text;
        }

        /** Ids underneath, names on screen. */
        private StringConverter<String> names() {
            return new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null ? "" : field.show(id);
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            };
        }

        private Control comboBox(Field f) {
            ComboBox<String> box = new ComboBox<>();
            box.setConverter(names());
            box.getItems().setAll(f.choices());
            box.setValue(f.value());
            box.setOnAction(e -> {
                if (!updating && box.getValue() != null) {
                    if (!commit(box.getValue())) {
                        setQuietly(box, field.value()); // refused: the choice goes back, the message stays
                    }
                }
            });
            return box;
        }

        private Control checkComboBox(Field f) {
            CheckComboBox<String> box = new CheckComboBox<>();
            box.setConverter(names());
            box.getItems().setAll(f.choices());
            checkOnly(box, f.value());
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
                if (!updating && !commit(String.join(",", box.getCheckModel().getCheckedItems()))) {
                    // Refused: the ticks go back to the design's (after this change has been delivered).
                    javafx.application.Platform.runLater(() -> checkOnly(box, field.value()));
                }
            });
            return box;
        }

        private void checkOnly(CheckComboBox<String> box, String value) {
            updating = true;
            try {
                box.getCheckModel().clearChecks();
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        box.getCheckModel().check(id.strip());
                    }
                }
            } finally {
                updating = false;
            }
        }

        private void setQuietly(ComboBox<String> box, String value) {
            updating = true;
            try {
                box.setValue(value);
            } finally {
                updating = false;
            }
        }

        private Control checkBox(Field f) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.parseBoolean(f.value()));
            box.setOnAction(e -> {
                if (!commit(String.valueOf(box.isSelected()))) {
                    box.setSelected(Boolean.parseBoolean(field.value()));
                }
            });
            return box;
        }

        private Control readOnly(Field f) {
            TextField text = new TextField(f.value());
            text.setEditable(false);
            text.getStyleClass().add("read-only");
            return text;
        }

        private boolean unchanged(String text) {
            if (field.type() == Field.Type.MULTI) {
                return Set.of(text.split(",")).equals(Set.of(field.value().split(",")));
            }
            return text.equals(field.value());
        }

        /** Shows the model's objection to a value, or clears it; applies nothing. */
        private boolean validate(String text) {
            if (!field.editable() || unchanged(text)) {
                showError(null);
                return true;
            }
            try {
                field.apply().apply(text);
                showError(null);
                return true;
            } catch (RuntimeException e) {
                showError(Document.message(e));
                return false;
            }
        }

        /** Applies an acceptable changed value as one undoable step; false when it was refused. */
        private boolean commit(String text) {
            if (!field.editable() || unchanged(text)) {
                return true;
            }
            if (!validate(text)) {
                return false;
            }
            Field f = field;
            boolean done = model.edit("Change " + lowerFirst(f.label()), d -> f.apply().apply(text));
            // Committed: show the value as the model holds it (an emptied field shows its default's value, or stays
            // empty for a null).
            if (done && control instanceof TextField t && !t.getText().equals(field.value())) {
                t.setText(field.value());
            }
            return done;
        }

        /** The design changed (maybe by this row): take the fresh field, show its value unless being typed in. */
        void update(Field f) {
            boolean typing = control.isFocused() && control instanceof TextField t && !t.getText().equals(field.value());
            field = f;
            if (control instanceof TextField t && !typing) {
                t.setText(f.value());
                t.setPromptText(f.prompt());
            } else if (control instanceof ComboBox<?> c) {
                @SuppressWarnings("unchecked")
                ComboBox<String> box = (ComboBox<String>) c;
                updating = true;
                try {
                    if (!box.getItems().equals(f.choices())) {
                        box.getItems().setAll(f.choices());
                    }
                    box.setValue(f.value());
                } finally {
                    updating = false;
                }
            } else if (control instanceof CheckComboBox<?> c) {
                @SuppressWarnings("unchecked")
                CheckComboBox<String> box = (CheckComboBox<String>) c;
                if (!box.getItems().equals(f.choices())) {
                    updating = true;
                    box.getItems().setAll(f.choices());
                    updating = false;
                }
                checkOnly(box, f.value());
            } else if (control instanceof CheckBox c) {
                c.setSelected(Boolean.parseBoolean(f.value()));
            }
            if (!typing) {
                showError(null);
            }
        }

        private void showError(String message) {
            boolean show = message != null;
            error.setText(show ? message : "");
            error.setVisible(show);
            error.setManaged(show);
            control.pseudoClassStateChanged(INVALID, show);
        }
    }

    /** "Downtime cost (USD/h)" reads "downtime cost (USD/h)" in "Undo change …"; units keep their case. */
    static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
