package io.meridian.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Topology;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How long the FX thread is busy after an evaluation of the 30-region, 300-component design is applied: from
 * {@link ResultsViewModel#evaluateNow} (which renders the tab on show) to the end of the next layout pass (CSS
 * and layout included). A measurement, not a check of the build machine's speed: run it with
 * {@code -Dmeridian.timing=true}.
 */
@EnabledIfSystemProperty(named = "meridian.timing", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ResultsRenderTiming {
    private static final int RUNS = 7;
    private static Topology topology;
    /** Two equal evaluations, alternated: a property set to the very same object does not notify. */
    private static Evaluation[] evaluations;
    private int applied;

    private ResultsViewModel model;
    private ResultsView view;
    private Scene scene;

    @BeforeAll
    static void design() {
        topology = LargeDesigns.of(30, 50, 42);
        evaluations = new Evaluation[] {Evaluator.evaluate(topology), Evaluator.evaluate(topology)};
    }

    @Start
    void start(Stage stage) {
        model = new ResultsViewModel(t -> evaluations[applied++ % 2], Executors.newSingleThreadScheduledExecutor(),
                Duration.ofMillis(20), Platform::runLater);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ResultsView(model);
        scene = new Scene(view, 1200, 500);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.close();
    }

    @Test
    void latencyTab(FxRobot robot) throws Exception {
        report("Latency", robot);
    }

    @Test
    void capacityTab(FxRobot robot) throws Exception {
        report("Capacity", robot);
    }

    private void report(String tab, FxRobot robot) throws Exception {
        robot.interact(() -> view.select(tab));
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = applyAndLayOut();
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "TIMING %s tab, 30 regions: first %.0f ms, median %.0f ms, runs %s%n", tab,
                ms[0], sorted[RUNS / 2], Arrays.toString(Arrays.stream(ms).map(Math::rint).toArray()));
        assertThat(sorted[RUNS / 2]).isPositive();
    }

    /** Milliseconds from applying the evaluation to the end of the layout pass that follows. */
    private double applyAndLayOut() throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete((System.nanoTime() - start) / 1e6);
            };
            model.evaluateNow(topology);
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
    }
}
