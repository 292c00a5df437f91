package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.meridian.app.canvas.DesignCanvas;
import io.meridian.model.Design;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(SampleDesigns.twoRegions());
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1366, 768));
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
    }

    @Test
    void opensOnTheDesignWithItsNameInTheTitle(FxRobot robot) {
        assertThat(robot.window(0)).isInstanceOfSatisfying(Stage.class,
                s -> assertThat(s.getTitle()).isEqualTo("Meridian — Two-region active-active"));
        assertThat(robot.lookup(".design-title").queryLabeled().getText()).isEqualTo("Two-region active-active");
        assertThat(robot.lookup(".status-bar .label").queryLabeled().getText())
                .isEqualTo("3 regions · 6 components · 4 links · 2 populations · 1 residency zone");
    }

    @Test
    void drawsOneMarkerPerRegionAtItsProjectedCoordinates(FxRobot robot) {
        List<Node> markers = List.copyOf(robot.lookup(".region-node").queryAll());
        Topology t = model.getDesign().topology();
        assertThat(markers).hasSize(t.regions().size());
        assertThat(markers.stream().map(n -> (String) n.getUserData()).collect(Collectors.toSet()))
                .isEqualTo(t.regions().stream().map(Region::id).collect(Collectors.toSet()));

        // 3600 × 1800 world: x = (−77.04 + 180) / 360 · 3600, y = (90 − 38.91) / 180 · 1800.
        Node virginia = node(robot, "use1");
        assertThat(virginia.getLayoutX()).isCloseTo(1029.6, within(1e-6));
        assertThat(virginia.getLayoutY()).isCloseTo(510.9, within(1e-6));
        Node dublin = node(robot, "euw1");
        assertThat(dublin.getLayoutX()).isCloseTo((-6.26 + 180) / 360 * 3600, within(1e-6));
        assertThat(dublin.getLayoutY()).isCloseTo((90 - 53.35) / 180 * 1800, within(1e-6));
    }

    @Test
    void fitsTheDesignIntoTheWindowOnOpen(FxRobot robot) {
        DesignCanvas canvas = window.canvas();
        for (Region r : model.getDesign().topology().regions()) {
            Point2D onScreen = canvas.viewport().toScreen(canvas.projection().project(r.location()));
            assertThat(onScreen.getX()).isBetween(0.0, canvas.getWidth());
            assertThat(onScreen.getY()).isBetween(0.0, canvas.getHeight());
        }
    }

    @Test
    void fitsEveryDocumentPutOnShowButNotAnEdit(FxRobot robot) throws Exception {
        // The two-region design is fitted to the US east coast and Europe; the ten-region template spans Oregon to
        // Sydney. Opened from a file (as ./meridian ten.json does), it showed only America until Fit was pressed.
        Path file = java.nio.file.Files.createTempFile("ten", ".json");
        try {
            java.nio.file.Files.writeString(file, io.meridian.io.DesignWriter.toJson(
                    io.meridian.templates.Templates.load("ten-region-multicloud-2pc")));
            robot.interact(() -> assertThat(model.open(file)).isEmpty());
            DesignCanvas canvas = window.canvas();
            assertThat(model.getDesign().topology().regions()).hasSize(10);
            for (Region r : model.getDesign().topology().regions()) {
                Point2D onScreen = canvas.viewport().toScreen(canvas.projection().project(r.location()));
                assertThat(onScreen.getX()).as(r.id()).isBetween(0.0, canvas.getWidth());
                assertThat(onScreen.getY()).as(r.id()).isBetween(0.0, canvas.getHeight());
            }

            // An edit keeps the view the user chose.
            robot.interact(canvas::zoomIn);
            double zoom = canvas.zoomProperty().get();
            String last = model.getDesign().topology().regions().get(9).id();
            robot.interact(() -> model.document().edit("Remove region",
                    d -> d.withTopology(d.topology().without(last))));
            assertThat(canvas.zoomProperty().get()).isEqualTo(zoom);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void markersKeepTheirScreenSizeWhenZooming(FxRobot robot) {
        Node virginia = node(robot, "use1");
        double before = virginia.localToScreen(virginia.getBoundsInLocal()).getWidth();
        robot.interact(() -> window.canvas().zoomIn());
        double after = virginia.localToScreen(virginia.getBoundsInLocal()).getWidth();
        assertThat(after).isCloseTo(before, within(0.5));
        assertThat(virginia.getLayoutX()).isCloseTo(1029.6, within(1e-6));
    }

    @Test
    void zoomShowsInTheStatusBarAndSwitchesToTheDetailedMap(FxRobot robot) throws Exception {
        DesignCanvas canvas = window.canvas();
        robot.interact(() -> canvas.viewport().zoomAt(2 / canvas.viewport().getZoom(), 600, 400));
        assertThat(canvas.viewport().getZoom()).isCloseTo(2, within(1e-9));
        assertThat(robot.lookup(".status-bar .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText)).contains("Zoom 200%");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".map-land").queryAll().stream().filter(Node::isVisible).count() > 1000);
    }

    @Test
    void clickingAMarkerSelectsItsRegion(FxRobot robot) {
        robot.clickOn(robot.lookup(".region-marker").match(n -> "use1".equals(n.getParent().getUserData()))
                .<Node>query());
        assertThat(model.selectionProperty().get()).isEqualTo("use1");
        assertThat(robot.lookup(".status-selection").queryLabeled().getText())
                .isEqualTo("US East (N. Virginia) (aws:us-east-1)");
        assertThat(robot.lookup(".selection-ring").tryQuery()).isPresent();
    }

    @Test
    void themeSwitchChangesTheStylesheet(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        robot.clickOn("View").clickOn("Dark theme");
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(window.getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        robot.clickOn("View").clickOn("Light theme");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void rendersAgainWhenTheDesignChanges(FxRobot robot) {
        Topology t = model.getDesign().topology().without("euc1");
        robot.interact(() -> model.show(Design.of("Smaller", t)));
        Set<Object> ids = robot.lookup(".region-node").queryAll().stream().map(Node::getUserData)
                .collect(Collectors.toSet());
        assertThat(ids).containsExactlyInAnyOrder("use1", "euw1");
        assertThat(robot.lookup(".design-title").queryLabeled().getText()).isEqualTo("Smaller");
    }

    private static Node node(FxRobot robot, String id) {
        return robot.lookup(".region-node").match(n -> id.equals(n.getUserData())).query();
    }
}
