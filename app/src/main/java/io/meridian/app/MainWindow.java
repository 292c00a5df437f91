package io.meridian.app;

import io.meridian.app.canvas.DesignCanvas;
import io.meridian.app.inspect.InspectorView;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: menu bar and toolbar; the palette, the map canvas with the results panel
 * under it, and the inspector, side by side in split panes; a status bar.
 */
public final class MainWindow extends BorderPane {
    private static final String STYLESHEET = "meridian.css";
    /** Share of the centre column the map takes; the results panel gets the rest. */
    private static final double MAP_SHARE = 0.7;

    private final MainViewModel model;
    private final DesignCanvas canvas;
    private final EditorController editor;
    private final ProjectActions project;
    private final InspectorView inspector;
    private final StackPane resultsSlot = new StackPane();

    public MainWindow(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        canvas = new DesignCanvas(model.designProperty(), model.selection());
        editor = new EditorController(model, this::window);
        canvas.setEditor(editor);
        canvas.showWhatIf(model.whatIf().outcome());
        model.whatIf().outcomeProperty().addListener((obs, old, now) -> canvas.showWhatIf(now));
        project = new ProjectActions(model, this::window, p -> showProblems("Meridian could not do that", p),
                canvas::fit);
        inspector = new InspectorView(model);
        MainMenus menus = new MainMenus(model, canvas, project, editor, this);
        setTop(new VBox(menus.menuBar(), menus.toolBar()));
        setCenter(body());
        setBottom(new StatusBar(model, canvas));
        model.themeProperty().addListener((obs, old, now) -> applyTheme(old, now));
        applyTheme(null, model.themeProperty().get());
    }

    private SplitPane body() {
        Palette palette = new Palette(canvas);
        Label placeholder = new Label("Results\n\nObjectives, latency, availability, capacity, cost and findings "
                + "appear here and update on every edit.");
        placeholder.getStyleClass().add("results-placeholder");
        placeholder.setWrapText(true);
        resultsSlot.getStyleClass().add("results-slot");
        resultsSlot.setId("results-slot");
        resultsSlot.getChildren().add(placeholder);
        resultsSlot.setMinHeight(120);
        SplitPane centre = new SplitPane(canvas, resultsSlot);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(MAP_SHARE);
        SplitPane.setResizableWithParent(resultsSlot, false);
        palette.setMinWidth(150);
        palette.setPrefWidth(172);
        palette.setMaxWidth(220);
        inspector.setMinWidth(240);
        inspector.setPrefWidth(300);
        inspector.setMaxWidth(460);
        SplitPane body = new SplitPane(palette, centre, inspector);
        body.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        // Palette ~170 px and inspector ~300 px at 1366 px wide; the map takes what is left.
        body.setDividerPositions(0.126, 0.78);
        return body;
    }

    public DesignCanvas canvas() {
        return canvas;
    }

    public InspectorView inspector() {
        return inspector;
    }

    /**
     * Puts the results panel (io.meridian.app.results.ResultsView) into its slot under the map, replacing
     * the placeholder. Feed it from {@link MainViewModel#designProperty()}.
     */
    public void setResults(Node results) {
        resultsSlot.getChildren().setAll(results);
    }

    EditorController editor() {
        return editor;
    }

    ProjectActions project() {
        return project;
    }

    /** At start-up: offers a design a crashed session left behind, if there is one. */
    public void offerRecovery() {
        project.offerRecovery();
    }

    /** Asks about unsaved work before the window closes; true when it may close. */
    public boolean confirmClose() {
        if (!project.confirmDiscard()) {
            return false;
        }
        model.discardRecovery();
        return true;
    }

    void quit() {
        if (confirmClose()) {
            Platform.exit();
        }
    }

    /** Swaps the AtlantaFX stylesheet for all controls and our own colour set on this window. */
    private void applyTheme(Theme old, Theme now) {
        Application.setUserAgentStylesheet(now.userAgentStylesheet());
        if (old != null) {
            getStyleClass().remove(old.styleClass());
        }
        getStyleClass().add(now.styleClass());
    }

    /** Opens a file into the window: the design on success (fitted to view), the problems otherwise. */
    void open(Path file) {
        project.open(file);
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

    void showInfo(String header, String text) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window());
        about.setTitle("Meridian");
        about.setHeaderText(header);
        about.setContentText(text);
        about.show();
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
