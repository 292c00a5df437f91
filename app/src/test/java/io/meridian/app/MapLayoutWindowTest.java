package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.edit.Autosave;
import io.meridian.maplayout.Detail;
import io.meridian.maplayout.Placement;
import io.meridian.model.Layout;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map at ten regions in the real window: level of detail by zoom, and cards dragged aside as undoable edits. */
@ExtendWith(ApplicationExtension.class)
class MapLayoutWindowTest {
    @TempDir
    static Path dir;

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("recovery-" + System.nanoTime()));
        model = new MainViewModel(Templates.load("ten-region-multicloud-2pc"),
                new Autosave(recovery, Duration.ofMillis(10)));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
    }

    @Test
    void atFitToWindowRegionsAreChipsAndCloserTheyAreCardsNeverOverlapping(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().labelLayout().detail()).isNotEqualTo(Detail.CARDS);
        assertThat(window.canvas().labelLayout().hidden()).noneMatch(id -> model.getDesign().topology().region(id)
                .isPresent());
        assertNoVisibleLabelsOverlap(robot);

        zoomOnTheAtlantic(robot);
        assertThat(window.canvas().labelLayout().placements()).anyMatch(p -> p.form() == Placement.Form.FULL);
        assertNoVisibleLabelsOverlap(robot);
    }

    @Test
    void aCardDraggedAsideIsOneUndoableEditAndItsMarkerStays(FxRobot robot) {
        zoomOnTheAtlantic(robot);
        Placement full = window.canvas().labelLayout().placements().stream()
                .filter(p -> p.form() == Placement.Form.FULL && !p.pinned()).findFirst().orElseThrow();
        String id = full.ids().get(0);
        Node card = robot.lookup(".region-card").match(n -> id.equals(n.getParent().getUserData())).query();
        var markerBefore = model.getDesign().topology().region(id).orElseThrow().location();
        Bounds b = card.localToScreen(card.getLayoutBounds());

        robot.drag(new javafx.geometry.Point2D(b.getMinX() + 30, b.getMinY() + 8), MouseButton.PRIMARY)
                .moveBy(-20, 25).moveBy(-20, 25).release(MouseButton.PRIMARY);

        Layout.CardOffset offset = model.getDesign().layout().cards().get(id);
        assertThat(offset).as("the card's offset is in the layout").isNotNull();
        assertThat(model.getDesign().topology().region(id).orElseThrow().location()).isEqualTo(markerBefore);
        Placement pinned = window.canvas().labelLayout().of(id).orElseThrow();
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.leaders().get(0).to()).isNotEqualTo(pinned.leaders().get(0).from());

        robot.interact(() -> model.undo());
        assertThat(model.getDesign().layout().cards()).doesNotContainKey(id);
    }

    /** Four times closer, around the North Atlantic: Virginia's and Europe's regions in view, room for cards. */
    private void zoomOnTheAtlantic(FxRobot robot) {
        robot.interact(() -> {
            var viewport = window.canvas().viewport();
            var at = viewport.sceneToLocal(window.canvas().sceneOf(new io.meridian.model.GeoPoint(45, -40)));
            viewport.zoomAt(4, at.getX(), at.getY());
            window.canvas().requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every shown region card, chip, cluster chip and population label, pairwise: no two share a pixel. */
    private static void assertNoVisibleLabelsOverlap(FxRobot robot) {
        var labels = robot.lookup(n -> n.isVisible() && parentsVisible(n) && (n.getStyleClass().contains("region-card")
                || n.getStyleClass().contains("region-chip") || n.getStyleClass().contains("population-label")))
                .queryAll().stream().map(n -> n.localToScene(n.getLayoutBounds())).toList(); // shadows aside
        assertThat(labels).isNotEmpty();
        Node legend = robot.lookup(".legend").query();
        Bounds l = legend.localToScene(legend.getBoundsInLocal());
        for (Bounds a : labels) {
            assertThat(a.intersects(l.getMinX() + 0.5, l.getMinY() + 0.5, l.getWidth() - 1, l.getHeight() - 1))
                    .as("%s overlaps the legend", a).isFalse();
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Bounds a = labels.get(i);
                Bounds c = labels.get(j);
                boolean overlap = a.getMinX() < c.getMaxX() - 0.5 && c.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < c.getMaxY() - 0.5 && c.getMinY() < a.getMaxY() - 0.5;
                assertThat(overlap).as("%s overlaps %s", a, c).isFalse();
            }
        }
    }

    private static boolean parentsVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
