package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Objectives;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Design → Suggest designs on one tier of 99% instances the capacity engine sizes to 2, against 99.995%: the
 * cheapest passing design has 3 (99.9999%); the search runs in the background and its result becomes an alternative.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestDesignsTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Topology t = Topology.EMPTY
                .withRegion(new Region("r", null, "r", Provider.AWS, new GeoPoint(40, -75), "", 1.0, 4, 0))
                .withComponent(new Component("api", "api", "r", 7, 0.10, Reliability.ofSla(0.99),
                        new ComponentSpec.Service(100, 0.5)))
                .withPopulation(new Population("u", "u", new GeoPoint(40, -75), 100, 1.0, null, null, List.of()))
                .withObjectives(new Objectives(0.99995, null, null, null, null, null, SurviveLoss.NONE));
        for (Provider p : Provider.values()) {
            t = t.withProviderProfile(new ProviderProfile(p, 1.0, 4));
        }
        model = new MainViewModel(Design.of("One tier", t));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void theSearchRunsInTheBackgroundAndTheTickedSuggestionBecomesAnAlternative(FxRobot robot) throws Exception {
        robot.clickOn("Design").clickOn("Suggest designs…");
        robot.clickOn("#suggest-start");
        TableView<?> table = robot.lookup("#suggest-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#suggest-status").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("exhaustive: every one of the 4 candidates evaluated");
        robot.clickOn("#suggest-add");
        Design d = model.documentDesign();
        assertThat(d.alternatives()).hasSize(1);
        assertThat(d.alternatives().get(0).name()).isEqualTo("Cheapest passing");
        assertThat(d.alternatives().get(0).topology().component("api").orElseThrow().instances()).isEqualTo(3);
        // One undoable step.
        robot.interact(model::undo);
        assertThat(model.documentDesign().alternatives()).isEmpty();
    }

    @Test
    void theFrontierIsPlottedCostAgainstAvailability(FxRobot robot) throws Exception {
        robot.clickOn("Design").clickOn("Suggest designs…");
        robot.clickOn("Frontier: cost, availability, p99 write latency").clickOn("#suggest-start");
        TableView<?> table = robot.lookup("#suggest-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // 3, 4 and 5 instances pass 99.995% (2 give 99.99%), each dearer and more available: three points.
        javafx.scene.chart.ScatterChart<?, ?> chart = robot.lookup("#suggest-frontier")
                .queryAs(javafx.scene.chart.ScatterChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getData().get(0).getData()).hasSize(3);
        assertThat(table.getItems()).hasSize(3);
    }
}
