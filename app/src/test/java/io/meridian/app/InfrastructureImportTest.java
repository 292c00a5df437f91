package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.importer.InfrastructureImport;
import io.meridian.templates.Templates;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Import infrastructure with the two-region AWS plan of the importer's tests (us-east-1 and us-west-2: an
 * ASG behind an ALB, Aurora global database, DynamoDB global table, Route 53 failover): a preview of what was mapped,
 * then the design opened.
 */
@ExtendWith(ApplicationExtension.class)
class InfrastructureImportTest {
    private static final Path PLAN = Path.of("../model/src/test/resources/io/meridian/io/iac/aws-two-region.plan.json");
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load("blank"));
        window = new MainWindow(model);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void thePreviewListsWhatWasMappedAndOpeningItShowsTheImportedRegions(FxRobot robot) throws Exception {
        robot.interact(() -> new InfrastructureImport(model, () -> window.getScene().getWindow(), () -> true)
                .start(PLAN, null));
        // The preview is a dialog: wait until it is shown, its buttons visible, before reading and clicking.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Open as a new design").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup("#import-summary").queryAs(TextArea.class).getText();
        assertThat(summary).startsWith("Mapped:").contains("Not mapped:");
        robot.clickOn("Open as a new design");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getDesign().topology().regions()).extracting(r -> r.catalogId())
                .containsExactlyInAnyOrder("aws:us-east-1", "aws:us-west-2");
        assertThat(model.getDesign().topology().components()).hasSize(10);
    }
}
