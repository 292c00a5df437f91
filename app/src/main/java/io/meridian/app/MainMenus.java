package io.meridian.app;

import io.meridian.app.canvas.DesignCanvas;
import java.util.Optional;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;

/** The menu bar and the toolbar: every command once, with its shortcut and a tooltip that names it. */
final class MainMenus {
    private final MainViewModel model;
    private final DesignCanvas canvas;
    private final ProjectActions project;
    private final EditorController editor;
    private final MainWindow window;
    private final BooleanBinding nothingSelected;

    MainMenus(MainViewModel model, DesignCanvas canvas, ProjectActions project, EditorController editor,
              MainWindow window) {
        this.model = model;
        this.canvas = canvas;
        this.project = project;
        this.editor = editor;
        this.window = window;
        nothingSelected = Bindings.isEmpty(model.selection().ids());
    }

    MenuBar menuBar() {
        Menu file = new Menu("File", null,
                item("New…", "Shortcut+N", project::newFromTemplate),
                item("Open…", "Shortcut+O", project::open),
                item("Import infrastructure…", "Shortcut+I", () -> new io.meridian.app.importer.InfrastructureImport(
                        model, window::window, project::confirmDiscard).ask()),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", project::save),
                item("Save as…", "Shortcut+Shift+S", project::saveAs),
                new SeparatorMenuItem(),
                item("Export report…", "Shortcut+E", this::export),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", window::quit));

        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> label("Undo",
                model.document().history().undoNameProperty().get()), model.document().history().undoNameProperty()));
        undo.disableProperty().bind(model.document().history().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", model::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> label("Redo",
                model.document().history().redoNameProperty().get()), model.document().history().redoNameProperty()));
        redo.disableProperty().bind(model.document().history().canRedoProperty().not());
        MenuItem delete = item("Delete", "Delete", model::deleteSelection);
        delete.disableProperty().bind(nothingSelected);
        MenuItem selectAll = item("Select all", "Shortcut+A", this::selectAll);
        ClipboardActions clipboard = new ClipboardActions(model,
                () -> window.getScene() == null ? null : window.getScene().getFocusOwner());
        MenuItem copy = item("Copy", "Shortcut+C", clipboard::copy);
        MenuItem paste = item("Paste", "Shortcut+V", clipboard::paste);
        MenuItem duplicate = item("Duplicate", "Shortcut+D", clipboard::duplicate);
        copy.disableProperty().bind(nothingSelected);
        duplicate.disableProperty().bind(nothingSelected);
        MenuItem find = item("Find…", "Shortcut+F", () -> io.meridian.app.dialogs.FindElement
                .show(window.window(), model.getDesign().topology()).ifPresent(model.selection()::select));
        MenuItem deleteAlternative = item("Delete this alternative", null, this::deleteAlternative);
        deleteAlternative.disableProperty().bind(Bindings.createBooleanBinding(
                () -> io.meridian.model.Design.BASELINE_ID.equals(model.variantProperty().get()),
                model.variantProperty()));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), copy, paste, duplicate, delete,
                selectAll, find,
                new SeparatorMenuItem(), item("New alternative from this variant…", "Shortcut+Shift+N",
                        this::addAlternative), deleteAlternative);

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu("View", null, themeItem("Light theme", Theme.LIGHT, themes),
                themeItem("Dark theme", Theme.DARK, themes), new SeparatorMenuItem(),
                item("Zoom in", "Shortcut+Equals", canvas::zoomIn),
                item("Zoom out", "Shortcut+Minus", canvas::zoomOut),
                item("Zoom to fit", "Shortcut+0", canvas::fit), new SeparatorMenuItem(),
                item("Compare alternatives…", "Shortcut+Shift+C", window::showCompare),
                item("Next variant", "Shortcut+Close Bracket", () -> stepVariant(1)),
                item("Previous variant", "Shortcut+Open Bracket", () -> stepVariant(-1)));

        Menu design = new Menu("Design", null, item("Design data…", "Shortcut+Shift+O", window::showDesignData),
                new SeparatorMenuItem());
        for (String tab : List.of("Datasets", "Objectives", "Assumptions", "Providers", "Failure scenarios",
                "Common causes")) {
            design.getItems().add(item(tab + "…", null, () -> window.designData().show(tab)));
        }
        design.getItems().addAll(new SeparatorMenuItem(), item("Suggest designs…", "Shortcut+Shift+G",
                () -> window.suggestDesigns().show()));

        // Ctrl+F is Find, as in every editor; a region goes down with Ctrl+Shift+D.
        MenuItem failSelected = item("Fail selected region", "Shortcut+Shift+D", this::failSelected);
        failSelected.disableProperty().bind(nothingSelected);
        MenuItem clear = item("Clear failures", "Shortcut+Shift+F", model.whatIf()::clear);
        Menu whatIf = new Menu("What-if", null, failSelected, clear);

        MenuItem nextStep = item("Next walkthrough step", "Alt+Right", window.walkthrough()::next);
        nextStep.disableProperty().bind(window.walkthrough().canNextProperty().not());
        MenuItem backStep = item("Previous walkthrough step", "Alt+Left", window.walkthrough()::back);
        backStep.disableProperty().bind(window.walkthrough().canBackProperty().not());
        Menu help = new Menu("Help", null, item("Walkthrough", "F2", window::showWalkthrough), nextStep, backStep,
                new SeparatorMenuItem(), item("Keyboard shortcuts", "F1", this::shortcuts),
                item("About Meridian", null, this::about));
        MenuBar bar = new MenuBar(file, edit, view, design, whatIf, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    ToolBar toolBar() {
        Button undo = button("↶", "Undo (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.document().history().canUndoProperty().not());
        Button redo = button("↷", "Redo (Ctrl+Y)", model::redo);
        redo.disableProperty().bind(model.document().history().canRedoProperty().not());
        Button delete = button("✕", "Delete the selection (Delete)", model::deleteSelection);
        delete.disableProperty().bind(nothingSelected);
        Button clear = button("Clear failures", "Bring every failed region back (Ctrl+Shift+F)", model.whatIf()::clear);
        clear.getStyleClass().add("clear-failures");
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.whatIf().outcome().active(),
                model.whatIf().outcomeProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        Button theme = button("◐", "Switch light / dark theme", () -> model.themeProperty().set(
                model.themeProperty().get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button("New", "New design from a template (Ctrl+N)", project::newFromTemplate),
                button("Open", "Open a design file (Ctrl+O)", project::open),
                button("Save", "Save the design (Ctrl+S)", project::save),
                separator(), undo, redo, delete, separator(),
                button("−", "Zoom out (Ctrl+−)", canvas::zoomOut),
                button("+", "Zoom in (Ctrl+=)", canvas::zoomIn),
                button("Fit", "Zoom to fit the design (Ctrl+0)", canvas::fit),
                separator(), variantLabel(), variants(),
                button("Compare", "Compare the alternatives side by side (Ctrl+Shift+C)", window::showCompare),
                button("Export…", "Export the Excel and PDF decision reports (Ctrl+E)", this::export),
                separator(), clear, spring, theme);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static String label(String verb, String name) {
        return name.isEmpty() ? verb : verb + " " + name.substring(0, 1).toLowerCase() + name.substring(1);
    }

    private void selectAll() {
        var t = model.getDesign().topology();
        var ids = new java.util.ArrayList<String>();
        t.regions().forEach(r -> ids.add(r.id()));
        t.populations().forEach(p -> ids.add(p.id()));
        model.selection().selectAll(ids);
    }

    private void failSelected() {
        Optional<String> region = editor.selectedRegion();
        if (region.isPresent()) {
            model.whatIf().failRegion(region.get());
        } else {
            model.say("Select a region to fail it");
        }
    }

    private void export() {
        window.exports().export();
    }

    private Label variantLabel() {
        Label l = new Label("Variant");
        l.getStyleClass().add("toolbar-label");
        return l;
    }

    /** The variant on show: the baseline or one of the design's alternatives, each edited and evaluated alone. */
    private ComboBox<String> variants() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("variant-choice");
        box.getStyleClass().add("variant-choice");
        box.setTooltip(new Tooltip("The variant the map, inspector and results show; edits go into it "
                + "(Ctrl+[ and Ctrl+] step through them)"));
        box.setFocusTraversable(false);
        box.setPrefWidth(230);
        box.setMaxWidth(260);
        javafx.util.Callback<javafx.scene.control.ListView<String>, ListCell<String>> cells = v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : variantName(id));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        Runnable refresh = () -> {
            java.util.List<String> ids = model.variants().stream().map(io.meridian.model.Alternative::id).toList();
            if (!box.getItems().equals(ids)) {
                box.getItems().setAll(ids);
            }
            box.getSelectionModel().select(model.variantProperty().get());
        };
        refresh.run();
        model.document().designProperty().addListener(o -> refresh.run());
        model.variantProperty().addListener(o -> box.getSelectionModel().select(model.variantProperty().get()));
        box.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.variantProperty().get())) {
                model.variantProperty().set(now);
                model.say("Showing " + variantName(now));
            }
        });
        box.disableProperty().bind(Bindings.size(box.getItems()).lessThan(2));
        return box;
    }

    private String variantName(String id) {
        return model.variantName(id);
    }

    private void addAlternative() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                "Copy of " + variantName(model.variantProperty().get()));
        ask.initOwner(window.window());
        ask.setTitle("New alternative");
        ask.setHeaderText("A copy of the variant on show, to change and compare side by side");
        ask.setContentText("Name");
        ask.showAndWait().ifPresent(model::addAlternative);
    }

    private void deleteAlternative() {
        String id = model.variantProperty().get();
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION);
        ask.initOwner(window.window());
        ask.setTitle("Delete alternative");
        ask.setHeaderText("Delete the alternative “" + variantName(id) + "”?");
        ask.setContentText("Undo (Ctrl+Z) brings it back.");
        if (ask.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) == javafx.scene.control.ButtonType.OK) {
            model.deleteAlternative(id);
        }
    }

    private void stepVariant(int by) {
        java.util.List<String> ids = model.variants().stream().map(io.meridian.model.Alternative::id).toList();
        if (ids.size() < 2) {
            model.say("This design has no alternatives");
            return;
        }
        int i = ids.indexOf(model.variantProperty().get());
        String next = ids.get(Math.floorMod(i + by, ids.size()));
        model.variantProperty().set(next);
        model.say("Showing " + variantName(next));
    }

    private void shortcuts() {
        window.showInfo("Keyboard shortcuts", String.join("\n",
                "Ctrl+N  new from template      Ctrl+O  open",
                "Ctrl+S  save                   Ctrl+Shift+S  save as",
                "Ctrl+Z  undo                   Ctrl+Y  redo",
                "Delete  delete the selection   Ctrl+A  select all regions and users",
                "Ctrl+C  copy   Ctrl+V  paste (into the selected region)   Ctrl+D  duplicate",
                "Ctrl+F  find an element by name or id",
                "Ctrl+=  zoom in   Ctrl+−  zoom out   Ctrl+0  zoom to fit",
                "Ctrl+Shift+D  fail the selected region   Ctrl+Shift+F  clear failures",
                "Ctrl+E  export report          Shift+click  add to the selection",
                "Ctrl+Shift+C  compare alternatives   Ctrl+[ / Ctrl+]  previous / next variant",
                "Ctrl+Shift+N  new alternative from the variant on show",
                "Ctrl+Shift+O  design data: datasets, objectives, assumptions, providers, scenarios, common causes",
                "Ctrl+Shift+G  suggest designs: the cheapest passing design, or the cost/availability frontier",
                "Ctrl+I  import infrastructure code (Terraform plan/state JSON, CloudFormation)",
                "F2  walkthrough   Alt+→  next step   Alt+←  previous step"));
    }

    private void about() {
        window.showInfo("About Meridian", "Plans multi-region cloud architectures: latency, availability, "
                + "recovery, capacity and cost.\n\nMap data: Natural Earth (public domain), via world-atlas (ISC).");
    }

    private RadioMenuItem themeItem(String text, Theme theme, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(model.themeProperty().get() == theme);
        item.setOnAction(e -> model.themeProperty().set(theme));
        model.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
