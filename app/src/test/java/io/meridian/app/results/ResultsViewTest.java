package io.meridian.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Topology;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results view in a headless stage, fed with evaluations whose numbers are worked out by hand. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
    private static Topology topology;
    private static Evaluation evaluation;

    private volatile Function<Topology, Evaluation> engine = t -> evaluation;
    private final List<List<String>> selectionRequests = new CopyOnWriteArrayList<>();
    private ResultsViewModel model;
    private ResultsView view;

    @BeforeAll
    static void samples() {
        topology = SampleEvaluations.template();
        evaluation = HandMadeReports.evaluation();
    }

    @Start
    void start(Stage stage) {
        model = new ResultsViewModel(t -> engine.apply(t), Executors.newSingleThreadScheduledExecutor(),
                Duration.ofMillis(20), Platform::runLater);
        model.setOnSelectionRequested(selectionRequests::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ResultsView(model);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private void evaluate(FxRobot robot) {
        robot.interact(() -> model.evaluateNow(topology));
    }

    private void open(FxRobot robot, String tab) {
        robot.interact(() -> view.select(tab));
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void showsTheVerdictAndEachObjectiveWithItsExplanation(FxRobot robot) {
        assertThat(robot.lookup(".verdict").queryLabeled().getText()).isEqualTo("No results yet");
        evaluate(robot);
        Label verdict = robot.lookup(".results-top .verdict").queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo("FAIL: misses 1 of 2 objectives (rto)");
        assertThat(verdict.getStyleClass()).contains("fail");
        // Targets: availability is a floor (≥ 99.99%), RTO a ceiling (≤ 60 s).
        assertThat(texts(robot, ".results-table .results-cell")).contains("≥ 99.99%", "≤ 60 s", "122 s", "✘ fail",
                "✔ pass");
        Label rto = robot.lookup(".results-cell").match(n -> "122 s".equals(((Label) n).getText())).queryAs(Label.class);
        assertThat(Cells.explanation(rto)).startsWith("RTO = 122.0 s = read RTO + promotion (read RTO=92");
        // The tooltip itself is made when the pointer first enters the figure.
        assertThat(rto.getTooltip()).isNull();
        robot.moveTo(rto);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rto.getTooltip().getText()).isEqualTo(Cells.explanation(rto));
    }

    @Test
    void drawsTheLatencyMatrixAsAHeatMapWithMsInEachCell(FxRobot robot) {
        evaluate(robot);
        open(robot, "Latency");
        Label far = cell(robot, "use1→euw1");
        assertThat(far.getText()).isEqualTo("88");
        // 87.5 ms of a 200 ms scale: hue 120 × (1 − 87.5 / 200) = 67.5° (yellow-green); 0 ms is pure green.
        assertThat(fill(far).getHue()).isCloseTo(67.5, within(0.5));
        assertThat(fill(cell(robot, "use1→use1")).getHue()).isCloseTo(120, within(0.5));
        assertThat(cell(robot, "use1→use1").getText()).isEqualTo("0");
        assertThat(cell(robot, "east-coast→use1").getText()).isEqualTo("6.5");
        assertThat(cell(robot, "east-coast→euw1").getText()).isEqualTo("91");
        // The tooltip explains the cell from the design's assumptions: 57 × 1.5 + 2 = 87.5 ms.
        assertThat(Cells.explanation(far)).startsWith("US East (N. Virginia) (use1) → euw1")
                .contains("typical RTT = 87.50 ms = floorRtt × routeInflation + overheadRtt (floorRtt=57.0000");
        assertThat(HeatMap.colour(400).getHue()).isCloseTo(0, within(0.5));
    }

    @Test
    void showsAvailabilityWithNinesAndDowntimeSideBySide(FxRobot robot) {
        evaluate(robot);
        open(robot, "Availability");
        // Static 1 − 0.0005² = 99.999975%: 2.5e-7 × 525,960 = 0.13 min/yr, −log10(2.5e-7) = 6.6 nines.
        // With failover 99.99%: 1e-4 × 525,960 = 52.6 → 53 min/yr, 4.0 nines.
        assertThat(texts(robot, ".results-cell .label")).containsSubsequence("99.999975%",
                "6.6 nines · 0.13 min/yr", "99.99%", "4.0 nines · 53 min/yr");
        assertThat(texts(robot, ".results-cell")).contains("East Coast users");
        assertThat(texts(robot, ".results-cell")).contains("US East (N. Virginia)", "26 min/yr");
    }

    @Test
    void plotsTheRecoveryCurveForReadsAndWrites(FxRobot robot) {
        evaluate(robot);
        open(robot, "Recovery");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup(".recovery-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactly("Reads (100% at 92 s)", "Writes (100% at 122 s)");
        // Points (0, 50%), (30, 50%), (92, 100%), then held flat to 1.15 × 122 = 140.3 s.
        XYChart.Series<Number, Number> reads = chart.getData().get(0);
        assertThat(reads.getData()).extracting(d -> d.getXValue().doubleValue())
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                .containsExactly(0.0, 30.0, 92.0, 140.3);
        assertThat(reads.getData()).extracting(d -> d.getYValue().doubleValue())
                .containsExactly(50.0, 50.0, 100.0, 100.0);
        assertThat(texts(robot, ".results-cell")).contains("Detection", "30 s", "Promotion (Orders and accounts)");
    }

    @Test
    void marksOverloadsInRedWithTheirCascadeAndTheInstancesNeeded(FxRobot robot) {
        evaluate(robot);
        open(robot, "Capacity");
        assertThat(texts(robot, ".utilisation.overloaded")).containsExactly("150%", "150%");
        assertThat(texts(robot, ".utilisation.above-target")).contains("90%");
        assertThat(texts(robot, ".cascade")).containsExactly("cascade: euw1 fails; 7,500 rps unserved",
                "cascade: use1 fails; 7,500 rps unserved");
        assertThat(texts(robot, ".results-cell.fail")).contains("+58");
    }

    @Test
    void showsCostTotalsAndEachDatasetsBehaviourUnderPartition(FxRobot robot) {
        evaluate(robot);
        open(robot, "Cost");
        // Downtime: (1 − 0.9999) × 8,766 h = 0.88 h a year.
        assertThat(texts(robot, ".results-cell")).contains("Monthly total", "Total cost per year")
                .anyMatch(t -> t.startsWith("Expected downtime / year (0.88 h at $"));
        open(robot, "Consistency");
        assertThat(texts(robot, ".consistency-card .label")).containsSubsequence("Orders and accounts",
                "single primary · PC/EC", "blocks writes", "no", "risk", "—",
                "Sessions", "multi primary · PA/EL", "loses writes", "no", "no", "12.5 s");
        assertThat(robot.lookup(".consistency-value.fail").queryAll()).hasSize(2);
    }

    @Test
    void clickingAFindingAsksToSelectItsElements(FxRobot robot) {
        evaluate(robot);
        assertThat(view.tabs().getTabs().get(1).getText()).isEqualTo("Findings (2, 1 ✘)");
        open(robot, "Findings");
        Node first = robot.lookup(".finding-row").match(n -> n.lookup(".severity-error") != null).query();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectionRequests).containsExactly(List.of("db-use1", "db-usw2"));
    }

    @Test
    void aNewEvaluationKeepsTheReadersPlaceInTheTab(FxRobot robot) {
        evaluate(robot);
        open(robot, "Recovery");
        robot.interact(() -> ((ScrollPane) view.tabs().getSelectionModel().getSelectedItem().getContent())
                .setVvalue(0.6));
        evaluate(robot);
        ScrollPane now = (ScrollPane) view.tabs().getSelectionModel().getSelectedItem().getContent();
        assertThat(now.getVvalue()).isEqualTo(0.6);
    }

    @Test
    void anEngineErrorShowsOneLineAndNoStackTrace(FxRobot robot) throws Exception {
        engine = t -> {
            throw new UnsupportedOperationException("availability engine not written yet");
        };
        robot.interact(() -> model.submit(topology));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".results-error").queryLabeled().isVisible());
        assertThat(robot.lookup(".results-error").queryLabeled().getText())
                .isEqualTo("⚠ Cannot evaluate this design: availability engine not written yet");
        assertThat(robot.lookup(".verdict").queryLabeled().getText()).isEqualTo("No results yet");

        engine = t -> evaluation;
        robot.interact(() -> model.submit(topology));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".results-error").queryLabeled()
                .isVisible());
        assertThat(robot.lookup(".verdict").queryLabeled().getText()).startsWith("FAIL");
    }

    @Test
    void rendersTheRealEngineOnTheTemplateInEveryTab(FxRobot robot) {
        engine = Evaluator::evaluate;
        evaluate(robot);
        assertThat(robot.lookup(".results-error").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup(".results-top .verdict").queryLabeled().getText()).matches("(PASS|FAIL).*");
        for (javafx.scene.control.Tab tab : view.tabs().getTabs()) {
            robot.interact(() -> view.tabs().getSelectionModel().select(tab));
            assertThat(tab.getContent()).as(tab.getText()).isNotNull();
        }
        // Two regions and two populations: 2 × 2 region cells, 2 × 2 population cells, 5 legend swatches.
        assertThat(robot.lookup(".heat-cell").queryAll()).hasSize(13);
        assertThat(texts(robot, ".results-cell")).contains("East Coast users", "West Coast users");
    }

    private static Label cell(FxRobot robot, String fromTo) {
        return robot.lookup(".heat-cell").match(n -> fromTo.equals(n.getUserData())).queryAs(Label.class);
    }

    private static Color fill(Label l) {
        BackgroundFill f = l.getBackground().getFills().get(0);
        return (Color) f.getFill();
    }
}
