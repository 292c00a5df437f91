package io.meridian.io;

import io.meridian.model.Design;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.UUID;

/**
 * Saving designs so that a crash or a failed write never leaves half a file behind, and a replaced file keeps
 * its permissions, owner and group.
 */
public final class DesignFiles {
    private DesignFiles() {
    }

    /** Writes the canonical form to a temp file beside {@code target}, then moves it over {@code target}. */
    public static void save(Design design, Path target) throws IOException {
        writeAtomically(target, out -> DesignWriter.write(design, out));
    }

    /** Produces a file's bytes; may fail midway, in which case the target is left untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a temp file beside {@code target}, forces it to disk, then renames it over the
     * target. An existing target's POSIX permissions (and owner and group, where the user may set them) carry
     * over; a new file gets what any newly created file gets (the umask applies).
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Same folder, so the final move is a rename within one file system. Created as an ordinary file, not
        // with createTempFile (owner-only 0600), so a new design gets the permissions any new file would.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before the rename makes it the file
            }
            keepAttributesOf(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives the temp file the permissions, group and owner of the file it replaces; nothing on non-POSIX. */
    private static void keepAttributesOf(Path target, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (old == null || now == null || !Files.exists(target)) {
            return; // a new file, or a file system without POSIX attributes: the defaults are right
        }
        PosixFileAttributes was = old.readAttributes();
        PosixFileAttributes is = now.readAttributes();
        // Owner and group first: changing them may clear set-id bits, which the permissions then restore.
        if (!was.group().equals(is.group())) {
            try {
                now.setGroup(was.group());
            } catch (FileSystemException notPermitted) {
                // Only root or a member of that group may; the file then keeps the saving user's group, as any
                // editor's save would. The permissions below still carry over.
            }
        }
        if (!was.owner().equals(is.owner())) {
            try {
                now.setOwner(was.owner());
            } catch (FileSystemException notPermitted) {
                // Only root may give a file away; a non-root save keeps its own ownership (as above).
            }
        }
        now.setPermissions(was.permissions());
    }
}
