package io.meridian.app.edit;

import io.meridian.app.log.ErrorLog;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The running process that owns an autosave folder: its id and start instant (in {@code owner.properties}) and
 * the lock it holds on {@code owner.lock} for as long as it runs. The operating system drops that lock when the
 * process ends in any way, kill -9 included, so a held lock is the first sign of a live owner; the process id
 * and its start instant are the second, for file systems without locks, and they tell a reused id from the
 * owner.
 *
 * @param pid     the owner's process id
 * @param started when the owner started; null when the platform does not say
 */
record AutosaveOwner(long pid, Instant started) {
    static final String LOCK = "owner.lock";
    static final String FILE = "owner.properties";
    /** Start instants are read from the OS in clock ticks; the same process may read a few ms apart. */
    private static final Duration SAME_START = Duration.ofSeconds(1);

    static AutosaveOwner current() {
        ProcessHandle me = ProcessHandle.current();
        return new AutosaveOwner(me.pid(), me.info().startInstant().orElse(null));
    }

    /** True while a process with this id runs and, where both are known, started when the owner did. */
    boolean isRunning() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        // Another start instant: the id was given to a newer process after the owner ended.
        return started == null || start.isEmpty()
                || Duration.between(started, start.get()).abs().compareTo(SAME_START) <= 0;
    }

    void writeTo(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        if (started != null) {
            p.setProperty("started", started.toString());
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(out, "The Meridian process that owns this autosave folder");
        }
    }

    /** The owner recorded in a folder; empty when there is none or it cannot be read (a folder being made). */
    static Optional<AutosaveOwner> readFrom(Path folder) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
            String started = p.getProperty("started");
            return Optional.of(new AutosaveOwner(Long.parseLong(p.getProperty("pid", "")),
                    started == null ? null : Instant.parse(started)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The lock on a folder's {@code owner.lock}: held by the owner while it runs, or by another instance that has
     * claimed a dead owner's folder while it offers the autosave, so two starting instances never offer the same
     * one. {@link #held()} is false where the file system has no locks (then the process id decides).
     */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        /**
         * Creates and holds this folder's lock for its owner. Waits while an instance starting at the same moment
         * looks into the new folder (it lets go at once: there is nothing to offer in it). Where the file system
         * has no locks, the owner goes on without one and its process id alone says it runs.
         */
        static Lock own(Path folder) throws IOException {
            FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                return new Lock(channel, channel.lock());
            } catch (IOException e) {
                ErrorLog.problem("No lock on " + folder.resolve(LOCK) + " (" + e.getMessage()
                        + "); other instances will judge this one by its process id");
                return new Lock(channel, null);
            }
        }

        /**
         * Takes a folder's lock if its owner does not hold it: empty while a live owner (or another instance's
         * claim) holds it. Without a lock file, or where locking is not supported, the claim holds no lock.
         */
        static Optional<Lock> claim(Path folder) throws IOException {
            FileChannel channel;
            try {
                channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return Optional.of(new Lock(null, null));
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close(); // another process holds it
                    return Optional.empty();
                }
                return Optional.of(new Lock(channel, lock));
            } catch (OverlappingFileLockException e) {
                // Held inside this JVM. Keep the channel open: on POSIX, closing any descriptor of the file would
                // drop this process's lock on it. It is closed with this JVM.
                return Optional.empty();
            } catch (IOException e) {
                channel.close();
                return Optional.of(new Lock(null, null)); // no locks on this file system: the pid decides
            }
        }

        boolean held() {
            return lock != null && lock.isValid();
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close(); // releases the lock
            }
        }
    }
}
