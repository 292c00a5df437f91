package io.meridian.app.edit;

import io.meridian.app.log.ErrorLog;
import io.meridian.io.DesignFiles;
import io.meridian.io.DesignReader;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Autosave for crash recovery, one folder per running instance. A short while after each unsaved change the whole
 * design (every variant, the layout) is written, off the FX thread and atomically, to {@code recovery.json} in
 * this instance's folder, with a sidecar {@code recovery.properties} naming the file it belongs to and the
 * variant on show. The folder also holds its owner: the process id and start instant, and a lock the process
 * holds while it runs ({@link AutosaveOwner}).
 *
 * <p>At start-up {@link #leftBehind()} finds the autosaves whose owner is gone (lock free, process ended) and
 * claims them while they are offered; a live instance's autosave is never offered nor removed. A clean save or
 * a deliberate close removes this instance's autosave.
 */
public final class Autosave implements AutoCloseable {
    /** Overrides the folder that holds every instance's autosave folder (tests, portable installs). */
    public static final String DIR_PROPERTY = "meridian.recoveryDir";
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
    static final String DESIGN = "recovery.json";
    static final String SIDECAR = "recovery.properties";

    private final Path root;
    private final Path folder;
    private final Duration delay;
    private final AutosaveOwner owner;
    private final AutosaveOwner.Lock lock;
    private final Set<Path> claimed = new HashSet<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "meridian-autosave");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private Snapshot latest;
    private volatile Consumer<String> problems = text -> { };

    /** What is autosaved: the whole design, the variant on show, and the file it was last saved to (or null). */
    public record Snapshot(Design design, String variant, Path origin) {
    }

    /** This process's autosave folder under {@code root}; fails when the folder cannot be made. */
    public Autosave(Path root, Duration delay) throws IOException {
        this(root, delay, AutosaveOwner.current());
    }

    Autosave(Path root, Duration delay, AutosaveOwner owner) throws IOException {
        this.root = root;
        this.delay = delay;
        this.owner = owner;
        // The pid names the folder for people looking; the random part keeps two owners with one pid apart.
        this.folder = root.resolve(owner.pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(folder);
        this.lock = AutosaveOwner.Lock.own(folder);
        owner.writeTo(folder);
    }

    /** {@code -Dmeridian.recoveryDir}, else {@code ~/.meridian/autosave}. */
    public static Path defaultFolder() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".meridian", "autosave");
    }

    /** This instance's folder. */
    public Path folder() {
        return folder;
    }

    /** This instance's autosaved design (present only while there is unsaved work). */
    public Path file() {
        return folder.resolve(DESIGN);
    }

    /** Where failed background writes are told (besides standard error); called on the autosave thread. */
    public void onProblem(Consumer<String> sink) {
        problems = sink;
    }

    /** Writes this snapshot after the delay, replacing any write still waiting. */
    public synchronized void schedule(Design whole, String variant, Path savedAt) {
        latest = new Snapshot(whole, variant, savedAt);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(() -> {
            try {
                writeLatest();
            } catch (IOException | RuntimeException e) {
                report("Autosave to " + file() + " failed: " + oneLine(e));
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes what is waiting now and returns when it is on disk (or what was queued before it is done). */
    public void flush() throws IOException {
        try {
            writer.submit(() -> {
                writeLatest();
                return null;
            }).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(oneLine(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the autosave did not finish within 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while autosaving");
        }
    }

    /** The design is safe elsewhere (saved, or deliberately dropped): this instance's autosave goes. */
    public synchronized void discard() {
        latest = null;
        if (pending != null) {
            pending.cancel(false);
        }
        writer.submit(() -> {
            try {
                Files.deleteIfExists(folder.resolve(DESIGN));
                Files.deleteIfExists(folder.resolve(SIDECAR));
            } catch (IOException e) {
                report("Cannot remove the autosave " + file() + ": " + oneLine(e));
            }
        });
    }

    /**
     * Autosaves left by instances that are gone, newest first, each claimed (held against other instances) until
     * closed. Folders of gone owners with nothing to recover are removed; unreadable autosaves are reported and
     * kept.
     */
    public List<LeftBehind> leftBehind() {
        List<LeftBehind> found = new ArrayList<>();
        adoptLegacy();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path other : folders) {
                if (!other.equals(folder) && !isClaimed(other)) {
                    try {
                        claimIfGone(other, found);
                    } catch (IOException e) {
                        report("Cannot check the autosave folder " + other + ": " + oneLine(e));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            report("Cannot look for autosaves in " + root + ": " + oneLine(e));
        }
        found.sort(Comparator.comparing(LeftBehind::savedAt).reversed());
        return found;
    }

    /**
     * Meridian 0.1 kept one autosave for all instances, {@code recovery.json} and {@code recovery.path} beside
     * this root (or in it, with {@value #DIR_PROPERTY}). A crash just before the upgrade must not lose that work:
     * it moves into a folder of its own with a free lock, so it is offered like any other left-behind autosave.
     */
    private void adoptLegacy() {
        Path home = System.getProperty(DIR_PROPERTY) != null || root.getParent() == null ? root : root.getParent();
        Path legacy = home.resolve(DESIGN);
        if (!Files.isRegularFile(legacy)) {
            return;
        }
        Path adopted = root.resolve("legacy-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(adopted);
            Files.createFile(adopted.resolve(AutosaveOwner.LOCK));
            Path legacyOrigin = home.resolve("recovery.path");
            String origin = Files.isRegularFile(legacyOrigin)
                    ? Files.readString(legacyOrigin, StandardCharsets.UTF_8).strip() : "";
            Properties side = new Properties();
            side.setProperty("variant", Design.BASELINE_ID);
            side.setProperty("origin", origin);
            DesignFiles.writeAtomically(adopted.resolve(SIDECAR), out -> side.store(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8), "Meridian autosave adopted from " + legacy));
            Files.move(legacy, adopted.resolve(DESIGN));
            Files.deleteIfExists(legacyOrigin);
        } catch (NoSuchFileException e) {
            // Another instance starting at the same moment adopted it first.
        } catch (IOException | RuntimeException e) {
            report("Cannot take over the autosave " + legacy + " of an earlier Meridian: " + oneLine(e));
        }
    }

    private void claimIfGone(Path other, List<LeftBehind> found) throws IOException {
        AutosaveOwner.Lock claim = AutosaveOwner.Lock.claim(other).orElse(null);
        if (claim == null) {
            return; // its owner runs (or another instance is offering it right now)
        }
        var recorded = AutosaveOwner.readFrom(other);
        // The process decides when it is recorded (a free lock beside a running owner: keep off). Unrecorded, a
        // lock we could take says the owner is gone; without lock support we cannot tell, so it is left alone.
        boolean gone = recorded.map(o -> !o.isRunning()).orElse(claim.held());
        Path design = other.resolve(DESIGN);
        if (!gone) {
            claim.close(); // no lock support, and the recorded process still runs: it is live
        } else if (!Files.isRegularFile(design)) {
            if (recorded.isPresent()) {
                removeFolder(other, claim); // a gone owner's folder with no unsaved work: nothing to keep
            } else {
                claim.close(); // perhaps an instance making its folder this very moment
            }
        } else {
            try {
                found.add(read(other, claim));
                synchronized (claimed) {
                    claimed.add(other);
                }
            } catch (IOException | RuntimeException e) {
                claim.close();
                String why = oneLine(e);
                report("An autosave left by an earlier session cannot be read and is kept: "
                        + (why.contains(design.toString()) ? why : design + ": " + why));
            }
        }
    }

    private LeftBehind read(Path other, AutosaveOwner.Lock claim) throws IOException {
        Path design = other.resolve(DESIGN);
        Design d = new DesignReader().read(design);
        Properties side = new Properties();
        try (Reader in = Files.newBufferedReader(other.resolve(SIDECAR), StandardCharsets.UTF_8)) {
            side.load(in);
        } catch (NoSuchFileException e) {
            // Killed between writing the design and its sidecar: the baseline on show, no file yet.
        }
        String origin = side.getProperty("origin");
        return new LeftBehind(this, other, claim, d, side.getProperty("variant", Design.BASELINE_ID),
                origin == null || origin.isBlank() ? null : Path.of(origin),
                Files.getLastModifiedTime(design).toInstant());
    }

    private boolean isClaimed(Path other) {
        synchronized (claimed) {
            return claimed.contains(other);
        }
    }

    void released(Path other) {
        synchronized (claimed) {
            claimed.remove(other);
        }
    }

    /**
     * The app is closing: once queued writes are done, this instance's folder goes, unless unsaved work is still
     * autosaved in it (the user was not asked, or the window did not close normally); then only the lock is let
     * go, and the next start offers that work.
     */
    @Override
    public void close() {
        writer.shutdown(); // a write still waiting runs first
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                report("The autosave in " + folder + " did not finish within 10 s; it is kept");
                lock.close();
            } else if (Files.exists(file())) {
                lock.close();
            } else {
                removeFolder(folder, lock);
            }
        } catch (IOException e) {
            report("Cannot remove the autosave folder " + folder + ": " + oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets go of the lock without removing anything, as a killed process does (tests). */
    void crash() throws IOException {
        writer.shutdownNow();
        lock.close();
    }

    AutosaveOwner owner() {
        return owner;
    }

    static void removeFolder(Path other, AutosaveOwner.Lock claim) throws IOException {
        // The content first, so no instance ever sees a free lock beside a design it could offer twice.
        Files.deleteIfExists(other.resolve(DESIGN));
        Files.deleteIfExists(other.resolve(SIDECAR));
        Files.deleteIfExists(other.resolve(AutosaveOwner.FILE));
        claim.close();
        Files.deleteIfExists(other.resolve(AutosaveOwner.LOCK));
        Files.deleteIfExists(other);
    }

    private void writeLatest() throws IOException {
        Snapshot s;
        synchronized (this) {
            s = latest;
            latest = null;
        }
        if (s == null) {
            return;
        }
        Files.createDirectories(folder);
        DesignFiles.save(s.design(), folder.resolve(DESIGN));
        Properties side = new Properties();
        side.setProperty("variant", s.variant() == null ? Design.BASELINE_ID : s.variant());
        side.setProperty("origin", s.origin() == null ? "" : s.origin().toAbsolutePath().toString());
        side.setProperty("pid", Long.toString(owner.pid()));
        DesignFiles.writeAtomically(folder.resolve(SIDECAR), out -> side.store(
                new OutputStreamWriter(out, StandardCharsets.UTF_8), "Meridian autosave of " + DESIGN));
    }

    void report(String problem) {
        ErrorLog.problem(problem);
        problems.accept(problem);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return m.lines().findFirst().orElse(m);
    }
}
