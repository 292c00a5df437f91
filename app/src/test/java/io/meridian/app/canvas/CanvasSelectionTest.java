package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.app.MainViewModel;
import io.meridian.app.MainWindow;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.templates.Templates;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rubber-band selection and snapping on the two-region template: us-west-2 (Oregon, 45.84 N 119.7 W), West Coast
 * users (San Francisco, 37.77 N 122.42 W), us-east-1 (N. Virginia, 38.9 N 77 W), East Coast users (New York,
 * 40.71 N 74.01 W).
 */
@ExtendWith(ApplicationExtension.class)
class CanvasSelectionTest {
    private MainViewModel model;
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load(Templates.DEFAULT_ID));
        MainWindow window = new MainWindow(model);
        canvas = window.canvas();
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
    }

    @Test
    void shiftDragOnEmptyMapSelectsEveryMarkerInTheBoxAndTheMapDoesNotPan(FxRobot robot) {
        Point2D before = canvas.sceneOf(new GeoPoint(40, -100));
        // From the Pacific off Baja California to the Nevada–Utah line: the West Coast's two markers only.
        robot.press(KeyCode.SHIFT);
        robot.drag(canvas.sceneOf(new GeoPoint(30, -130)), MouseButton.PRIMARY)
                .moveTo(canvas.sceneOf(new GeoPoint(48, -112))).drop();
        robot.release(KeyCode.SHIFT);
        assertThat(model.selection().ids()).containsExactlyInAnyOrder("usw2", "west-coast");
        assertThat(canvas.sceneOf(new GeoPoint(40, -100))).as("no pan").isEqualTo(before);
        // The inspector edits what they share: a region and a population have only a name in common.
        assertThat(robot.lookup(".inspector-title").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("2 elements · common fields");
    }

    @Test
    void aDraggedPopulationSnapsToTheLatitudeOfAnotherMarkerWhenDroppedWithinSixPixelsOfIt(FxRobot robot) {
        Population west = model.getDesign().topology().population("west-coast").orElseThrow();
        Point2D from = canvas.sceneOf(model.getDesign().topology().population("east-coast").orElseThrow().location());
        // Drop 3 px below San Francisco's latitude line, far from every marker's longitude (Kansas, 97 W).
        Point2D line = canvas.sceneOf(new GeoPoint(west.location().lat(), -97));
        robot.drag(from, MouseButton.PRIMARY).moveTo(line.add(0, 3)).drop();
        Population moved = model.getDesign().topology().population("east-coast").orElseThrow();
        assertThat(moved.location().lat()).isCloseTo(west.location().lat(), within(1e-9));
        assertThat(moved.location().lon()).isCloseTo(-97, within(1.0));
    }
}
