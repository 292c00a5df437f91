package io.meridian.app.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where the desktop app writes down what went wrong: {@code ~/.meridian/meridian.log} (rotated at 1 MB, three
 * files kept). The user is told each problem plainly where it happens; this file keeps the details (for an
 * internal error, the stack trace) so a report can be made from it. Until {@link #install} runs (tests, the
 * command line) entries go to standard error only.
 */
public final class ErrorLog {
    /** Overrides the folder of the log file (tests, portable installs). */
    public static final String DIR_PROPERTY = "meridian.logDir";
    static final String FILE_PATTERN = "meridian%g.log";
    private static final Logger LOG = Logger.getLogger("io.meridian.app");
    private static volatile Path installedAt;

    private ErrorLog() {
    }

    /** {@code -Dmeridian.logDir}, else {@code ~/.meridian}. */
    public static Path folder() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".meridian");
    }

    /**
     * Starts writing to the log file and routes uncaught exceptions there, then to {@code uncaught} (which tells
     * the user). Returns the problem, in words, when the file cannot be opened: the app runs on without it.
     */
    public static synchronized Optional<String> install(Consumer<Throwable> uncaught) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            internal("Uncaught on thread " + thread.getName(), e);
            uncaught.accept(e);
        });
        if (installedAt != null) {
            return Optional.empty();
        }
        Path dir = folder();
        try {
            Files.createDirectories(dir);
            FileHandler file = new FileHandler(dir.resolve(FILE_PATTERN).toString(), 1 << 20, 3, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new LineFormatter());
            LOG.addHandler(file);
            installedAt = dir.resolve(FILE_PATTERN.replace("%g", "0"));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("The log file in " + dir + " cannot be written (" + e.getMessage() + ")");
        }
    }

    /** The current log file, once installed. */
    public static Optional<Path> file() {
        return Optional.ofNullable(installedAt);
    }

    /** A problem the user has been told about (a file that cannot be read, an autosave that failed). */
    public static void problem(String text) {
        LOG.warning(text);
    }

    /** A defect or an unexpected failure: the message and the whole stack trace. */
    public static void internal(String text, Throwable e) {
        LOG.log(Level.SEVERE, text, e);
    }

    /** One line per entry: time, level, message; then the stack trace, if any. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter trace = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
