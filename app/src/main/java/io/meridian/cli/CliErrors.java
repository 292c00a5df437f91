package io.meridian.cli;

import io.meridian.app.log.ErrorLog;
import io.meridian.catalog.CatalogException;
import io.meridian.exports.ExportFailedException;
import io.meridian.model.InvalidTopologyException;
import io.meridian.model.ModelException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine;

/**
 * Turns what went wrong into lines a user can act on, never a stack trace: bad input is exit 2 with one line per
 * problem; an output that cannot be written is exit 3 naming the output and the user's path; anything unexpected
 * is exit 4, one line with a hint to report it.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        int code = exitCode(ex);
        List<String> lines = lines(ex);
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            // A defect: the one line is for the user, the stack trace for the report, kept in a file.
            cl.getErr().println(last && code == MeridianCommand.INTERNAL_ERROR
                    ? lines.get(i) + "; " + keepDetails(ex, String.join(" ", parsed.originalArgs()))
                    : lines.get(i));
        }
        cl.getErr().flush();
        return code;
    }

    /** Appends the stack trace to {@code ~/.meridian/meridian-cli.log}; says where, or why it could not. */
    static String keepDetails(Exception ex, String args) {
        Path log = ErrorLog.folder().resolve("meridian-cli.log");
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " meridian " + args + System.lineSeparator() + trace,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "details for the report: " + log;
        } catch (IOException | RuntimeException e) {
            return "the details could not be kept in " + log + " (" + e.getMessage() + ")";
        }
    }

    static int exitCode(Exception ex) {
        if (ex instanceof BadInputException || ex instanceof CatalogException) {
            return MeridianCommand.BAD_INPUT;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) { // ExportFailedException included
            return MeridianCommand.CANNOT_FINISH;
        }
        return MeridianCommand.INTERNAL_ERROR;
    }

    static List<String> lines(Exception ex) {
        if (ex instanceof BadInputException bad) {
            return bad.lines();
        }
        if (ex instanceof CatalogException || ex instanceof ExportFailedException) {
            return List.of(ex.getMessage());
        }
        // The readers locate every model problem in its file; one that escapes them came from an engine or an
        // export refusing what validation accepted. That is our defect, not the user's input, so it says so.
        if (ex instanceof ModelException || ex instanceof InvalidTopologyException) {
            return List.of("internal error: a design that passed validation was refused later: "
                    + ex.getMessage().lines().findFirst().orElse("") + " (please report this with the input that caused it)");
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return List.of("i/o error: " + ex.getMessage());
        }
        return List.of("internal error: " + ex + " (please report this with the input that caused it)");
    }
}
