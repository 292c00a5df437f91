package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.app.inspect.FieldGrid;
import io.meridian.model.ThirdPartyDependency;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Causes that fail many regions at once and that failover does not help with: the global change of the design's own
 * software, and its third-party dependencies (identity, payments, a CDN or DNS in front) with who uses them.
 */
public final class CommonCausesTab extends Tab {
    private final FieldGrid change;
    private final ListEditor dependencies;

    public CommonCausesTab(MainViewModel model) {
        super("Common causes");
        setClosable(false);
        change = new FieldGrid(model, "change-");
        Label changeHeading = new Label("Global change of the design's own software");
        changeHeading.getStyleClass().add("panel-heading");
        Button reset = new Button("Reset to defaults");
        reset.setOnAction(e -> model.edit("Reset global change", CommonCauseFields::resetGlobalChange));
        Label depHeading = new Label("Third-party dependencies");
        depHeading.getStyleClass().add("panel-heading");
        dependencies = new ListEditor(model, "dependency-", "In series with everything else for the populations "
                + "that use it, and not failed over. Add one, or choose one to edit.",
                d -> d.topology().commonCauses().dependencies().stream().map(ThirdPartyDependency::id).toList(),
                (d, id) -> d.topology().commonCauses().dependencies().stream().filter(x -> x.id().equals(id))
                        .findFirst().map(ThirdPartyDependency::name).orElse(id), (d, id) -> CommonCauseFields.dependency(d, find(d, id)));
        dependencies.addButton("Add dependency", "Add third-party dependency", CommonCauseFields::addDependency);
        dependencies.selectedButton("Delete", "Delete third-party dependency", CommonCauseFields::deleteDependency,
                (d, id) -> true);
        VBox.setVgrow(dependencies, Priority.ALWAYS);
        VBox box = new VBox(10, changeHeading, change, reset, depHeading, dependencies);
        box.setPadding(new Insets(10));
        setContent(box);
        model.designProperty().addListener(o -> change.show(CommonCauseFields.globalChange(model.getDesign()), true));
        change.show(CommonCauseFields.globalChange(model.getDesign()), true);
    }

    private static ThirdPartyDependency find(io.meridian.model.Design d, String id) {
        return d.topology().commonCauses().dependencies().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The global change's form (tests). */
    public FieldGrid globalChange() {
        return change;
    }
}
