package io.meridian.cli;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.exports.Reports;
import io.meridian.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meridian export FILE|--template ID --xlsx OUT --pdf OUT}: the decision reports, headless. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the decision reports of a design: an Excel workbook and/or a PDF. Each file is "
                + "written to a temporary file beside the target and renamed, so a failure never leaves half a file.",
        footer = {"%nExamples:", "  meridian export design.json --xlsx review.xlsx --pdf review.pdf",
                "  meridian export --template ledger-2pc --pdf ledger.pdf"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @Option(names = "--xlsx", paramLabel = "OUT", description = "write the Excel workbook here")
    Path xlsx;

    @Option(names = "--pdf", paramLabel = "OUT", description = "write the PDF report here")
    Path pdf;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> problems = new ArrayList<>();
        if (xlsx == null && pdf == null) {
            problems.add("give --xlsx OUT, --pdf OUT or both");
        }
        check(xlsx, ".xlsx", "--xlsx", problems);
        check(pdf, ".pdf", "--pdf", problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        Design design = source.load();
        DesignEvaluation evaluation = Evaluator.evaluate(design, DesignSource.prices());
        PrintWriter out = spec.commandLine().getOut();
        if (xlsx != null) {
            Reports.writeXlsx(design, evaluation, xlsx);
            out.println("wrote " + xlsx + " (" + Files.size(xlsx) + " bytes)");
        }
        if (pdf != null) {
            Reports.writePdf(design, evaluation, pdf);
            out.println("wrote " + pdf + " (" + Files.size(pdf) + " bytes)");
        }
        out.println("verdict: " + evaluation.baseline().verdict().summary());
        return MeridianCommand.OK;
    }

    private static void check(Path target, String extension, String option, List<String> problems) {
        if (target == null) {
            return;
        }
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            problems.add(option + ": " + target + ": the file name should end in " + extension);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            problems.add(option + ": " + target + ": no such folder " + dir);
        } else if (Files.isDirectory(target)) {
            problems.add(option + ": " + target + ": is a folder, not a file");
        }
    }
}
