package io.meridian.app.results;

import io.meridian.app.log.ErrorLog;
import io.meridian.app.log.ErrorText;
import io.meridian.evaluation.Evaluation;
import io.meridian.model.Design;
import io.meridian.uncertainty.UncertaintyEngine;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.UncertaintySettings;
import io.meridian.model.Topology;
import io.meridian.risk.RiskEngine;
import io.meridian.risk.RiskReport;
import io.meridian.risk.RiskSettings;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Risk tab's state: the simulated years of the latest evaluation, worked out on a background thread after
 * each evaluation arrives. An edit meanwhile cancels the run and starts another; the last report stays on show
 * (marked as being recomputed) until the new one is in, so editing is never blocked and nothing flickers.
 */
public final class RiskViewModel implements AutoCloseable {
    private final ExecutorService worker;
    private final Executor fxThread;
    private final RiskSettings settings;
    private final AtomicLong latest = new AtomicLong();
    private Future<?> running;
    private final ReadOnlyObjectWrapper<RiskReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<UncertaintyReport> uncertainty = new ReadOnlyObjectWrapper<>(this,
            "uncertainty");

    /** The app's: a daemon thread below normal priority, results applied on the FX thread. */
    public RiskViewModel() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "meridian-risk-runner");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }), Platform::runLater, RiskSettings.DEFAULTS);
    }

    /** With the threads and settings given (tests). */
    public RiskViewModel(ExecutorService worker, Executor fxThread, RiskSettings settings) {
        this.worker = worker;
        this.fxThread = fxThread;
        this.settings = settings;
    }

    /** A new evaluation of {@code t}: drop the run under way, if any, and simulate its years. */
    public void update(Topology t, Evaluation e) {
        update(t, e, null, null);
    }

    /**
     * The same; then, when {@code document} (the whole design, as saved) has ranges on the inputs of {@code variantId},
     * sample them too: intervals, tornadoes and what flips the verdict.
     */
    public void update(Topology t, Evaluation e, Design document, String variantId) {
        long ticket = latest.incrementAndGet();
        if (running != null) {
            running.cancel(true);
        }
        if (t == null || e == null) {
            // No evaluation (another document is on show until its own is in): no simulated years either.
            report.set(null);
            topology.set(null);
            uncertainty.set(null);
            error.set(null);
            busy.set(false);
            progressText.set("");
            return;
        }
        busy.set(true);
        progress.set(0);
        progressText.set("Simulating years…");
        running = worker.submit(() -> {
            try {
                RiskReport r = RiskEngine.evaluate(t, e, settings, (done, atMost) -> fxThread.execute(() -> {
                    if (ticket == latest.get()) {
                        progress.set((double) done / atMost);
                        progressText.set(String.format(java.util.Locale.ROOT, "Simulating years… %,d so far "
                                + "(stops when the mean is known to ±2%%, at most %,d)", done, atMost));
                    }
                }));
                fxThread.execute(() -> apply(ticket, t, r, null));
                UncertaintyReport ranges = null;
                if (document != null && !document.uncertainties().isEmpty()) {
                    fxThread.execute(() -> {
                        if (ticket == latest.get()) {
                            busy.set(true);
                            progressText.set("Sampling the ranges on the inputs…");
                        }
                    });
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    ranges = UncertaintyEngine.evaluate(document, variantId, UncertaintySettings.DEFAULTS,
                            catalog(), prices());
                }
                UncertaintyReport done = ranges;
                fxThread.execute(() -> {
                    if (ticket == latest.get()) {
                        uncertainty.set(done);
                        busy.set(false);
                        progressText.set("");
                    }
                });
            } catch (CancellationException ignored) {
                // A newer evaluation took over: its run reports instead.
            } catch (io.meridian.evaluation.DesignTooLargeException x) {
                // Not a defect: the design is evaluated, but too large to simulate or sample in reasonable time.
                fxThread.execute(() -> refused(ticket, x.getMessage()));
            } catch (RuntimeException | OutOfMemoryError x) {
                // The evaluation passed, so the simulation failing on it is our defect: keep the details.
                ErrorLog.internal("Simulated years failed", x);
                String line = x instanceof OutOfMemoryError ? "out of memory" : ErrorText.oneLine(x);
                fxThread.execute(() -> apply(ticket, t, null, line));
            }
        });
    }

    private void apply(long ticket, Topology t, RiskReport r, String problem) {
        if (ticket != latest.get()) {
            return;
        }
        if (r != null) {
            topology.set(t);
            report.set(r);
        }
        error.set(problem == null ? null : "The simulated years could not be worked out: " + problem
                + " (details in " + ErrorLog.folder() + ")");
        busy.set(false);
        progressText.set("");
    }

    /** The design is beyond the analyses' limits: said as it is, nothing logged (the user's design, not a defect). */
    private void refused(long ticket, String message) {
        if (ticket != latest.get()) {
            return;
        }
        error.set("Not worked out for this design: " + message);
        busy.set(false);
        progressText.set("");
    }

    /** What the ranges on the inputs do (null when the design has none). */
    public ReadOnlyObjectProperty<UncertaintyReport> uncertaintyProperty() {
        return uncertainty.getReadOnlyProperty();
    }

    private static io.meridian.catalog.RegionCatalog catalog() {
        try {
            return io.meridian.catalog.RegionCatalog.forUser();
        } catch (RuntimeException e) {
            return io.meridian.catalog.RegionCatalog.builtin();
        }
    }

    private static io.meridian.cost.PriceCatalog prices() {
        try {
            return io.meridian.cost.PriceCatalog.forUser();
        } catch (RuntimeException e) {
            return io.meridian.cost.PriceCatalog.builtin();
        }
    }

    public ReadOnlyObjectProperty<RiskReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The topology the report on show was simulated for (its names). */
    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Share of the most years there can be that are done, 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public void close() {
        latest.incrementAndGet();
        if (running != null) {
            running.cancel(true);
        }
        worker.shutdownNow();
    }
}
