package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.model.Design;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the README's screenshots from the real window (run on demand:
 * {@code mvn -pl app test -Dtest=ScreenshotTest -Dmeridian.screenshots=../docs}).
 */
@EnabledIfSystemProperty(named = "meridian.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private MainViewModel model;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Design design = Templates.load(Templates.DEFAULT_ID);
        model = new MainViewModel(design);
        window = new MainWindow(model);
        ResultsWiring.attach(model, window);
        scene = new Scene(window, 1366, 768);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("meridian.screenshots"));
        Files.createDirectories(dir);
        String first = model.getDesign().topology().regions().get(0).id();
        robot.interact(() -> model.selection().select(model.getDesign().topology().components().get(0).id()));
        Thread.sleep(3000); // the engine runs off the FX thread; let the results arrive
        settle(robot);
        Snapshots.write(robot, scene, dir.resolve("screenshot-main-light.png"));
        robot.interact(() -> model.themeProperty().set(Theme.DARK));
        settle(robot);
        Snapshots.write(robot, scene, dir.resolve("screenshot-main-dark.png"));
        robot.interact(() -> {
            model.themeProperty().set(Theme.LIGHT);
            model.selection().select(first);
            model.whatIf().failRegion(first);
        });
        settle(robot);
        assertThat(model.whatIf().failedRegionIds()).containsExactly(first);
        Snapshots.write(robot, scene, dir.resolve("screenshot-region-failed.png"));
    }

    private static void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
