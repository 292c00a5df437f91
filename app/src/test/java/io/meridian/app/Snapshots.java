package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes a scene's snapshot as a PNG for the docs, and checks the file reads back whole at the scene's size. */
final class Snapshots {
    private Snapshots() {
    }

    static void write(FxRobot robot, Scene scene, Path file) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", file.toFile());
            BufferedImage back = ImageIO.read(file.toFile());
            assertThat(back).as(file + " reads back as a PNG").isNotNull();
            assertThat(back.getWidth()).isEqualTo((int) scene.getWidth());
            assertThat(back.getHeight()).isEqualTo((int) scene.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
