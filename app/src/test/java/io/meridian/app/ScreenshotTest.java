package io.meridian.app;

import io.meridian.model.Design;
import io.meridian.templates.Templates;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
        shoot(robot, dir.resolve("screenshot-main-light.png"));
        robot.interact(() -> model.themeProperty().set(Theme.DARK));
        settle(robot);
        shoot(robot, dir.resolve("screenshot-main-dark.png"));
        robot.interact(() -> {
            model.themeProperty().set(Theme.LIGHT);
            model.selection().select(first);
            model.whatIf().failRegion(first);
        });
        settle(robot);
        window.canvas();
        shoot(robot, dir.resolve("screenshot-region-failed.png"));
    }

    private static void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, Path file) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        try {
            int w = (int) image[0].getWidth();
            int h = (int) image[0].getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
                }
            }
            ImageIO.write(out, "png", new File(file.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
