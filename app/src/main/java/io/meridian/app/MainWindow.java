package io.meridian.app;

import io.meridian.app.canvas.DesignCanvas;
import io.meridian.app.compare.CompareWindow;
import io.meridian.app.designdata.DesignDataWindow;
import io.meridian.app.inspect.InspectorView;
import io.meridian.app.results.ResultsView;
import io.meridian.app.walkthrough.WalkthroughPanel;
import io.meridian.app.walkthrough.WalkthroughPlayer;
import io.meridian.templates.ResultView;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
    private final ExportActions exports;
    private final WalkthroughPlayer walkthrough;
    private final TabPane side = new TabPane();
    private final Tab inspectorTab = new Tab("Inspector");
    private final Tab walkthroughTab = new Tab("Walkthrough");
    private ResultsView results;
    private CompareWindow compare;
    private io.meridian.app.suggest.SuggestDesignsWindow suggest;
    private DesignDataWindow designData;

    public MainWindow(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        canvas = new DesignCanvas(model.designProperty(), model.selection());
        editor = new EditorController(model, this::window);
        canvas.setEditor(editor);
        canvas.showWhatIf(model.whatIf().outcome());
        model.documentsShownProperty().addListener(o -> canvas.fitNewDocument());
        model.whatIf().outcomeProperty().addListener((obs, old, now) -> canvas.showWhatIf(now));
        project = new ProjectActions(model, this::window, p -> showProblems("Meridian could not do that", p),
                canvas::fit);
        inspector = new InspectorView(model);
        exports = new ExportActions(model, this::window,
                line -> showProblems("The report could not be exported", List.of(line)));
        walkthrough = new WalkthroughPlayer(model, this::showResult);
        model.walkthroughProperty().addListener((obs, old, now) -> {
            if (now != null && !now.steps().isEmpty()) {
                side.getSelectionModel().select(walkthroughTab); // a template just opened: offer its story
            }
        });
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
        SplitPane body = new SplitPane(palette, centre, sidePanel());
        body.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(side, false);
        // Palette ~170 px and inspector ~300 px at 1366 px wide; the map takes what is left.
        body.setDividerPositions(0.126, 0.78);
        return body;
    }

    /** The right column: the inspector, and the walkthrough of a design opened from a template. */
    private TabPane sidePanel() {
        inspectorTab.setContent(inspector);
        inspectorTab.setClosable(false);
        WalkthroughPanel panel = new WalkthroughPanel(walkthrough);
        walkthroughTab.setContent(panel);
        walkthroughTab.setClosable(false);
        side.getTabs().setAll(inspectorTab, walkthroughTab);
        side.setId("side-tabs");
        side.getStyleClass().add("side-tabs");
        side.setMinWidth(240);
        side.setPrefWidth(300);
        side.setMaxWidth(460);
        return side;
    }

    /** Opens the walkthrough panel (Help → Walkthrough). */
    void showWalkthrough() {
        side.getSelectionModel().select(walkthroughTab);
        if (model.walkthroughProperty().get() == null) {
            model.say("This design has no walkthrough; the built-in designs (File → New…) have one");
        }
    }

    WalkthroughPlayer walkthrough() {
        return walkthrough;
    }

    ExportActions exports() {
        return exports;
    }

    /** View → Compare alternatives: the side-by-side window, created on first use. */
    CompareWindow compare() {
        if (compare == null) {
            compare = new CompareWindow(model, window(), this);
        }
        return compare;
    }

    void showCompare() {
        compare().show();
    }

    /** Design → Design data: the design-data window, created on first use. */
    public DesignDataWindow designData() {
        if (designData == null) {
            designData = new DesignDataWindow(model, window(), this);
        }
        return designData;
    }

    /** Design → Suggest designs: the search window, created on first use. */
    public io.meridian.app.suggest.SuggestDesignsWindow suggestDesigns() {
        if (suggest == null) {
            suggest = new io.meridian.app.suggest.SuggestDesignsWindow(model, window(), this);
        }
        return suggest;
    }

    void showDesignData() {
        designData().show();
    }

    private void showResult(ResultView view) {
        if (results != null) {
            results.select(WalkthroughPlayer.resultTitle(view));
        }
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
        this.results = results instanceof ResultsView r ? r : null;
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
