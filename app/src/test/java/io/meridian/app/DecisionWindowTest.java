package io.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.app.compare.CompareWindow;
import io.meridian.app.compare.ComparisonTable;
import io.meridian.app.results.ResultsViewModel;
import io.meridian.templates.TemplateInfo;
import io.meridian.templates.Templates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the decision features as a user: File → Export, the walkthrough panel, the variant choice in the toolbar
 * and the comparison of alternatives, on the built-in two-region design opened from the gallery.
 */
@ExtendWith(ApplicationExtension.class)
class DecisionWindowTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    @TempDir
    Path dir;

    private MainViewModel model;
    private MainWindow window;
    private ResultsViewModel results;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(Templates.load("blank"));
        window = new MainWindow(model);
        results = ResultsWiring.attach(model, window);
        stage.setScene(new Scene(window, 1366, 768));
        stage.show();
        // As File → New… does it: the template with its walkthrough.
        TemplateInfo t = Templates.list().stream().filter(i -> i.id().equals(Templates.DEFAULT_ID)).findFirst()
                .orElseThrow();
        window.project().openTemplate(t);
    }

    @AfterEach
    void stop() {
        results.close();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node regionNode(FxRobot robot, String id) {
        return robot.lookup(".region-node").match(n -> id.equals(n.getUserData())).query();
    }

    @Test
    void exportWritesTheWorkbookAndThePdfOffTheFxThread(FxRobot robot) throws Exception {
        Path xlsx = dir.resolve("review.xlsx");
        Path pdf = dir.resolve("review"); // no extension: the dialog adds ".pdf"
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        TextField xlsxField = robot.lookup("#export-xlsx-path").queryAs(TextField.class);
        TextField pdfField = robot.lookup("#export-pdf-path").queryAs(TextField.class);
        assertThat(xlsxField.getText()).endsWith("Two-region-active-active.xlsx");
        robot.interact(() -> {
            xlsxField.setText(dir.resolve("no-such-folder").resolve("x.xlsx").toString());
            pdfField.setText(pdf.toString());
        });
        robot.clickOn("Export");
        // A wrong folder is said in the dialog, in one line, and the dialog stays.
        Label problem = robot.lookup("#export-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Excel workbook: no such folder").doesNotContain("Exception");

        robot.interact(() -> xlsxField.setText(xlsx.toString()));
        robot.clickOn("Export");
        waitFor("the export", () -> !model.work().isRunning() && Files.exists(dir.resolve("review.pdf")));

        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            assertThat(book.getSheet("Summary")).isNotNull();
            assertThat(book.getSheet("Summary").getPhysicalNumberOfRows()).isGreaterThan(3);
        }
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(dir.resolve("review.pdf"))) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(model.messageProperty().get()).startsWith("Exported review.xlsx and review.pdf to ");
    }

    @Test
    void walkthroughNextFailsTheRegionHighlightsElementsAndOpensTheResult(FxRobot robot) {
        // Opening a template with a walkthrough brings its panel forward.
        TabPane side = robot.lookup("#side-tabs").queryAs(TabPane.class);
        assertThat(side.getSelectionModel().getSelectedItem().getText()).isEqualTo("Walkthrough");

        robot.clickOn("#walkthrough-next"); // Start: step 1, the two regions at 60/40
        assertThat(robot.lookup("#walkthrough-step-title").queryLabeled().getText())
                .isEqualTo("Two regions, 60% / 40%");
        assertThat(model.whatIf().outcome().active()).isFalse();
        assertThat(regionNode(robot, "use1").getPseudoClassStates()).contains(SELECTED);

        robot.clickOn("#walkthrough-next");
        robot.clickOn("#walkthrough-next"); // step 3: fail us-east-1
        assertThat(robot.lookup("#walkthrough-step-title").queryLabeled().getText()).isEqualTo("Fail us-east-1");
        assertThat(model.whatIf().outcome().failed()).containsExactly("use1");
        // 10,500 req/s on us-west-2's 50 × 200 req/s = 105%: the what-if shows the overload, as a click would.
        assertThat(model.whatIf().outcome().overloaded()).containsExactly("usw2");
        assertThat(model.selection().ids()).containsExactly("usw2", "api-usw2");
        assertThat(regionNode(robot, "usw2").getPseudoClassStates()).contains(SELECTED);
        assertThat(regionNode(robot, "use1").getPseudoClassStates()).doesNotContain(SELECTED);
        TabPane resultTabs = robot.lookup(".results-tabs").queryAs(TabPane.class);
        assertThat(resultTabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Capacity");

        // Back with Alt+← returns to step 2: no failure.
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertThat(robot.lookup("#walkthrough-step-title").queryLabeled().getText()).isEqualTo("Normal load");
        assertThat(model.whatIf().outcome().active()).isFalse();

        // Step 6 is about the n-plus-one alternative: the panel switches the variant and the toolbar follows.
        robot.interact(() -> window.walkthrough().go(5));
        assertThat(model.variantProperty().get()).isEqualTo("n-plus-one");
        assertThat(model.getDesign().topology().component("api-usw2").orElseThrow().instances()).isEqualTo(75);
        assertThat(model.whatIf().outcome().overloaded()).isEmpty(); // 10,500 / (75 × 200) = 70%
        robot.clickOn("#walkthrough-end");
        assertThat(model.variantProperty().get()).isEqualTo("baseline");
        assertThat(model.whatIf().outcome().active()).isFalse();
    }

    @Test
    void switchingTheVariantInTheToolbarChangesTheResults(FxRobot robot) {
        waitFor("the baseline's results", () -> results.getEvaluation() != null && !results.isBusy()
                && results.getEvaluation().cost().monthly().value() > 0);
        double baselineMonthly = results.getEvaluation().cost().monthly().value();
        String baselineVerdict = robot.lookup(".verdict").queryLabeled().getText();

        robot.clickOn("#variant-choice").clickOn("75 API instances in each region");
        assertThat(model.variantProperty().get()).isEqualTo("n-plus-one");
        waitFor("the alternative's results", () -> !results.isBusy() && results.getEvaluation() != null
                && results.getEvaluation().cost().monthly().value() != baselineMonthly);
        // 25 more API instances in each of two regions cost more each month.
        assertThat(results.getEvaluation().cost().monthly().value()).isGreaterThan(baselineMonthly);
        assertThat(robot.lookup(".verdict").queryLabeled().getText()).isNotEqualTo(baselineVerdict);

        robot.press(KeyCode.CONTROL).type(KeyCode.OPEN_BRACKET).release(KeyCode.CONTROL);
        assertThat(model.variantProperty().get()).isEqualTo("baseline");
    }

    @Test
    void compareViewListsTheTemplatesThreeVariantsSideBySide(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        CompareWindow compare = window.compare();
        waitFor("the comparison", () -> compare.view().table() != null);
        assertThat(compare.stage().isShowing()).isTrue();
        ComparisonTable table = compare.view().table();
        assertThat(table.columns()).extracting(ComparisonTable.Column::id)
                .containsExactly("baseline", "n-plus-one", "single-region");
        // What a reader sees: a header per variant and the recommendation line.
        assertThat(robot.lookup(".compare-variant-name").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("Baseline: Two-region active-active", "75 API instances in each region",
                        "Everything in us-east-1");
        assertThat(robot.lookup("#compare-recommendation").queryLabeled().getText()).startsWith("Recommendation: ");

        // "Show on the map" of a column puts that variant in the main window.
        robot.clickOn(robot.lookup(".compare-show").nth(1).queryAs(Node.class));
        assertThat(model.variantProperty().get()).isEqualTo("single-region");

        // Esc closes it, as the Close button does (it had neither).
        robot.interact(() -> compare.stage().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(compare.stage().isShowing()).as("closed by Esc").isFalse();
        robot.interact(compare::show);
        robot.clickOn("#compare-close");
        assertThat(compare.stage().isShowing()).as("closed by its button").isFalse();
    }
}
