package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.app.inspect.Field;
import io.meridian.app.inspect.FieldGrid;
import io.meridian.model.Design;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of entries of the design (scenarios, dependencies, provider profiles) by name, buttons under it, and the
 * selected entry's form beside it. It follows the design live: undo, redo, a variant switch or another file
 * refresh the list and the form (in place while the same entry stays selected). Entries are keyed by id.
 */
final class ListEditor extends HBox {
    private final MainViewModel model;
    private final Function<Design, List<String>> ids;
    private final BiFunction<Design, String, String> label;
    private final BiFunction<Design, String, List<Field>> fields;
    private final ListView<String> list = new ListView<>();
    private final VBox buttons = new VBox(6);
    private final FieldGrid grid;
    private final Label empty = new Label();
    private String shown;

    ListEditor(MainViewModel model, String idPrefix, String emptyText, Function<Design, List<String>> ids,
               BiFunction<Design, String, String> label, BiFunction<Design, String, List<Field>> fields) {
        super(12);
        this.model = model;
        this.ids = ids;
        this.label = label;
        this.fields = fields;
        this.grid = new FieldGrid(model, idPrefix);
        setPadding(new Insets(10));
        list.setId(idPrefix + "list");
        list.setPrefWidth(240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean isEmpty) {
                super.updateItem(id, isEmpty);
                setText(isEmpty || id == null ? null : ListEditor.this.label.apply(model.getDesign(), id));
            }
        });
        empty.setText(emptyText);
        empty.setWrapText(true);
        VBox left = new VBox(8, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        ScrollPane form = new ScrollPane(new VBox(8, empty, grid));
        form.setFitToWidth(true);
        HBox.setHgrow(form, Priority.ALWAYS);
        getChildren().addAll(left, form);
        list.getSelectionModel().selectedItemProperty().addListener(o -> refreshForm());
        model.designProperty().addListener(o -> refresh());
        refresh();
    }

    ListView<String> list() {
        return list;
    }

    FieldGrid grid() {
        return grid;
    }

    String selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** A button that adds an entry (one undoable step) and selects it; a refusal goes to the status line. */
    Button addButton(String text, String editName, Function<Design, Added> add) {
        Button b = button(text);
        b.setOnAction(e -> {
            String[] made = new String[1];
            boolean done = model.edit(editName, d -> {
                Added a = add.apply(d);
                made[0] = a.id();
                return a.design();
            });
            if (done && made[0] != null) {
                list.getSelectionModel().select(made[0]);
            }
        });
        return b;
    }

    /** A button that acts on the selected entry (one undoable step), enabled when {@code enabled} says so. */
    Button selectedButton(String text, String editName, BiFunction<Design, String, Design> change,
                          BiPredicate<Design, String> enabled) {
        Button b = button(text);
        b.setOnAction(e -> {
            String id = selected();
            if (id != null) {
                model.edit(editName, d -> change.apply(d, id));
            }
        });
        Runnable update = () -> b.setDisable(selected() == null || !enabled.test(model.getDesign(), selected()));
        list.getSelectionModel().selectedItemProperty().addListener(o -> update.run());
        model.designProperty().addListener(o -> update.run());
        update.run();
        return b;
    }

    private Button button(String text) {
        Button b = new Button(text);
        b.setMaxWidth(Double.MAX_VALUE);
        buttons.getChildren().add(b);
        return b;
    }

    private void refresh() {
        List<String> now = ids.apply(model.getDesign());
        String keep = selected();
        if (!now.equals(list.getItems())) {
            list.getItems().setAll(now);
            if (keep != null && now.contains(keep)) {
                list.getSelectionModel().select(keep);
            }
        }
        list.refresh(); // names may have changed
        refreshForm();
    }

    private void refreshForm() {
        String id = selected();
        Design d = model.getDesign();
        boolean has = id != null && ids.apply(d).contains(id);
        empty.setVisible(!has);
        empty.setManaged(!has);
        grid.show(has ? fields.apply(d, id) : List.of(), Objects.equals(id, shown));
        shown = id;
    }
}
