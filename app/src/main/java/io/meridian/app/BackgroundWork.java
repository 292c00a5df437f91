package io.meridian.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Runs one long job at a time (an export) on a daemon thread, and holds it while it runs so the status bar can
 * show its message and progress. The FX thread only starts the job and receives its outcome.
 */
public final class BackgroundWork {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meridian-background-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BooleanBinding running = Bindings.createBooleanBinding(() -> current.get() != null, current);

    /** The job running now; null when none. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return current.get() != null;
    }

    /**
     * Starts a job; {@code done} gets its value and {@code failed} its exception, both on the FX thread.
     * Refused (false) while another job runs.
     */
    public <T> boolean start(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        if (isRunning()) {
            return false;
        }
        current.set(task);
        task.setOnSucceeded(e -> {
            current.set(null);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            current.set(null);
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> current.set(null));
        thread.execute(task);
        return true;
    }
}
