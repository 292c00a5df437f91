package io.meridian.app.edit;

import io.meridian.io.DesignFiles;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Autosave for crash recovery. A short while after each unsaved change the design is written, off the FX
 * thread and atomically, to {@code recovery.json} in the recovery folder, with the path of the file it
 * belongs to beside it. A clean save or a deliberate close removes it, so finding it at start-up means the
 * app did not close normally, and the design is offered back.
 */
public final class Recovery {
    /** Overrides the folder (tests, or several instances side by side). */
    public static final String DIR_PROPERTY = "meridian.recoveryDir";
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    private final Path design;
    private final Path origin;
    private final Duration delay;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "meridian-autosave");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private Snapshot latest;

    /** A design found in the recovery folder, and the file it was last saved to (null if never). */
    public record Recovered(Design design, Path origin) {
    }

    private record Snapshot(Design design, Path origin) {
    }

    public Recovery(Path folder, Duration delay) {
        this.design = folder.resolve("recovery.json");
        this.origin = folder.resolve("recovery.path");
        this.delay = delay;
    }

    /** {@code -Dmeridian.recoveryDir}, else {@code ~/.meridian}. */
    public static Path defaultFolder() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".meridian");
    }

    public Path file() {
        return design;
    }

    /** Writes this design after the delay, replacing any write still waiting. */
    public synchronized void schedule(Design value, Path savedAt) {
        latest = new Snapshot(value, savedAt);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(this::writeLatest, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes what is waiting now and returns when it is on disk. */
    public void flush() {
        try {
            writer.submit(this::writeLatest).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("Meridian: autosave failed: " + e.getMessage());
        }
    }

    /** The design is safe elsewhere (saved, or deliberately dropped): no recovery file. */
    public synchronized void discard() {
        latest = null;
        if (pending != null) {
            pending.cancel(false);
        }
        writer.submit(() -> {
            try {
                Files.deleteIfExists(design);
                Files.deleteIfExists(origin);
            } catch (IOException e) {
                System.err.println("Meridian: cannot remove the recovery file: " + e.getMessage());
            }
        });
    }

    /** The design left behind by a session that did not close normally, if any and readable. */
    public Optional<Recovered> find() {
        if (!Files.isRegularFile(design)) {
            return Optional.empty();
        }
        try {
            Design d = new DesignReader().read(design);
            Path from = null;
            if (Files.isRegularFile(origin)) {
                String text = Files.readString(origin, StandardCharsets.UTF_8).strip();
                from = text.isEmpty() ? null : Path.of(text);
            }
            return Optional.of(new Recovered(d, from));
        } catch (IOException | RuntimeException e) {
            // An unreadable recovery file helps no one; say so once and carry on.
            System.err.println("Meridian: ignoring unreadable recovery file " + design + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void writeLatest() {
        Snapshot s;
        synchronized (this) {
            s = latest;
            latest = null;
        }
        if (s == null) {
            return;
        }
        try {
            Files.createDirectories(design.getParent());
            DesignFiles.save(s.design(), design);
            Files.writeString(origin, s.origin() == null ? "" : s.origin().toAbsolutePath().toString(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Meridian: autosave to " + design + " failed: " + e.getMessage());
        }
    }
}
