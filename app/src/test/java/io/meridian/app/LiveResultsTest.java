package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.app.edit.Autosave;
import io.meridian.app.results.ResultsViewModel;
import io.meridian.evaluation.Evaluation;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing a property in the inspector re-evaluates the design off the FX thread and the results follow. */
@ExtendWith(ApplicationExtension.class)
class LiveResultsTest {
    @TempDir
    static Path dir;

    private MainViewModel model;
    private MainWindow window;
    private ResultsViewModel results;

    @Start
    void start(Stage stage) throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("recovery-" + System.nanoTime()));
        model = new MainViewModel(Templates.load(Templates.DEFAULT_ID), new Autosave(recovery, Duration.ofMillis(10)));
        window = new MainWindow(model);
        results = ResultsWiring.attach(model, window);
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
    }

    private Evaluation evaluationWhere(java.util.function.Predicate<Evaluation> done) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> results.getEvaluation() != null && done.test(results.getEvaluation()));
        return results.getEvaluation();
    }

    @Test
    void raisingTheSurvivorsInstancesInTheInspectorChangesCostCapacityAndTheVerdict(FxRobot robot) throws Exception {
        // The template as shipped: 100 m5.large API instances at $0.096/h → $7,008 of compute a month; the seed's
        // sizing fails survive-loss (each region needs 75).
        Evaluation before = evaluationWhere(e -> true);
        double monthly = before.cost().monthly().value();
        assertThat(before.verdict().summary()).contains("survive-loss");
        Label verdict = robot.lookup(".verdict").queryAs(Label.class);
        assertThat(verdict.getText()).contains("survive-loss");

        for (String api : new String[] {"api-use1", "api-usw2"}) {
            robot.clickOn(robot.lookup(".chip").match(n -> api.equals(n.getUserData())).queryAs(javafx.scene.Node.class));
            TextField instances = (TextField) window.inspector().control("instances");
            robot.doubleClickOn(instances).eraseText(4).write("75").type(KeyCode.ENTER);
        }

        // 50 more instances × $0.096/h × 730 h = $3,504 more a month, and 75 per region survives either loss.
        // Wait for the evaluation of both edits (the first one alone adds 25 × $70.08 = $1,752).
        Evaluation after = evaluationWhere(e -> e.cost().monthly().value() > monthly + 1752 + 1);
        assertThat(after.cost().monthly().value() - monthly).isCloseTo(50 * 0.096 * 730, within(0.01));
        assertThat(after.capacity().anyRegion().met()).isTrue();
        assertThat(after.verdict().summary()).doesNotContain("survive-loss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verdict.getText()).doesNotContain("survive-loss");
    }

    @Test
    void anotherDocumentNeverShowsTheLastOnesVerdict(FxRobot robot) throws Exception {
        Evaluation first = evaluationWhere(e -> true);
        Label verdict = robot.lookup(".verdict").queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo(first.verdict().summary());

        // A template put on show: at once, in the same FX step, the old verdict is gone and the panel says it works.
        String[] shown = new String[1];
        io.meridian.model.Design ten = Templates.load("ten-region-multicloud-2pc");
        robot.interact(() -> {
            model.show(ten, null);
            shown[0] = verdict.getText();
        });
        assertThat(shown[0]).isEqualTo("Evaluating…");
        Evaluation second = evaluationWhere(e -> e != first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verdict.getText()).isEqualTo(second.verdict().summary()).contains("availability");

        // The same design again (not a design change): forgotten, then evaluated again, not left without results.
        robot.interact(() -> model.show(ten, null));
        Evaluation third = evaluationWhere(e -> true);
        assertThat(third.verdict().summary()).isEqualTo(second.verdict().summary());
    }
}
