package io.meridian.app.results;

import io.meridian.app.log.ErrorText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.Evaluation;
import io.meridian.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The view-model without a toolkit: results are "applied on the FX thread" through a plain executor, and the
 * engine is a function the test controls, so debounce, staleness and errors can be forced deterministically.
 */
class ResultsViewModelTest {
    private static Topology twoRegions;
    private static Topology oneRegion;
    private static Evaluation evalTwo;
    private static Evaluation evalOne;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final List<Topology> evaluated = new CopyOnWriteArrayList<>();
    private ResultsViewModel model;

    @BeforeAll
    static void samples() {
        twoRegions = SampleEvaluations.template();
        oneRegion = twoRegions.without("usw2");
        evalTwo = SampleEvaluations.of(twoRegions);
        evalOne = SampleEvaluations.of(oneRegion);
    }

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
    }

    private ResultsViewModel model(Function<Topology, Evaluation> engine, Duration debounce) {
        model = new ResultsViewModel(t -> {
            evaluated.add(t);
            return engine.apply(t);
        }, worker, debounce, Runnable::run);
        return model;
    }

    private Evaluation sample(Topology t) {
        return t == twoRegions ? evalTwo : evalOne;
    }

    /** Waits until the model is idle again; the latch gives the test thread a view of the worker's writes. */
    private static void awaitIdle(ResultsViewModel m) throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        m.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                idle.countDown();
            }
        });
        if (m.isBusy()) {
            assertThat(idle.await(5, TimeUnit.SECONDS)).as("evaluation finished").isTrue();
        }
    }

    @Test
    void aBurstOfEditsIsEvaluatedOnceWithTheLastTopology() throws Exception {
        // Debounce 300 ms: five submits in a tight loop take microseconds, so only the fifth survives.
        ResultsViewModel m = model(this::sample, Duration.ofMillis(300));
        for (int i = 0; i < 4; i++) {
            m.submit(twoRegions);
        }
        m.submit(oneRegion);
        assertThat(m.isBusy()).isTrue();
        awaitIdle(m);
        assertThat(evaluated).containsExactly(oneRegion);
        assertThat(m.getEvaluation()).isSameAs(evalOne);
        assertThat(m.evaluatedTopologyProperty().get()).isSameAs(oneRegion);
        assertThat(m.getError()).isNull();
    }

    @Test
    void aResultOvertakenByANewerSubmitIsNeverApplied() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ResultsViewModel m = model(t -> {
            if (t == twoRegions) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return sample(t);
        }, Duration.ofMillis(10));
        List<Evaluation> applied = Collections.synchronizedList(new ArrayList<>());
        m.evaluationProperty().addListener((obs, old, now) -> applied.add(now));

        m.submit(twoRegions);
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        // The engine is busy with the old topology when the edit arrives.
        m.submit(oneRegion);
        releaseFirst.countDown();
        awaitIdle(m);

        assertThat(evaluated).containsExactly(twoRegions, oneRegion);
        assertThat(applied).containsExactly(evalOne);
        assertThat(m.getEvaluation()).isSameAs(evalOne);
    }

    @Test
    void anEngineFailureBecomesOneLineAndKeepsTheLastGoodResult() throws Exception {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ResultsViewModel m = model(t -> {
            if (failure.get() != null) {
                throw failure.get();
            }
            return sample(t);
        }, Duration.ofMillis(10));
        m.submit(twoRegions);
        awaitIdle(m);
        assertThat(m.getEvaluation()).isSameAs(evalTwo);

        failure.set(new IllegalStateException("wrapped", new UnsupportedOperationException(
                "availability engine not written yet")));
        m.submit(oneRegion);
        awaitIdle(m);
        assertThat(m.getError()).isEqualTo("wrapped");
        assertThat(m.getEvaluation()).as("last good result stays").isSameAs(evalTwo);
        assertThat(m.evaluatedTopologyProperty().get()).isSameAs(twoRegions);

        failure.set(null);
        m.submit(oneRegion);
        awaitIdle(m);
        assertThat(m.getError()).isNull();
        assertThat(m.getEvaluation()).isSameAs(evalOne);
    }

    @Test
    void aDesignTooLargeOrAFullHeapIsSaidInOneLineAndTheResultsDoNotStayBusy() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ResultsViewModel m = model(t -> {
            Throwable f = failure.get();
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
            return sample(t);
        }, Duration.ofMillis(10));
        failure.set(new io.meridian.evaluation.DesignTooLargeException("$.regions",
                "too large to evaluate: 301 regions (at most 300)"));
        m.submit(twoRegions);
        awaitIdle(m);
        assertThat(m.getError()).isEqualTo(
                "This design is beyond what Meridian evaluates: $.regions: too large to evaluate: 301 regions (at most 300)");

        failure.set(new OutOfMemoryError("Java heap space"));
        m.submit(oneRegion);
        awaitIdle(m);
        assertThat(m.isBusy()).isFalse();
        assertThat(m.getError()).startsWith("Out of memory evaluating this design (Java heap of ")
                .endsWith("MB): start Meridian with more, e.g. MERIDIAN_JAVA_OPTS=-Xmx4g");
    }

    @Test
    void errorTextIsTheFirstMessageOnOneLineOrTheExceptionName() {
        assertThat(ErrorText.oneLine(new RuntimeException(null, new UnsupportedOperationException(
                "recovery engine not written yet")))).isEqualTo("recovery engine not written yet");
        assertThat(ErrorText.oneLine(new IllegalArgumentException("  no region 'x'\n\tat somewhere\n")))
                .isEqualTo("no region 'x'");
        assertThat(ErrorText.oneLine(new IllegalArgumentException("a   b\tc"))).isEqualTo("a b c");
        assertThat(ErrorText.oneLine(new ArithmeticException())).isEqualTo("ArithmeticException");
        // 300 characters are cut to 239 and an ellipsis: 240 in all.
        String cut = ErrorText.oneLine(new RuntimeException("x".repeat(300)));
        assertThat(cut).hasSize(ErrorText.MAX_LENGTH).endsWith("…");
    }

    @Test
    void evaluateNowAppliesAtOnceAndCancelsAPendingSubmit() throws Exception {
        ResultsViewModel m = model(this::sample, Duration.ofMillis(200));
        m.submit(twoRegions);
        m.evaluateNow(oneRegion);
        assertThat(m.getEvaluation()).isSameAs(evalOne);
        assertThat(m.isBusy()).isFalse();
        // The pending submit would have run after 200 ms; give it 400 ms to prove it does not.
        Thread.sleep(400);
        assertThat(evaluated).containsExactly(oneRegion);
        assertThat(m.getEvaluation()).isSameAs(evalOne);
    }

    @Test
    void aFindingAsksTheHostToSelectItsElements() {
        ResultsViewModel m = model(this::sample, Duration.ofMillis(10));
        List<List<String>> requests = new ArrayList<>();
        m.requestSelection(evalTwo.findings().get(0));
        m.setOnSelectionRequested(requests::add);
        m.requestSelection(evalTwo.findings().get(0));
        m.requestSelection(evalTwo.findings().get(0));
        // Each click reaches the host, even the same finding twice (no "changed" filter in between).
        assertThat(requests).containsExactly(List.of("db-use1", "db-usw2"), List.of("db-use1", "db-usw2"));
    }

    @Test
    void theRealEngineEvaluatesTheBuiltInTemplate() {
        try (ResultsViewModel real = new ResultsViewModel()) {
            real.evaluateNow(twoRegions);
            assertThat(real.getError()).isNull();
            Evaluation e = real.getEvaluation();
            assertThat(e.latency().regions().rowIds()).containsExactly("use1", "usw2");
            // Ashburn (39.0458, −77.4874) – Boardman (45.8399, −119.7006): Vincenty on WGS84 3,511.1 km, floor RTT
            // 2 × 3511.1 / 200 = 35.11 ms; corridor North America within (1.682, 1 ms): 35.11 × 1.682 + 1 = 60.06 ms.
            assertThat(e.latency().regions().floorRttMs().get(0).get(1)).isCloseTo(35.11, within(0.2));
            assertThat(e.latency().regions().typicalRttMs().get(0).get(1)).isCloseTo(60.06, within(0.3));
            assertThat(e.availability().populations()).extracting(p -> p.populationId())
                    .containsExactly("east-coast", "west-coast");
            // The template states availability, RTO, RPO and survive-loss objectives: four results, one verdict.
            assertThat(e.objectives()).extracting(o -> o.objective())
                    .containsExactlyInAnyOrder("availability", "rto", "rpo", "survive-loss");
            assertThat(e.verdict().total()).isEqualTo(4);
            assertThat(e.consistency().datasets()).extracting(d -> d.datasetId()).containsExactly("orders", "sessions");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
