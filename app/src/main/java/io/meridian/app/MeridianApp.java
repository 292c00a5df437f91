package io.meridian.app;

import io.meridian.app.log.ErrorText;
import io.meridian.app.log.ErrorLog;
import io.meridian.app.edit.Autosave;
import io.meridian.app.results.ResultsViewModel;
import io.meridian.model.Design;
import io.meridian.model.CommonCauses;
import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: one main window that opens on the built-in default design. */
public final class MeridianApp extends Application {
    /** Set to true to print the time from JVM start to the first laid-out frame (start-up budget checks). */
    static final String STARTUP_TIMING = "meridian.startupTiming";
    private MainViewModel model;

    @Override
    public void start(Stage stage) {
        List<String> problems = new ArrayList<>();
        Design initial;
        try {
            initial = Templates.load(Templates.DEFAULT_ID);
        } catch (RuntimeException e) {
            // Still open a window: an empty design with the reason beats an app that does not start.
            initial = Design.of("Untitled design", Topology.EMPTY.withCommonCauses(CommonCauses.DEFAULTS));
            problems.add("The default design '" + Templates.DEFAULT_ID + "' could not be loaded: " + e.getMessage());
        }
        boolean designLoaded = problems.isEmpty();
        Autosave autosave = null;
        try {
            autosave = new Autosave(Autosave.defaultFolder(), Autosave.DEFAULT_DELAY);
        } catch (IOException | RuntimeException e) {
            // The editor works without it; the user must know that a crash would lose unsaved work.
            problems.add("Autosave is off: its folder " + Autosave.defaultFolder() + " cannot be used ("
                    + e.getMessage() + "). Save often.");
            ErrorLog.problem(problems.get(problems.size() - 1));
        }
        model = new MainViewModel(initial, autosave, io.meridian.app.whatif.WhatIf.inBackground());
        if (designLoaded) {
            try {
                model.walkthroughProperty().set(Templates.walkthrough(Templates.DEFAULT_ID));
            } catch (RuntimeException e) {
                // The design opens all the same; only its guided tour is missing.
                ErrorLog.internal("The walkthrough of '" + Templates.DEFAULT_ID + "' cannot be read", e);
            }
        }
        MainWindow window = new MainWindow(model);
        ErrorLog.install(e -> Platform.runLater(() -> window.showProblems("Meridian hit an internal error",
                List.of(ErrorText.oneLine(e), "Your design is still open and autosaved. Details are in "
                        + ErrorLog.file().map(Object::toString).orElse("the console output")
                        + "; please report them."))))
                .ifPresent(problems::add);
        if (model.walkthroughProperty().get() != null) {
            model.say("This design tells its story step by step: Help → Walkthrough (F2)");
        }
        ResultsViewModel results = ResultsWiring.attach(model, window);
        stage.setOnHidden(e -> results.close());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
        if (Boolean.getBoolean(STARTUP_TIMING)) {
            reportFirstFrame(scene);
        }
        stage.show();
        if (!problems.isEmpty()) {
            window.showProblems(designLoaded ? "Meridian started without autosave"
                    : "Meridian started without its default design", problems);
        }
        // After the first frame, so the question appears over a window that is already there.
        Platform.runLater(window::offerRecovery);
        // Started on a design file (the installed app's file association): open it.
        List<String> raw = getParameters().getRaw();
        if (raw.size() == 1 && Main.opensADesign(raw.toArray(String[]::new))) {
            Platform.runLater(() -> {
                List<String> found = model.open(java.nio.file.Path.of(raw.get(0)));
                if (!found.isEmpty()) {
                    window.showProblems("The design could not be opened", found);
                }
            });
        }
    }

    /** Closed cleanly: this instance's autosave folder goes (kept if unsaved work is still in it). */
    @Override
    public void stop() {
        if (model != null) {
            model.closeAutosave();
        }
    }

    private static void reportFirstFrame(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("Meridian: first frame " + ms + " ms after JVM start");
                scene.removePostLayoutPulseListener(this);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
