package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.results.ResultsViewModel;
import io.meridian.templates.Templates;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Risk tab of the real window: after the design evaluates, operating years are simulated in the background and
 * the tab shows how often a year breaches the 99.99% objective, with the years as a histogram against its budget.
 */
@ExtendWith(ApplicationExtension.class)
class RiskTabTest {
    private MainWindow window;
    private ResultsViewModel results;
    private MainViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        // The seed with ten ranges on its inputs (docs/examples): the tab adds what the ranges do.
        model = new MainViewModel(new io.meridian.io.DesignReader().read(
                java.nio.file.Path.of("../docs/examples/two-region-ranges.json")));
        window = new MainWindow(model);
        results = ResultsWiring.attach(model, window);
        scene = new Scene(window, 1366, 900);
        stage.setScene(scene);
        stage.setOnHidden(e -> results.close());
        stage.show();
    }

    @Test
    void theRiskTabShowsTheBreachShareAndTheYearsAgainstTheBudget(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab").match(n -> n.getStyleClass().contains("results-tab-risk"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup(".risk-headline").queryAll().isEmpty());
        Label headline = robot.lookup(".risk-headline").queryAs(Label.class);
        // The seed expects about 3.1 h a year against the 52.6 min budget of 99.99%: most years breach.
        assertThat(headline.getText()).containsPattern("\\d+% of years breach 99\\.99% \\(a budget of 52\\.6 min/yr\\)");
        assertThat(headline.getStyleClass()).contains("fail");
        // The histogram: bars for the years within the budget and, in the danger colour, those beyond it.
        assertThat(robot.lookup(".risk-bar").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".risk-bar-over").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".risk-budget-label").queryAs(Label.class).getText()).isEqualTo("budget 52.6 min/yr");
        // One row per population, by name.
        assertThat(robot.lookup(".results-cell").queryAll().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText())).contains("East Coast users", "West Coast users");
        // Then the ranges: their intervals and a tornado per output they move, widest bar first.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !robot.lookup(".tornado-chart").queryAll().isEmpty());
        assertThat(robot.lookup(".results-heading").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("What the ranges on 10 inputs do");
        assertThat(robot.lookup(".results-subheading").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("What moves total annual cost"));
        assertThat(robot.lookup(".tornado-high").queryAll()).isNotEmpty();
        // With -Dmeridian.screenshots=DIR: the README's picture of the tab, light and dark.
        String dir = System.getProperty("meridian.screenshots");
        if (dir != null && !dir.isBlank()) {
            // The results pane given most of the height, as a reader of this tab would drag it.
            robot.interact(() -> robot.lookup(".split-pane").queryAllAs(javafx.scene.control.SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == javafx.geometry.Orientation.VERTICAL).findFirst()
                    .ifPresent(p -> p.setDividerPositions(0.3)));
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(robot, scene, java.nio.file.Path.of(dir, "screenshot-risk.png"));
            robot.interact(() -> model.themeProperty().set(Theme.DARK));
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(robot, scene, java.nio.file.Path.of(dir, "screenshot-risk-dark.png"));
            robot.interact(() -> {
                model.themeProperty().set(Theme.LIGHT);
                robot.lookup(".risk-view .results-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.78);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(robot, scene, java.nio.file.Path.of(dir, "screenshot-risk-ranges.png"));
        }
    }
}
