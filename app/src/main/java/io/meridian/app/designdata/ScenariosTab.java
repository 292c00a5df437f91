package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.model.FailureScenario;
import javafx.scene.control.Tab;

/**
 * The user's failure scenarios: combinations of regions (picked by name) and providers that fail together, beyond
 * the single regions and providers every evaluation covers.
 */
public final class ScenariosTab extends Tab {
    private final ListEditor editor;

    public ScenariosTab(MainViewModel model) {
        super("Failure scenarios");
        setClosable(false);
        editor = new ListEditor(model, "scenario-", "Each single region and each single provider is always "
                + "evaluated; add a scenario for regions or providers that fail together.",
                d -> d.topology().scenarios().stream().map(FailureScenario::id).toList(),
                (d, id) -> d.topology().scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                        .map(FailureScenario::name).orElse(id),
                (d, id) -> ScenarioFields.of(d, d.topology().scenarios().stream().filter(s -> s.id().equals(id))
                        .findFirst().orElseThrow()));
        editor.addButton("Add scenario", "Add failure scenario", ScenarioFields::add).setId("scenario-add");
        editor.selectedButton("Delete", "Delete failure scenario", ScenarioFields::delete, (d, id) -> true)
                .setId("scenario-delete");
        setContent(editor);
    }

    /** The list of scenarios and the selected one's form (tests). */
    public javafx.scene.control.ListView<String> list() {
        return editor.list();
    }

    public io.meridian.app.inspect.FieldGrid form() {
        return editor.grid();
    }
}
