package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Design → Design data: a window beside the editor (not modal) with a tab for each part of the design
 * that has no place on the map. Every tab follows the variant on show and edits it through
 * {@link MainViewModel#edit}, one undoable step per change. Close and Escape hide it.
 */
public final class DesignDataWindow {
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final DatasetsTab datasets;
    private final ObjectivesTab objectives;

    /** @param look the main window's root: its stylesheets and theme classes are copied */
    public DesignDataWindow(MainViewModel model, Window owner, Parent look) {
        datasets = new DatasetsTab(model);
        objectives = new ObjectivesTab(model);
        // One line per tab: the window shows them in this order.
        List<Tab> all = List.of(datasets.tab(), objectives.tab(), new AssumptionsTab(model), new ProvidersTab(model),
                new ScenariosTab(model), new CommonCausesTab(model));
        tabs.getTabs().setAll(all);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("design-data-tabs");

        Label heading = new Label("Design data");
        heading.getStyleClass().add("panel-heading");
        Button close = new Button("Close");
        close.setId("design-data-close");
        close.setCancelButton(true); // Esc closes the window, as in every dialog
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, heading, gap, close);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.setPadding(new Insets(8, 10, 4, 10));
        root.setTop(titleRow);
        root.setCenter(tabs);
        root.getStyleClass().add("design-data-window");
        root.getStylesheets().setAll(look.getStylesheets());
        root.getStyleClass().addAll(look.getStyleClass().stream().filter(c -> c.startsWith("theme-")).toList());
        look.getStyleClass().addListener((ListChangeListener<String>) c -> {
            root.getStyleClass().removeIf(s -> s.startsWith("theme-"));
            root.getStyleClass().addAll(look.getStyleClass().stream().filter(s -> s.startsWith("theme-")).toList());
        });

        stage.initOwner(owner);
        stage.setTitle("Design data — Meridian");
        stage.setScene(new Scene(root, 980, 640));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    public Stage stage() {
        return stage;
    }

    public TabPane tabs() {
        return tabs;
    }

    public DatasetsTab datasets() {
        return datasets;
    }

    public ObjectivesTab objectives() {
        return objectives;
    }

    /** Shows the window (or brings it forward). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Shows the window on the tab with this title ("Datasets", "Objectives"). */
    public void show(String tabTitle) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(tabTitle)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        show();
    }
}
