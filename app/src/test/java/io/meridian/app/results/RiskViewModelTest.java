package io.meridian.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Objectives;
import io.meridian.model.Topology;
import io.meridian.risk.RiskSettings;
import io.meridian.templates.Templates;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The Risk tab's model simulates in the background after each evaluation; a newer evaluation replaces the run under
 * way, and only its report is shown. Results are applied on the calling thread here (no FX thread needed).
 */
class RiskViewModelTest {
    private final Topology seed = Templates.load(Templates.DEFAULT_ID).topology();

    @Test
    void theReportOfTheLatestEvaluationIsShownAndBusyEndsWithIt() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (RiskViewModel model = new RiskViewModel(worker, Runnable::run,
                RiskSettings.DEFAULTS.withYears(2_000, 2_000))) {
            Evaluation first = Evaluator.evaluate(seed);
            // The same design with a looser objective, 99.9%: a budget of 525.96 min a year.
            Objectives o = seed.objectives();
            Topology looser = seed.withObjectives(new Objectives(0.999, o.rtoSeconds(), o.rpoSeconds(),
                    o.readLatencyMs(), o.writeLatencyMs(), o.monthlyBudget(), o.surviveLossOf()));
            Evaluation second = Evaluator.evaluate(looser);
            model.update(seed, first);
            model.update(looser, second);
            assertThat(model.busyProperty().get()).isTrue();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (model.busyProperty().get() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(model.busyProperty().get()).as("done within a minute").isFalse();
            assertThat(model.errorProperty().get()).isNull();
            assertThat(model.reportProperty().get().objective()).isEqualTo(0.999);
            assertThat(model.reportProperty().get().budgetMinutes()).isCloseTo(525.96, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(model.reportProperty().get().years()).isEqualTo(2_000);
            assertThat(model.topologyProperty().get()).isSameAs(looser);
            assertThat(model.progressProperty().get()).isEqualTo(1.0);

            // Another document on show, not evaluated yet: no years are shown, not the last design's.
            model.update(null, null);
            assertThat(model.reportProperty().get()).isNull();
            assertThat(model.topologyProperty().get()).isNull();
            assertThat(model.busyProperty().get()).isFalse();
        }
        assertThat(worker.isShutdown()).as("closing stops the worker").isTrue();
    }

    @Test
    void aDesignBeyondTheAnalysesLimitsIsEvaluatedButItsYearsAreRefusedInOneLine() throws Exception {
        // 301 regions: a single evaluation takes them, simulated years stop at 300 (EvaluationLimits).
        java.util.List<io.meridian.model.Region> regions = new java.util.ArrayList<>();
        for (int i = 0; i < 301; i++) {
            regions.add(new io.meridian.model.Region("r" + i, null, "r" + i, io.meridian.model.Provider.AWS,
                    new io.meridian.model.GeoPoint(-60 + i % 120, -180 + i), "", 0.9995, 4, 3));
        }
        Topology big = new Topology(regions, java.util.List.of(), java.util.List.of(), java.util.List.of(), null,
                java.util.List.of(), java.util.List.of(), null, null);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (RiskViewModel model = new RiskViewModel(worker, Runnable::run, RiskSettings.DEFAULTS)) {
            model.update(big, Evaluator.evaluate(big));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (model.busyProperty().get() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.reportProperty().get()).isNull();
            assertThat(model.errorProperty().get()).isEqualTo("Not worked out for this design: $.regions: too large "
                    + "for simulated years: 301 regions (at most 300): at least 10,000 years each judge the design's "
                    + "failures as they come (a single evaluation takes up to 1,000 regions); split the design");
        }
    }
}
