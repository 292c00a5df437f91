package io.meridian.io;

import io.meridian.model.Design;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Saving designs so that a crash or a failed write never leaves half a file behind. */
public final class DesignFiles {
    private DesignFiles() {
    }

    /** Writes the canonical form to a temp file beside {@code target}, then moves it over {@code target}. */
    public static void save(Design design, Path target) throws IOException {
        writeAtomically(target, out -> DesignWriter.write(design, out));
    }

    /** Produces a file's bytes; may fail midway, in which case the target is left untouched. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Same folder, so the final move is a rename within one file system.
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before the rename makes it the file
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
