package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.app.MainViewModel;
import io.meridian.app.MainWindow;
import io.meridian.app.SampleDesigns;
import io.meridian.app.whatif.TrafficRoutes.Kind;
import io.meridian.app.whatif.TrafficRoutes.Route;
import io.meridian.model.GeoPoint;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.QuadCurve;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The traffic lines in the real main window: drawn from the routing, re-routed on screen under a what-if. */
@ExtendWith(ApplicationExtension.class)
class TrafficOnCanvasTest {
    private MainViewModel model;
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(SampleDesigns.twoRegions());
        MainWindow window = new MainWindow(model);
        canvas = window.canvas();
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
    }

    @Test
    void drawsOneSolidLinePerPopulationToItsHomeRegionWithoutLabels(FxRobot robot) {
        List<QuadCurve> lines = lines(robot, ".traffic");
        assertThat(lines).extracting(l -> ((Route) l.getUserData()).regionId()).containsExactly("use1", "euw1");
        assertThat(lines).allSatisfy(l -> assertThat(l.getStrokeDashArray()).isEmpty());
        // Each population sends everything to one region, so its own label says the load: no line labels.
        assertThat(robot.lookup(".traffic-label").queryAll()).isEmpty();
        // The US line runs from the US users' diamond (39.0, −95.0) to Virginia's marker (38.91, −77.04).
        QuadCurve us = lines.get(0);
        assertThat(point(us.getStartX(), us.getStartY())).isEqualTo(canvas.projection().project(new GeoPoint(39.0, -95.0)));
        assertThat(point(us.getEndX(), us.getEndY())).isEqualTo(canvas.projection().project(new GeoPoint(38.91, -77.04)));
        // Widths on screen: US 6000 req/s is the busiest → 8 px; EU 4000 → 1.5 + 6.5 · 4000/6000 = 5.83 px.
        double zoom = canvas.zoomProperty().get();
        assertThat(us.getStrokeWidth() * zoom).isCloseTo(8, within(1e-9));
        assertThat(lines.get(1).getStrokeWidth() * zoom).isCloseTo(5.8333, within(1e-4));
    }

    @Test
    void failingARegionDrawsItsTrafficReroutedDashedAndLabelledAndClearingRemovesIt(FxRobot robot) {
        robot.interact(() -> model.whatIf().failRegion("use1"));

        // Virginia down: the US users' 6000 req/s are lost there and go to Dublin, the nearest region with a service.
        List<QuadCurve> rerouted = lines(robot, ".traffic-rerouted");
        assertThat(rerouted).hasSize(1);
        Route r = (Route) rerouted.get(0).getUserData();
        assertThat(r.populationId()).isEqualTo("us-users");
        assertThat(r.regionId()).isEqualTo("euw1");
        assertThat(rerouted.get(0).getStrokeDashArray()).hasSize(2);
        assertThat(lines(robot, ".traffic-lost")).extracting(l -> ((Route) l.getUserData()).regionId())
                .containsExactly("use1");
        Label label = robot.lookup(".traffic-label-rerouted").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo("re-routed 6k req/s");
        assertThat(label.isVisible()).isTrue();
        assertThat(robot.lookup(".legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Re-routed traffic");

        robot.interact(() -> model.whatIf().clear());
        assertThat(robot.lookup(".traffic-rerouted").queryAll()).isEmpty();
        assertThat(robot.lookup(".traffic-lost").queryAll()).isEmpty();
        assertThat(lines(robot, ".traffic")).hasSize(2);
    }

    @Test
    void labelsAndDashesKeepTheirScreenSizeAtAnyZoom(FxRobot robot) {
        robot.interact(() -> model.whatIf().failRegion("use1"));
        Label label = robot.lookup(".traffic-label-rerouted").queryAs(Label.class);
        QuadCurve line = lines(robot, ".traffic-rerouted").get(0);
        Bounds before = label.localToScene(label.getBoundsInLocal());
        double dashBefore = line.getStrokeDashArray().get(0) * canvas.zoomProperty().get();

        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                canvas.zoomIn();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        // Six steps of 1.25 zoom the map 3.8×; the label and the dashes stay the same size on screen.
        Bounds after = label.localToScene(label.getBoundsInLocal());
        assertThat(after.getWidth()).isCloseTo(before.getWidth(), within(0.5));
        assertThat(after.getHeight()).isCloseTo(before.getHeight(), within(0.5));
        assertThat(line.getStrokeDashArray().get(0) * canvas.zoomProperty().get()).isCloseTo(dashBefore, within(1e-6));
        assertThat(line.getStrokeWidth() * canvas.zoomProperty().get()).isCloseTo(8, within(1e-9));
        assertThat(((Route) line.getUserData()).kind()).isEqualTo(Kind.REROUTED);
    }

    private static List<QuadCurve> lines(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(n -> n instanceof QuadCurve)
                .filter(n -> !((Node) n).getStyleClass().contains("legend-line")).map(QuadCurve.class::cast).toList();
    }

    private static Point2D point(double x, double y) {
        return new Point2D(x, y);
    }
}
