package io.meridian.app.results;

import io.meridian.app.log.ErrorLog;
import io.meridian.app.log.ErrorText;
import io.meridian.evaluation.DesignTooLargeException;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.evaluation.Finding;
import io.meridian.model.Provider;
import io.meridian.model.Topology;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The live results of the open design, free of controls. {@link #submit} on every edit: after a quiet spell of
 * {@link #DEFAULT_DEBOUNCE} the engine runs on a background thread, and only the result of the latest submit is
 * applied (on the FX thread); results of topologies superseded meanwhile are thrown away. When the engine
 * throws, {@link #errorProperty()} says why in one line and the last good evaluation stays on show.
 *
 * <p>Call {@link #submit}, {@link #evaluateNow} and {@link #requestSelection} on the FX thread; the properties
 * change only there.
 */
public final class ResultsViewModel implements AutoCloseable {
    /** Long enough to swallow the edits of one drag or a burst of typing, short enough to feel live. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);

    private final Function<Topology, Evaluation> evaluator;
    private final ScheduledExecutorService worker;
    private final long debounceMillis;
    private final Executor fxThread;
    /** Bumped by every submit; a result is applied only if its number is still the latest. */
    private final AtomicLong latest = new AtomicLong();
    private ScheduledFuture<?> pending;

    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<Topology> evaluatedTopology =
            new ReadOnlyObjectWrapper<>(this, "evaluatedTopology");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<WhatIfScenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private Consumer<List<String>> onSelectionRequested = ids -> { };

    /** The real engine ({@link Evaluator#evaluate(Topology)}) on its own daemon thread. */
    public ResultsViewModel() {
        this(Evaluator::evaluate);
    }

    /** Another evaluation function (e.g. one variant of a design), on its own daemon thread. */
    public ResultsViewModel(Function<Topology, Evaluation> evaluator) {
        this(evaluator, newWorker(), DEFAULT_DEBOUNCE, Platform::runLater);
    }

    /**
     * Everything injected, for tests: the worker that runs the engine, the debounce, and where results are
     * applied (the FX thread in the app; a plain executor in tests that run without a toolkit).
     */
    ResultsViewModel(Function<Topology, Evaluation> evaluator, ScheduledExecutorService worker, Duration debounce,
                     Executor fxThread) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.debounceMillis = debounce.toMillis();
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    private static ScheduledExecutorService newWorker() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meridian-evaluation");
            t.setDaemon(true);
            // The engine must never compete with the FX thread for a core while the user drags.
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /** Schedules an evaluation of this topology, replacing any not yet started; busy until its result is in. */
    public void submit(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        long ticket = latest.incrementAndGet();
        cancelPending();
        busy.set(true);
        pending = worker.schedule(() -> evaluate(ticket, topology), debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Evaluates on the calling thread at once and applies the result (tests, exports, first frame). */
    public void evaluateNow(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        long ticket = latest.incrementAndGet();
        cancelPending();
        apply(ticket, topology, run(topology));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void evaluate(long ticket, Topology topology) {
        if (ticket != latest.get()) {
            return;
        }
        Outcome outcome = run(topology);
        fxThread.execute(() -> apply(ticket, topology, outcome));
    }

    private Outcome run(Topology topology) {
        try {
            return new Outcome(evaluator.apply(topology), null);
        } catch (DesignTooLargeException e) {
            return new Outcome(null, "This design is beyond what Meridian evaluates: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // The topology passed validation, so an engine that throws on it is our defect: keep the details.
            ErrorLog.internal("Evaluation failed", e);
            return new Outcome(null, ErrorText.oneLine(e));
        } catch (OutOfMemoryError e) {
            // What filled the heap is unreachable once we are here; without this the results would stay busy.
            ErrorLog.problem("Out of memory evaluating the design");
            return new Outcome(null, "Out of memory evaluating this design (Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): start Meridian with more, e.g. "
                    + "MERIDIAN_JAVA_OPTS=-Xmx4g");
        }
    }

    private void apply(long ticket, Topology topology, Outcome outcome) {
        if (ticket != latest.get()) {
            return;
        }
        if (outcome.evaluation() != null) {
            // Topology first: views redraw when the evaluation changes and read the names from the topology.
            evaluatedTopology.set(topology);
            evaluation.set(outcome.evaluation());
        }
        error.set(outcome.error());
        busy.set(false);
    }

    /**
     * Another document is on show: the last one's results go until this one's are in, so a verdict on screen is
     * never another design's (a 1,000-region design takes seconds; its predecessor's verdict stood meanwhile).
     */
    public void forgetResults() {
        evaluation.set(null);
        evaluatedTopology.set(null);
        error.set(null);
    }

    /** The result of the latest topology that evaluated; null until one has. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public Evaluation getEvaluation() {
        return evaluation.get();
    }

    /** The topology {@link #evaluationProperty()} was computed from (names of regions, populations, datasets). */
    public ReadOnlyObjectProperty<Topology> evaluatedTopologyProperty() {
        return evaluatedTopology.getReadOnlyProperty();
    }

    /** True from a submit until its result (or error) is applied. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Why the latest topology could not be evaluated, in one line; null when it was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /**
     * Tells the results what the main window's what-if has failed: the Capacity tab then marks the matching
     * scenario and the header says what happens. Both empty is the same as {@link #clearScenario()}.
     */
    public void showScenario(List<String> failedRegionIds, List<Provider> failedProviders) {
        WhatIfScenario now = new WhatIfScenario(failedRegionIds, failedProviders);
        scenario.set(now.isEmpty() ? null : now);
    }

    /** The what-if has been cleared: nothing is failed. */
    public void clearScenario() {
        scenario.set(null);
    }

    /** The what-if on show; null when nothing is failed. */
    public ReadOnlyObjectProperty<WhatIfScenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public WhatIfScenario getScenario() {
        return scenario.get();
    }

    /** Who selects elements on the canvas when the user asks for a finding's elements. */
    public void setOnSelectionRequested(Consumer<List<String>> handler) {
        onSelectionRequested = handler == null ? ids -> { } : handler;
    }

    /** Asks the host to select these element ids (a finding's elements, a region in a table). */
    public void requestSelection(List<String> elementIds) {
        onSelectionRequested.accept(List.copyOf(elementIds));
    }

    public void requestSelection(Finding finding) {
        requestSelection(finding.elementIds());
    }

    /** Also runs {@code action} when closed (what else works off this model's results: the simulated years). */
    public void onClose(Runnable action) {
        onClose.add(action);
    }

    /** Stops the worker; a result still running is dropped. */
    @Override
    public void close() {
        latest.incrementAndGet();
        cancelPending();
        worker.shutdownNow();
        onClose.forEach(Runnable::run);
    }

    private final List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record Outcome(Evaluation evaluation, String error) {
    }
}
