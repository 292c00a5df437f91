package io.meridian.cli;

import io.meridian.catalog.CatalogException;
import io.meridian.exports.ExportFailedException;
import io.meridian.model.InvalidTopologyException;
import io.meridian.model.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        for (String line : lines(ex)) {
            cl.getErr().println(line);
        }
        cl.getErr().flush();
        return exitCode(ex);
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
