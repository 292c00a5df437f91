package io.meridian.cli;

import io.meridian.catalog.RegionCatalog;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.DesignTooLargeException;
import io.meridian.evaluation.Evaluator;
import io.meridian.io.DesignFormatException;
import io.meridian.io.DesignReader;
import io.meridian.latency.MeasuredRtts;
import io.meridian.model.Design;
import io.meridian.templates.Templates;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The design a command works on (a picocli mixin): a file, or a built-in template with --template ID. */
final class DesignSource {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "a meridian/1 design file (.json)")
    Path file;

    @Option(names = "--template", paramLabel = "ID", description = "a built-in design instead of a file "
            + "(see 'meridian templates')")
    String template;

    @Option(names = "--latency", paramLabel = "FILE", description = "measured RTTs for this run, a CSV "
            + "'from,to,rtt_ms[,percentile]' in catalogue ids (p50); laid over MERIDIAN_LATENCY or "
            + "~/.meridian/latency.csv pair by pair; a design's own network links still win")
    Path latency;

    /** The catalogue the design was read against (the user's), for the measured-RTT files' ids. */
    private RegionCatalog catalog;

    Design load(UserFolder user) {
        if ((file == null) == (template == null)) {
            throw new BadInputException(List.of("give either a design FILE or --template ID"));
        }
        if (template != null) {
            try {
                return Templates.load(template);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(List.of("--template: " + e.getMessage()));
            }
        }
        if (!Files.exists(file)) {
            throw new BadInputException(List.of(file + ": no such file"));
        }
        try {
            catalog = user.catalog();
            return new DesignReader(catalog).read(file);
        } catch (DesignFormatException e) {
            throw new BadInputException(e.lines());
        } catch (NoSuchFileException e) {
            throw new BadInputException(List.of(file + ": no such file"));
        } catch (AccessDeniedException e) {
            throw new BadInputException(List.of(file + ": cannot read: permission denied"));
        } catch (IOException e) {
            throw new BadInputException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    /**
     * Evaluates what {@link #load} gave with the user's prices and measured RTTs (the global file and
     * {@code --latency}, each read whole first: a bad row is one located line and nothing is evaluated). A design
     * beyond the engine's limits is refused before any work, as bad input naming the file:
     * {@code big.json: $.regions: too large to evaluate: …}.
     */
    DesignEvaluation evaluate(Design design, UserFolder user) {
        return evaluate(design, user, true);
    }

    /** The same, without the availability's importance ranking when {@code rank} is false (a command showing none). */
    DesignEvaluation evaluate(Design design, UserFolder user, boolean rank) {
        MeasuredRtts measured = user.measured(latency, () -> catalog != null ? catalog : user.catalog());
        try {
            return rank ? Evaluator.evaluate(design, user.prices(), measured)
                    : Evaluator.figures(design, user.prices(), measured);
        } catch (DesignTooLargeException e) {
            throw tooLarge(e);
        }
    }

    /**
     * Refuses, before any work, a design too large for an analysis the command will run on its baseline (and on its
     * alternatives when {@code alternatives}): the analyses' limits are lower than a single evaluation's.
     */
    void checkFor(Design design, boolean alternatives, io.meridian.evaluation.EvaluationLimits.Analysis analysis) {
        try {
            io.meridian.evaluation.EvaluationLimits.check(design.topology(), "$", analysis);
            for (int k = 0; alternatives && k < design.alternatives().size(); k++) {
                io.meridian.evaluation.EvaluationLimits.check(design.alternatives().get(k).topology(),
                        "$.alternatives[" + k + "]", analysis);
            }
        } catch (DesignTooLargeException e) {
            throw tooLarge(e);
        }
    }

    /** A design beyond a limit as one bad-input line naming where it came from. */
    BadInputException tooLarge(DesignTooLargeException e) {
        return new BadInputException(List.of((file != null ? file.toString() : "--template " + template)
                + ": " + e.getMessage()));
    }
}
