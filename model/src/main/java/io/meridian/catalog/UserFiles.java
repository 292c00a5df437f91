package io.meridian.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How the data catalogues (regions, prices) find and read the user's own file: the one named by an environment
 * variable, which must exist (a typo there should not pass silently), else {@code ~/.meridian/<name>} when present.
 */
public final class UserFiles {
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
            if (!Files.isRegularFile(file)) {
                throw CatalogException.file(file.toString(), "no such file (named by " + envVar + ")", null);
            }
            return Optional.of(file);
        }
        Path file = defaultFile(home, fileName);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Parses a UTF-8 file with {@code parse(reader, sourceName)}; a missing or unreadable file is one
     * {@link CatalogException} naming the path.
     */
    public static <T> T read(Path file, BiFunction<Reader, String, T> parse) {
        String source = file.toString();
        try {
            return parse.apply(Files.newBufferedReader(file, StandardCharsets.UTF_8), source);
        } catch (NoSuchFileException e) {
            throw CatalogException.file(source, "no such file", e);
        } catch (IOException e) {
            throw CatalogException.file(source, "cannot read: " + e.getMessage(), e);
        }
    }
}
