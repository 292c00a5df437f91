package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.compare.CompareWindow;
import io.meridian.templates.TemplateInfo;
import io.meridian.templates.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * The walkthrough panel and the comparison of alternatives, from the real windows (run on demand:
 * {@code mvn -pl app test -Dtest=DecisionScreenshotTest -Dmeridian.screenshots=../docs}).
 */
@EnabledIfSystemProperty(named = "meridian.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class DecisionScreenshotTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load("blank"));
        window = new MainWindow(model);
        ResultsWiring.attach(model, window);
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
        TemplateInfo t = Templates.list().stream().filter(i -> i.id().equals(Templates.DEFAULT_ID)).findFirst()
                .orElseThrow();
        window.project().openTemplate(t);
    }

    @Test
    void walkthroughAndCompare(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("meridian.screenshots"));
        Files.createDirectories(dir);
        robot.interact(() -> window.walkthrough().go(2)); // "Fail us-east-1"
        Thread.sleep(3000); // the engine runs off the FX thread; let the results arrive
        settle();
        // The picture is of the step it claims: us-east-1 down, us-west-2 overloaded.
        assertThat(model.whatIf().outcome().failed()).containsExactly("use1");
        assertThat(model.whatIf().outcome().overloaded()).containsExactly("usw2");
        Snapshots.write(robot, window.getScene(), dir.resolve("screenshot-walkthrough.png"));
        assertThat(Files.size(dir.resolve("screenshot-walkthrough.png"))).isPositive();

        robot.interact(() -> window.walkthrough().end());
        robot.interact(window::showCompare);
        CompareWindow compare = window.compare();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> compare.view().table() != null);
        settle();
        assertThat(compare.view().table().columns()).hasSize(3);
        Snapshots.write(robot, compare.stage().getScene(), dir.resolve("screenshot-compare.png"));
        assertThat(Files.size(dir.resolve("screenshot-compare.png"))).isPositive();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
