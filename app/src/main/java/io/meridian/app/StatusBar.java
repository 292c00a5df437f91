package io.meridian.app;

import io.meridian.app.canvas.DesignCanvas;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Counts, the last message, the what-if outcome, the selection and the zoom, along the window's foot. */
final class StatusBar extends HBox {
    StatusBar(MainViewModel model, DesignCanvas canvas) {
        getStyleClass().add("status-bar");
        Label summary = new Label();
        summary.getStyleClass().add("status-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.getStyleClass().add("status-message");
        message.textProperty().bind(model.messageProperty());
        Label whatIf = new Label();
        whatIf.getStyleClass().add("status-what-if");
        whatIf.textProperty().bind(Bindings.createStringBinding(() -> model.whatIf().outcome().summary(),
                model.whatIf().outcomeProperty()));
        whatIf.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.whatIf().outcome().active(),
                model.whatIf().outcomeProperty()));
        whatIf.managedProperty().bind(whatIf.visibleProperty());
        whatIf.setMinWidth(0);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label selection = new Label();
        selection.textProperty().bind(model.selectionTextProperty());
        selection.getStyleClass().add("status-selection");
        Label zoom = new Label();
        zoom.getStyleClass().add("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "Zoom %.0f%%", canvas.zoomProperty().get() * 100),
                canvas.zoomProperty()));
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.SOMETIMES);
        getChildren().addAll(summary, whatIf, message, spring, work(model.work()), selection, zoom);
    }

    /** The running export: its step in words and a progress bar; hidden when nothing runs. */
    private static HBox work(BackgroundWork work) {
        Label text = new Label();
        text.getStyleClass().add("status-work");
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("status-progress");
        bar.setPrefWidth(120);
        HBox box = new HBox(6, text, bar);
        box.setId("status-work");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(work.runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        work.currentProperty().addListener((obs, old, now) -> follow(now, text, bar));
        return box;
    }

    private static void follow(Task<?> task, Label text, ProgressBar bar) {
        text.textProperty().unbind();
        bar.progressProperty().unbind();
        if (task != null) {
            text.textProperty().bind(task.messageProperty());
            bar.progressProperty().bind(task.progressProperty());
        } else {
            text.setText("");
            bar.setProgress(0);
        }
    }

}
