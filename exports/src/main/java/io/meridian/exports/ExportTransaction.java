package io.meridian.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every report of one export or none: each is rendered to a temporary file beside its target (same folder,
 * so the rename is atomic on one file system) and forced to disk; only when all are written are they renamed onto
 * their targets, in the order given. A render that fails removes every temporary file and renames nothing; a
 * rename that fails puts back the files the earlier renames replaced (kept as hard links until the end).
 *
 * <p>What a kill can still do: the renames are two system calls, so a kill between them leaves the first output
 * new and the second old. Each file is always whole (old or new), never half-written. Temporary files a killed
 * export leaves behind are named {@code .review.pdf.meridian-<pid>-<random>.tmp}; the next export into that
 * folder removes those whose process is no longer alive, or that are over an hour old (a reused pid).
 */
final class ExportTransaction {
    /** A temporary file of ours this old is stale even if its pid is alive again (pids get reused). */
    static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final Pattern OURS = Pattern.compile("^\\..+\\.meridian-(\\d{1,19})-[0-9a-f]{1,32}\\.tmp$");
    /** Before this naming, temporary files carried a UUID and no pid; only their age tells they are stale. */
    private static final Pattern LEGACY = Pattern.compile(
            "^\\..+\\.(pdf|xlsx)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp$",
            Pattern.CASE_INSENSITIVE);
    /** The longest file name in bytes on ext4, XFS, APFS and NTFS (in UTF-16 units there, fewer than bytes). */
    private static final int MAX_NAME_BYTES = 255;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportTransaction() {
    }

    /** What renders one output; may throw, in which case no output of the export is replaced. */
    @FunctionalInterface
    interface Renderer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One output and how to render it. */
    record Step(ReportOutput output, Renderer renderer) {
    }

    static void run(List<Step> steps) throws ExportFailedException {
        Set<Path> targets = new HashSet<>();
        Set<Path> dirs = new LinkedHashSet<>();
        for (Step s : steps) {
            Path target = s.output().target().toAbsolutePath();
            if (!targets.add(target)) {
                throw new ExportFailedException(s.output(), "is named twice in one export", null);
            }
            dirs.add(target.getParent());
        }
        Instant now = Instant.now();
        for (Path dir : dirs) {
            cleanStale(dir, now);
        }
        List<Path> temps = new ArrayList<>();
        List<Backup> backups = new ArrayList<>();
        try {
            for (Step s : steps) {
                temps.add(render(s));
            }
            for (Step s : steps) {
                backups.add(backup(s.output().target().toAbsolutePath()));
            }
            for (int i = 0; i < steps.size(); i++) {
                rename(steps, temps, backups, i);
            }
        } finally {
            temps.forEach(ExportTransaction::deleteQuietly);
            backups.forEach(b -> deleteQuietly(b.link()));
        }
        for (Path dir : dirs) {
            forceQuietly(dir);
        }
    }

    private static Path render(Step s) throws ExportFailedException {
        ReportOutput output = s.output();
        Path target = output.target().toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = tempFor(target);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                s.renderer().writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temp);
            return temp;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ExportFailedException(output, ExportFailedException.describe(e, temp, output.target()), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * What a target held before the export.
     *
     * @param existed whether there was a file at all
     * @param link    a hard link to it, so a later failed rename can put it back; null when there was none or the
     *                file system has no hard links (then that output cannot be put back)
     */
    private record Backup(boolean existed, Path link) {
    }

    private static Backup backup(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return new Backup(false, null);
        }
        try {
            return new Backup(true, Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    ? Files.createLink(tempFor(target), target) : null);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new Backup(true, null);
        }
    }

    /**
     * Renames output i into place. Should that fail (a rename can, where creating the temporary file did not: the
     * target's own name too long, a folder put in its place), the outputs already renamed get their old files back,
     * so a failure still replaces nothing.
     */
    private static void rename(List<Step> steps, List<Path> temps, List<Backup> backups, int i)
            throws ExportFailedException {
        ReportOutput output = steps.get(i).output();
        try {
            move(temps.get(i), output.target().toAbsolutePath());
        } catch (IOException e) {
            String reason = ExportFailedException.describe(e, temps.get(i), output.target());
            List<String> kept = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (!restore(steps.get(j).output().target().toAbsolutePath(), backups.get(j))) {
                    kept.add(steps.get(j).output().target().toString());
                }
            }
            if (!kept.isEmpty()) {
                reason += " (" + String.join(", ", kept) + " already replaced)";
            }
            throw new ExportFailedException(output, reason, e);
        }
    }

    /** Puts back what the target held before the export: its old file, or nothing. True when that worked. */
    private static boolean restore(Path target, Backup backup) {
        try {
            if (backup.link() != null) {
                move(backup.link(), target);
            } else if (!backup.existed()) {
                Files.deleteIfExists(target);
            } else {
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * {@code .review.pdf.meridian-<pid>-<random>.tmp}: hidden, ours, and its owner checkable after a crash. The
     * target's name is shortened when needed so the whole stays within the 255 bytes most file systems allow: a
     * target name that is itself allowed must not fail for its temporary file's sake.
     */
    static Path tempFor(Path target) {
        String random = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        String suffix = ".meridian-" + ProcessHandle.current().pid() + "-" + random + ".tmp";
        String name = target.getFileName().toString();
        int room = MAX_NAME_BYTES - 1 - suffix.length();
        while (name.getBytes(StandardCharsets.UTF_8).length > room) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return target.resolveSibling("." + name + suffix);
    }

    /**
     * Removes our temporary files in the folder that no export is still writing: the pid in the name is not a
     * live process, or the file is older than {@link #STALE_AFTER}. Best effort: a folder that cannot be listed or
     * a file that cannot be removed is left as it is. Returns how many were removed.
     */
    static int cleanStale(Path dir, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher ours = OURS.matcher(name);
                boolean mine = ours.matches();
                if (!mine && !LEGACY.matcher(name).matches()) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                boolean old = attributes.lastModifiedTime().toInstant().isBefore(now.minus(STALE_AFTER));
                if (old || mine && !alive(ours.group(1))) {
                    removed += Files.deleteIfExists(file) ? 1 : 0;
                }
            }
        } catch (IOException | SecurityException e) {
            // Cleaning is a courtesy; the export itself does not depend on it.
        }
        return removed;
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A report that replaces a file keeps that file's permissions (a shared 0644 report stays 0644). */
    private static void keepPermissions(Path target, Path temp) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null && Files.isRegularFile(target)) {
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                Files.setPosixFilePermissions(temp, permissions);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // The new file keeps the permissions any new file gets.
        }
    }

    /** Makes the renames durable: on Linux a folder's entries reach the disk when the folder is forced. */
    private static void forceQuietly(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder (Windows); the rename is still atomic there.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next export's clean-up, which recognises the name.
        }
    }
}
