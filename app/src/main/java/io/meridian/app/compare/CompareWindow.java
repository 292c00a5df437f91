package io.meridian.app.compare;

import io.meridian.app.MainViewModel;
import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.Evaluator;
import io.meridian.latency.MeasuredRtts;
import io.meridian.model.Design;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * View → Compare alternatives: a window beside the editor that evaluates every variant of the design off the FX
 * thread and shows them side by side. It follows edits (debounced) while open; only the newest evaluation is
 * shown.
 */
public final class CompareWindow {
    private static final Duration DEBOUNCE = Duration.millis(400);

    private final MainViewModel model;
    private final CompareView view;
    private final Stage stage = new Stage();
    private final ExecutorService engine = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meridian-compare");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private ComparisonTable latest;

    /** @param look the main window's root: its stylesheets and theme classes are copied */
    public CompareWindow(MainViewModel model, Window owner, Parent look) {
        this.model = model;
        view = new CompareView(id -> model.variantProperty().set(id));
        view.getStylesheets().setAll(look.getStylesheets());
        view.getStyleClass().addAll(look.getStyleClass().stream().filter(c -> c.startsWith("theme-")).toList());
        look.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> {
            view.getStyleClass().removeIf(s -> s.startsWith("theme-"));
            view.getStyleClass().addAll(look.getStyleClass().stream().filter(s -> s.startsWith("theme-")).toList());
        });
        stage.initOwner(owner);
        stage.setTitle("Compare alternatives — Meridian");
        stage.setScene(new Scene(view, 1080, 740));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        debounce.setOnFinished(e -> evaluate());
        model.document().designProperty().addListener((obs, old, now) -> {
            if (stage.isShowing()) {
                debounce.playFromStart();
            }
        });
        model.variantProperty().addListener(o -> {
            if (latest != null) {
                view.show(latest, model.variantProperty().get());
            }
        });
        stage.setOnHidden(e -> debounce.stop());
        view.onClose(stage::hide);
    }

    public Stage stage() {
        return stage;
    }

    public CompareView view() {
        return view;
    }

    /** Shows the window (or brings it forward) and evaluates the design as it is now. */
    public void show() {
        stage.show();
        stage.toFront();
        evaluate();
    }

    private void evaluate() {
        Design design = model.documentDesign();
        long mine = generation.incrementAndGet();
        view.showBusy();
        engine.execute(() -> {
            try {
                ComparisonTable table = new ComparisonTable(Evaluator.evaluate(design, PriceCatalog.forUser(),
                        MeasuredRtts.forUser(RegionCatalog.forUser())));
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        latest = table;
                        view.show(table, model.variantProperty().get());
                    }
                });
            } catch (RuntimeException e) {
                if (!(e instanceof io.meridian.evaluation.DesignTooLargeException)) {
                    io.meridian.app.log.ErrorLog.internal("Comparing the alternatives failed", e);
                }
                String line = io.meridian.app.edit.Document.message(e).lines().findFirst().orElse("");
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        view.showError(line);
                    }
                });
            }
        });
    }

    /** The variants a finished comparison shows, by id (tests and the screenshot wait for it). */
    public List<String> shownVariantIds() {
        return latest == null ? List.of() : latest.columns().stream().map(ComparisonTable.Column::id).toList();
    }
}
