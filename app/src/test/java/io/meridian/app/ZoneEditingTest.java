package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.edit.Autosave;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Residency zones stay first-class: selected on the map or from a list, edited by name, deleted, undone. */
@ExtendWith(ApplicationExtension.class)
class ZoneEditingTest {
    @TempDir
    static Path dir;

    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path recovery = Files.createDirectories(dir.resolve("recovery-" + System.nanoTime()));
        model = new MainViewModel(Templates.load("residency-sharded"), new Autosave(recovery, Duration.ofMillis(10)));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
    }

    private Topology topology() {
        return model.getDesign().topology();
    }

    @Test
    void aZoneIsSelectedOnTheMapEditedByNameAndDeletedThenUndone(FxRobot robot) {
        Node label = robot.lookup(".zone-label").match(n -> "eu".equals(n.getUserData())).query();
        robot.clickOn(label);
        assertThat(model.selection().primary()).isEqualTo("eu");

        // Its regions are picked by name (ControlsFX CheckComboBox), the file keeps ids.
        @SuppressWarnings("unchecked")
        CheckComboBox<String> regions = (CheckComboBox<String>) window.inspector().control("regions");
        assertThat(regions.getCheckModel().getCheckedItems()).containsExactly("euw1");
        assertThat(regions.getConverter().toString("euw1")).isEqualTo("Europe (Ireland)");
        robot.interact(() -> regions.getCheckModel().check("use1"));
        assertThat(topology().zone("eu").orElseThrow().regionIds()).containsExactlyInAnyOrder("euw1", "use1");
        robot.interact(() -> model.undo()); // one edit per check
        assertThat(topology().zone("eu").orElseThrow().regionIds()).containsExactly("euw1");

        TextField name = (TextField) window.inspector().control("name");
        robot.doubleClickOn(name).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("EU only").type(KeyCode.ENTER);
        assertThat(topology().zone("eu").map(ResidencyZone::name)).contains("EU only");

        robot.clickOn(window.canvas().viewport().localToScreen(5, 5).getX() + 400,
                window.canvas().viewport().localToScreen(5, 5).getY() + 300); // focus back on the map
        robot.interact(() -> model.selection().select("eu"));
        robot.type(KeyCode.DELETE);
        assertThat(topology().zone("eu")).isEmpty();
        assertThat(topology().populations()).noneMatch(p -> "eu".equals(p.zoneId()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(topology().zone("eu").map(ResidencyZone::name)).contains("EU only");
    }

    @Test
    void aPopulationPicksItsZoneAndHomeRegionByName(FxRobot robot) {
        robot.interact(() -> model.selection().select("eu-users"));
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = (ComboBox<String>) window.inspector().control("zone");
        assertThat(zone.getValue()).isEqualTo("eu");
        assertThat(zone.getConverter().toString(zone.getValue())).isEqualTo("GDPR: EU data stays in eu-west-1");
        @SuppressWarnings("unchecked")
        ComboBox<String> home = (ComboBox<String>) window.inspector().control("homeRegion");
        assertThat(home.getItems()).contains("apse1");
        assertThat(home.getConverter().toString("apse1")).isEqualTo("Asia Pacific (Singapore)");
    }

    @Test
    void theMapsMenuListsEveryZoneByNameToSelectIt(FxRobot robot) {
        // On open map near the bottom edge, clear of every region, then through the submenu.
        var viewport = window.canvas().viewport();
        robot.rightClickOn(viewport.localToScreen(viewport.getWidth() / 2, viewport.getHeight() - 15));
        robot.clickOn("Residency zones");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Asia data stays in ap-southeast-1");
        assertThat(model.selection().primary()).isEqualTo("apac");
    }
}
