package io.meridian.app.results;

import io.meridian.evaluation.Evaluation;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live results of the open design, bound to a {@link ResultsViewModel}: the verdict and a busy indicator on
 * top, a one-line error banner when the engine fails, and one tab per computation. Only the tab on show is
 * rebuilt when a new evaluation arrives; the others are rebuilt when they are opened.
 */
public final class ResultsView extends BorderPane {
    private static final String STYLESHEET = "results.css";

    private final ResultsViewModel model;
    private final TabPane tabs = new TabPane();
    private final List<Entry> entries = new ArrayList<>();
    private final Label verdict = Cells.text("", "verdict");
    private final Label error = Cells.text("", "results-error");
    private final Label whatIf = Cells.text("", "what-if-banner", "results-what-if");

    private static final class Entry {
        final ResultsPanel panel;
        final Tab tab;
        boolean stale = true;

        Entry(ResultsPanel panel) {
            this.panel = panel;
            this.tab = new Tab(panel.title());
            tab.setClosable(false);
            tab.getStyleClass().add("results-tab-" + panel.title().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public ResultsView(ResultsViewModel model) {
        this.model = model;
        getStyleClass().add("results-view");
        getStylesheets().add(ResultsView.class.getResource(STYLESHEET).toExternalForm());
        for (ResultsPanel p : List.of(new ObjectivesPanel(), new FindingsPanel(model), new LatencyPanel(),
                new AvailabilityPanel(), new RecoveryPanel(), new CapacityPanel(model), new CostPanel(),
                new ConsistencyPanel())) {
            Entry entry = new Entry(p);
            entries.add(entry);
            tabs.getTabs().add(entry.tab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("results-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> renderSelected());
        setTop(header());
        setCenter(tabs);
        setMinWidth(0);
        // Invalidation, not change: a new evaluation equal to the last (records compare by value) may still come
        // with a renamed region or population, which only the evaluated topology carries.
        model.evaluationProperty().addListener(obs -> show(model.getEvaluation()));
        model.scenarioProperty().addListener(obs -> showScenario());
        model.busyProperty().addListener(obs -> {
            if (model.getEvaluation() == null) {
                show(null);
            }
        });
        show(model.getEvaluation());
    }

    private VBox header() {
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(verdict, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("results-busy");
        busy.setPrefSize(16, 16);
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(8, verdict, busy);
        top.getStyleClass().add("results-header-bar");

        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(Bindings.createStringBinding(this::errorText, model.errorProperty(),
                model.evaluationProperty()));
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        whatIf.setWrapText(true);
        whatIf.setMaxWidth(Double.MAX_VALUE);
        whatIf.setVisible(false);
        whatIf.managedProperty().bind(whatIf.visibleProperty());
        VBox box = new VBox(top, error, whatIf);
        box.getStyleClass().add("results-top");
        return box;
    }

    private String errorText() {
        String message = model.getError();
        if (message == null) {
            return "";
        }
        return "⚠ Cannot evaluate this design: " + message
                + (model.getEvaluation() == null ? "" : " — showing the last results that evaluated.");
    }

    /**
     * The main window's what-if changed (or the evaluation did): the header says what happens and the Capacity
     * tab, rebuilt when on show, marks the matching scenario.
     */
    private void showScenario() {
        WhatIfScenario scenario = model.getScenario();
        Evaluation e = model.getEvaluation();
        whatIf.setVisible(scenario != null);
        whatIf.setText(scenario == null ? "" : scenario.banner(e == null ? null : e.capacity(),
                new Names(model.evaluatedTopologyProperty().get())::of));
        entries.stream().filter(entry -> entry.panel instanceof CapacityPanel).forEach(entry -> entry.stale = true);
        renderSelected();
    }

    /**
     * Tells the results what the main window's what-if has failed; same as
     * {@link ResultsViewModel#showScenario(List, List)}.
     */
    public void showScenario(List<String> failedRegionIds, List<io.meridian.model.Provider> failedProviders) {
        model.showScenario(failedRegionIds, failedProviders);
    }

    /** The what-if was cleared; same as {@link ResultsViewModel#clearScenario()}. */
    public void clearScenario() {
        model.clearScenario();
    }

    /** A tab of the host's own after the engine's (the Risk tab, bound to its own view model). */
    public void addTab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.getStyleClass().add("results-tab-" + title.toLowerCase(java.util.Locale.ROOT));
        tabs.getTabs().add(tab);
    }

    /** The tab showing a panel, by title ("Latency", "Capacity", …), so a host can bring one forward. */
    public void select(String title) {
        entries.stream().filter(e -> e.panel.title().equals(title)).findFirst()
                .ifPresentOrElse(e -> tabs.getSelectionModel().select(e.tab), () -> tabs.getTabs().stream()
                        .filter(t -> t.getText().equals(title)).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    public TabPane tabs() {
        return tabs;
    }

    private void show(Evaluation e) {
        verdict.getStyleClass().removeAll(VerdictStyle.ALL);
        if (e == null) {
            verdict.setText(model.isBusy() ? "Evaluating…" : "No results yet");
        } else {
            verdict.setText(e.verdict().summary());
            verdict.getStyleClass().add(VerdictStyle.of(e.verdict()));
        }
        for (Entry entry : entries) {
            entry.stale = true;
            if (entry.panel instanceof FindingsPanel) {
                entry.tab.setText(e == null ? "Findings" : FindingsPanel.count(e));
            }
        }
        showScenario();
    }

    private void renderSelected() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        for (Entry entry : entries) {
            if (entry.tab == selected && entry.stale) {
                Node before = entry.tab.getContent();
                Node after = render(entry);
                // An edit re-renders the tab; the reader keeps their place in it.
                if (before instanceof ScrollPane b && after instanceof ScrollPane a) {
                    a.setVvalue(b.getVvalue());
                    a.setHvalue(b.getHvalue());
                }
                entry.tab.setContent(after);
                entry.stale = false;
            }
        }
    }

    private Node render(Entry entry) {
        Evaluation e = model.getEvaluation();
        if (e == null) {
            return Cells.sections(Cells.note(model.getError() == null ? "Evaluating…"
                    : "No results: the design has not evaluated yet."));
        }
        Node content = entry.panel.render(e, new Names(model.evaluatedTopologyProperty().get()));
        if (!entry.panel.needsScrolling()) {
            return content;
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("results-scroll");
        return scroll;
    }
}
