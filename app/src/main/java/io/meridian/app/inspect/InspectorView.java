package io.meridian.app.inspect;

import io.meridian.app.MainViewModel;
import io.meridian.model.Design;
import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The properties of the selected element (or of the design when nothing is selected), as a {@link FieldGrid}:
 * text is checked as it is typed, the model's own message shows under the field and nothing is applied until the
 * value is acceptable and committed. Each commit is one undoable step. The form is refreshed in place while the
 * same element stays selected, so typing is never lost. With several elements selected it shows the fields they
 * share ({@link SharedFields}): one value typed there is set on each of them in one step.
 */
public final class InspectorView extends VBox {
    private final MainViewModel model;
    private final Label title = new Label();
    private final FieldGrid grid;
    private String shownId;
    private String shownTitle;

    public InspectorView(MainViewModel model) {
        this.model = model;
        this.grid = new FieldGrid(model, "inspect-");
        getStyleClass().add("inspector");
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("panel-heading");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, title, scroll);
        model.designProperty().addListener(o -> refresh());
        model.selectionProperty().addListener(o -> refresh());
        model.selection().ids().addListener((javafx.collections.ListChangeListener<String>) c -> refresh());
        refresh();
    }

    /** The field for a property key of the form on show (tests, focus). */
    public Control control(String key) {
        return grid.control(key);
    }

    private void refresh() {
        Design d = model.getDesign();
        java.util.List<String> ids = java.util.List.copyOf(model.selection().ids());
        String id = ids.size() > 1 ? String.join(",", ids) : model.selectionProperty().get();
        PropertyForms.Form form = ids.size() > 1 ? SharedFields.of(d, ids) : PropertyForms.of(d, id);
        grid.show(form.fields(), Objects.equals(id, shownId)
                && Objects.equals(typeOf(form.title()), typeOf(shownTitle)));
        shownId = id;
        shownTitle = form.title();
        title.setText(form.title());
    }

    private static String typeOf(String formTitle) {
        return formTitle == null ? null : formTitle.split(" · ")[0];
    }
}
