package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.app.inspect.FieldGrid;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;

/**
 * The design's assumptions (physics, estimates, business figures), each with its unit, meaning and default. An
 * empty field is the default, shown greyed; every change is one undoable step and follows undo, redo, the variant
 * on show and file open.
 */
public final class AssumptionsTab extends Tab {
    private final FieldGrid grid;

    public AssumptionsTab(MainViewModel model) {
        super("Assumptions");
        setClosable(false);
        grid = new FieldGrid(model, "assumption-");
        Label intro = new Label("Design-wide inputs that are not elements. Empty fields take the default shown; "
                + "hover a label for its meaning and source.");
        intro.setWrapText(true);
        Button reset = new Button("Reset all to defaults");
        reset.setId("assumptions-reset");
        reset.setOnAction(e -> model.edit("Reset assumptions", AssumptionFields::resetAll));
        VBox box = new VBox(10, intro, grid, reset);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        setContent(scroll);
        model.designProperty().addListener(o -> grid.show(AssumptionFields.of(model.getDesign()), true));
        grid.show(AssumptionFields.of(model.getDesign()), true);
    }

    /** The form (tests). */
    public FieldGrid grid() {
        return grid;
    }
}
