package io.meridian.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the data catalogues (regions, prices) find and read the user's own file: the one named by an environment
 * variable, which must exist (a typo there should not pass silently), else {@code ~/.meridian/<name>} when present.
 */
public final class UserFiles {
    /** A catalogue of every region or price there is fits in a few hundred KB; anything past this is not one. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private UserFiles() {
    }

    /** {@code <home>/.meridian/<fileName>}. */
    public static Path defaultFile(Path home, String fileName) {
        return home.resolve(".meridian").resolve(fileName);
    }

    /**
     * The user's file, if any.
     *
     * @throws CatalogException when {@code envVar} names a file that does not exist
     */
    public static Optional<Path> find(Map<String, String> env, Path home, String envVar, String fileName) {
        String named = env.get(envVar);
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named.strip());
            if (!Files.exists(file)) {
                throw CatalogException.file(file.toString(), "no such file (named by " + envVar + ")", null);
            }
            return Optional.of(file);
        }
        Path file = defaultFile(home, fileName);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The bytes of a regular file (a symlink to one is fine), at most {@code maxBytes} of them whatever size the
     * file system reports: {@code /dev/zero}, a FIFO or {@code /proc} files say 0 and never end. A FIFO, device,
     * socket or folder is refused before it is opened, because opening a FIFO with no writer blocks forever.
     * The check and the open are two steps, so a file swapped for a FIFO in between could still block; the
     * user would have to race their own file, and the byte budget bounds memory whatever is opened.
     *
     * @param refuse builds the exception for a refusal from its text ("not a regular file (a FIFO)")
     * @throws IOException when the file cannot be read (missing, permissions)
     */
    public static byte[] readBounded(Path file, long maxBytes, Function<String, RuntimeException> refuse)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw refuse.apply("not a regular file (" + kindOf(file) + ")");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw refuse.apply(String.format(Locale.ROOT, "file is too large (%.1f MB; at most %d MB)",
                    size / 1048576.0, maxBytes / 1048576));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw refuse.apply(String.format(Locale.ROOT, "file is too large (more than %d MB)",
                        maxBytes / 1048576));
            }
            return bytes;
        }
    }

    /** What a non-regular file is, for the one-line refusal. */
    static String kindOf(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        try {
            // st_mode's file type bits; only Unix file systems have them.
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /**
     * Parses a UTF-8 file with {@code parse(reader, sourceName)}; a missing or unreadable file is one
     * {@link CatalogException} naming the path.
     */
    public static <T> T read(Path file, BiFunction<Reader, String, T> parse) {
        String source = file.toString();
        try {
            byte[] bytes = readBounded(file, MAX_FILE_BYTES, problem -> CatalogException.file(source, problem, null));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return parse.apply(new StringReader(text), source);
        } catch (CharacterCodingException e) {
            throw CatalogException.file(source, "not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw CatalogException.file(source, "no such file", e);
        } catch (IOException e) {
            throw CatalogException.file(source, "cannot read: " + e.getMessage(), e);
        }
    }
}
