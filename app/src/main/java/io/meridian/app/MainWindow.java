package io.meridian.app;

import io.meridian.app.canvas.DesignCanvas;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The main window's content: menu bar, the design canvas in the centre, a status bar. */
public final class MainWindow extends BorderPane {
    private static final String STYLESHEET = "meridian.css";

    private final MainViewModel model;
    private final DesignCanvas canvas;

    public MainWindow(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        canvas = new DesignCanvas(model.designProperty(), model.selectionProperty());
        setTop(menuBar());
        setCenter(canvas);
        setBottom(statusBar());
        model.themeProperty().addListener((obs, old, now) -> applyTheme(old, now));
        applyTheme(null, model.themeProperty().get());
    }

    public DesignCanvas canvas() {
        return canvas;
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open…", "Shortcut+O", this::chooseAndOpen);
        MenuItem quit = item("Quit", "Shortcut+Q", Platform::exit);
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = themeItem("Light theme", Theme.LIGHT, themes);
        RadioMenuItem dark = themeItem("Dark theme", Theme.DARK, themes);
        MenuItem zoomIn = item("Zoom in", "Shortcut+Equals", canvas::zoomIn);
        MenuItem zoomOut = item("Zoom out", "Shortcut+Minus", canvas::zoomOut);
        MenuItem fit = item("Zoom to fit", "Shortcut+0", canvas::fit);
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), zoomIn, zoomOut, fit);

        Menu help = new Menu("Help", null, item("About Meridian", null, this::showAbout));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
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

    private HBox statusBar() {
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        Label selection = new Label();
        selection.textProperty().bind(model.selectionTextProperty());
        selection.getStyleClass().add("status-selection");
        Label zoom = new Label();
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "Zoom %.0f%%", canvas.zoomProperty().get() * 100),
                canvas.zoomProperty()));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(summary, spring, selection, zoom);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Swaps the AtlantaFX stylesheet for all controls and our own colour set on this window. */
    private void applyTheme(Theme old, Theme now) {
        Application.setUserAgentStylesheet(now.userAgentStylesheet());
        if (old != null) {
            getStyleClass().remove(old.styleClass());
        }
        getStyleClass().add(now.styleClass());
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open design");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Meridian designs (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            open(file);
        }
    }

    /** Opens a file into the window: the design on success (fitted to view), the problems otherwise. */
    void open(File file) {
        List<String> problems = model.open(file.toPath());
        if (problems.isEmpty()) {
            canvas.fit();
        } else {
            showProblems("Could not open " + file.getName(), problems);
        }
    }

    /** Problems shown one per line, selectable so they can be copied into a bug report. */
    void showProblems(String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle("Meridian");
        alert.setHeaderText(header);
        TextArea text = new TextArea(String.join("\n", problems));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(10, problems.size() + 1));
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window());
        about.setTitle("About Meridian");
        about.setHeaderText("Meridian");
        about.setContentText("Plans multi-region cloud architectures: latency, availability, recovery, "
                + "capacity and cost.\n\nMap data: Natural Earth (public domain), via world-atlas (ISC).");
        about.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
