package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The design's datasets: a table (name, strategy, zone, copies by name) with Add and Delete, and beside it a form
 * for every value of the selected one. Follows the design live (undo, redo, another variant, another file).
 */
public final class DatasetsTab {
    private final MainViewModel model;
    private final Tab tab = new Tab("Datasets");
    private final TableView<Dataset> table = new TableView<>();
    private final io.meridian.app.inspect.FieldGrid form;
    /** The dataset whose fields are on show: the grid updates in place while it stays the same. */
    private String formOwner;
    private final Label empty = new Label("Select a dataset, or add one, to edit it here.");
    private final Button delete = new Button("Delete");
    private boolean refreshing;

    public DatasetsTab(MainViewModel model) {
        this.model = model;
        form = new io.meridian.app.inspect.FieldGrid(model, "dataset-");
        form.getStyleClass().add("design-data-form");
        table.setId("datasets-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column("Name", 150, Dataset::name),
                column("Write strategy", 130, d -> d.strategy().id()),
                column("Zone", 100, d -> d.zoneId() == null ? "—" : topology().zone(d.zoneId())
                        .map(ResidencyZone::name).orElse(d.zoneId())),
                column("Copies", 240, d -> copyNames(d.copies())),
                column("Writes/s", 70, d -> UserUnits.plain(d.writesPerSecond()))));
        table.setPlaceholder(new Label("This design has no datasets: Add one, then tick the databases that hold it."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!refreshing) {
                showForm();
            }
        });

        Button add = new Button("Add");
        add.setId("dataset-add");
        add.setOnAction(e -> add());
        delete.setId("dataset-delete");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(6, add, delete);
        VBox left = new VBox(6, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        empty.getStyleClass().add("design-data-note");
        empty.setWrapText(true);
        VBox right = new VBox(6, empty, form);
        right.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.6); // the table reads best wide; the form needs about 400 px
        tab.setContent(split);
        tab.setClosable(false);
        model.designProperty().addListener(o -> refresh());
        refresh();
    }

    public Tab tab() {
        return tab;
    }

    public TableView<Dataset> table() {
        return table;
    }

    /** The form's control for a dataset field key (tests). */
    public Control control(String key) {
        return form.control(key);
    }

    /** Selects the dataset with this id in the table (and so in the form). */
    public void select(String id) {
        table.getItems().stream().filter(d -> d.id().equals(id)).findFirst()
                .ifPresent(d -> table.getSelectionModel().select(d));
    }

    private Topology topology() {
        return model.getDesign().topology();
    }

    private void add() {
        Design before = model.getDesign();
        if (model.edit("Add dataset", DatasetFields::add)) {
            topology().datasets().stream().filter(d -> before.topology().dataset(d.id()).isEmpty()).findFirst()
                    .ifPresent(d -> select(d.id()));
        }
    }

    private void deleteSelected() {
        Dataset d = table.getSelectionModel().getSelectedItem();
        if (d != null && model.edit("Delete dataset " + d.name(), x -> DatasetFields.delete(x, d.id()))) {
            model.say("Deleted dataset “" + d.name() + "” (populations no longer read or write it); Ctrl+Z brings "
                    + "it back");
        }
    }

    private void refresh() {
        String selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().id();
        refreshing = true;
        try {
            List<Dataset> now = topology().datasets();
            if (!now.equals(table.getItems())) {
                table.getItems().setAll(now);
            }
            table.refresh(); // names of zones and copies may have changed without the datasets changing
            if (selected != null) {
                select(selected);
            }
        } finally {
            refreshing = false;
        }
        showForm();
    }

    private void showForm() {
        Dataset d = table.getSelectionModel().getSelectedItem();
        boolean shown = d != null && topology().dataset(d.id()).isPresent();
        empty.setVisible(!shown);
        empty.setManaged(!shown);
        form.setVisible(shown);
        if (shown) {
            Dataset current = topology().dataset(d.id()).orElseThrow();
            form.show(DatasetFields.of(model.getDesign(), current), current.id().equals(formOwner));
            formOwner = current.id();
        } else {
            form.show(List.of(), false);
            formOwner = null;
        }
    }

    private String copyNames(List<String> copies) {
        Map<String, String> names = DatasetFields.copyNames(topology());
        return copies.isEmpty() ? "none" : String.join(", ", copies.stream()
                .map(c -> names.getOrDefault(c, c)).toList());
    }

    /** A column that keeps a readable width: a long list of copies must not squeeze the name to nothing. */
    private static TableColumn<Dataset, String> column(String title, double width, Function<Dataset, String> value) {
        TableColumn<Dataset, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Objects.toString(value.apply(cell.getValue()), "")));
        return c;
    }
}
