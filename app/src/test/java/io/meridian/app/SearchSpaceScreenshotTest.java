package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.DesignSpace;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Suggest designs window with its search space pane open, for looking at the layout (run on demand:
 * {@code mvn -pl app test -Dtest=SearchSpaceScreenshotTest -Dmeridian.screenshots=/tmp/space-shots}).
 */
@EnabledIfSystemProperty(named = "meridian.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class SearchSpaceScreenshotTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load("two-region-active-active")
                .withSpace(io.meridian.model.DesignSpace.NONE));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
    }

    @Test
    void searchSpacePane(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("meridian.screenshots"));
        Files.createDirectories(dir);
        robot.interact(() -> window.suggestDesigns().show());
        TitledPane pane = robot.lookup("#suggest-space").queryAs(TitledPane.class);
        robot.interact(() -> pane.setExpanded(true));
        settle();
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-two-region.png"));

        // A declared space: a strategy, a narrower link, an optional region, spares and instance types.
        robot.interact(() -> model.document().edit("Declare", d -> d.withSpace(new DesignSpace(1,
                List.of(new DesignSpace.InstanceTypes("api-use1", List.of(
                        new DesignSpace.InstanceType("m5.xlarge", 400, null),
                        new DesignSpace.InstanceType("c6i.xlarge", 450, 0.17)))),
                List.of(new DesignSpace.ReplicationModes("repl.db-use1.db-usw2", List.of(
                        io.meridian.model.ReplicationMode.ASYNC, io.meridian.model.ReplicationMode.SEMI_SYNC))),
                List.of(new DesignSpace.WriteStrategies("sessions", List.of(
                        io.meridian.model.WriteStrategy.MULTI_PRIMARY, io.meridian.model.WriteStrategy.SINGLE_PRIMARY))),
                List.of(), List.of("usw2")))));
        settle();
        assertThat(pane.getText()).doesNotContain("cannot be used");
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-two-region-declared.png"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".search-space .scroll-pane").query())
                .setVvalue(1));
        settle();
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-two-region-declared-scrolled.png"));

        robot.interact(() -> model.variantProperty().set(model.documentDesign().alternatives().get(0).id()));
        settle();
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-two-region-alternative.png"));

        robot.interact(() -> model.show(Templates.load("ten-region-multicloud-2pc")));
        settle();
        assertThat(robot.lookup("#space-region-gcp-us-central1").tryQuery()).isPresent();
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-ten-region.png"));
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".search-space .scroll-pane").query())
                .setVvalue(1));
        settle();
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-ten-region-scrolled.png"));
        robot.interact(() -> model.themeProperty().set(Theme.DARK));
        settle();
        Snapshots.write(robot, pane.getScene(), dir.resolve("space-ten-region-dark.png"));
    }

    /** The frontier of a two-region design whose objectives the search can meet, plotted with its points named. */
    @Test
    void frontierChart(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("meridian.screenshots"));
        Files.createDirectories(dir);
        // One tier of 99% instances in a region that never fails: 2, 3, 4 and 5 instances each buy about two nines.
        io.meridian.model.Topology t = io.meridian.model.Topology.EMPTY
                .withRegion(new io.meridian.model.Region("r", null, "Test region", io.meridian.model.Provider.AWS,
                        new io.meridian.model.GeoPoint(40, -75), "", 1.0, 4, 0))
                .withComponent(new io.meridian.model.Component("api", "API tier", "r", 7, 0.10,
                        io.meridian.model.Reliability.ofSla(0.99), new io.meridian.model.ComponentSpec.Service(100, 0.5)))
                .withPopulation(new io.meridian.model.Population("u", "Users", new io.meridian.model.GeoPoint(40, -75),
                        100, 1.0, null, null, List.of()))
                .withObjectives(new io.meridian.model.Objectives(0.99, null, null, null, null, null,
                        io.meridian.model.SurviveLoss.NONE));
        for (io.meridian.model.Provider p : io.meridian.model.Provider.values()) {
            t = t.withProviderProfile(new io.meridian.model.ProviderProfile(p, 1.0, 4));
        }
        io.meridian.model.Topology tier = t;
        robot.interact(() -> model.show(io.meridian.model.Design.of("One tier", tier)));
        robot.interact(() -> window.suggestDesigns().show());
        robot.clickOn("#suggest-kind-frontier");
        robot.clickOn("#suggest-start");
        javafx.scene.control.TableView<?> table = robot.lookup("#suggest-table").queryAs(
                javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && robot.lookup("#suggest-cancel").query().isDisabled());
        settle();
        Snapshots.write(robot, table.getScene(), dir.resolve("suggest-frontier.png"));
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
