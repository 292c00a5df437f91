package io.meridian.cli;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.DesignTooLargeException;
import io.meridian.exports.Provenance;
import io.meridian.exports.ReportOutput;
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
import io.meridian.risk.RiskEngine;
import io.meridian.risk.RiskReport;
import io.meridian.uncertainty.UncertaintyEngine;
import io.meridian.uncertainty.UncertaintyReport;
import io.meridian.uncertainty.UncertaintySettings;
import java.util.Map;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code meridian export FILE|--template ID --xlsx OUT --pdf OUT}: the decision reports, headless. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the decision reports of a design: an Excel workbook and/or a PDF. Both are written "
                + "to temporary files beside their targets and renamed only once both are complete (workbook "
                + "first), so a failure replaces neither and never leaves half a file.",
        footer = {"%nExamples:", "  meridian export design.json --xlsx review.xlsx --pdf review.pdf",
                "  meridian export --template ledger-2pc --pdf ledger.pdf"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @ParentCommand
    MeridianCommand root;

    @Option(names = "--xlsx", paramLabel = "OUT", description = "write the Excel workbook here")
    Path xlsx;

    @Option(names = "--pdf", paramLabel = "OUT", description = "write the PDF report here")
    Path pdf;

    @Option(names = "--no-risk", description = "leave out the Risk page and sheet (the simulated years, and the "
            + "sampling of ranges on the inputs, take seconds)")
    boolean noRisk;

    @picocli.CommandLine.Mixin
    RiskOptions risk;

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
        Design design = source.load(root.user());
        try {
            Reports.checkSize(design); // before the evaluation, which can take a while at that size
        } catch (DesignTooLargeException e) {
            throw source.tooLarge(e);
        }
        DesignEvaluation evaluation = source.evaluate(design, root.user());
        List<ReportOutput> outputs = new ArrayList<>();
        if (xlsx != null) {
            outputs.add(new ReportOutput(ReportOutput.Format.XLSX, xlsx, "--xlsx"));
        }
        if (pdf != null) {
            outputs.add(new ReportOutput(ReportOutput.Format.PDF, pdf, "--pdf"));
        }
        // A failure is an ExportFailedException naming the option, the user's path and why: exit 3 (CliErrors).
        Map<String, RiskReport> risks = noRisk ? Map.of() : Map.of(Design.BASELINE_ID, RiskEngine.evaluate(
                design.topology(), evaluation.baseline(), risk.settings()));
        Map<String, UncertaintyReport> ranges = noRisk || design.uncertainties().isEmpty() ? Map.of()
                : Map.of(Design.BASELINE_ID, UncertaintyEngine.evaluate(design, Design.BASELINE_ID,
                        UncertaintySettings.DEFAULTS, root.user().catalog(), root.user().prices()));
        // Page 1 and the Summary sheet say which file (and which bytes) the reports are of; a template by its id.
        java.time.Clock clock = java.time.Clock.systemUTC();
        Provenance provenance = source.file != null ? Provenance.ofFile(source.file, clock)
                : Provenance.ofDesign("template:" + source.template, design, clock);
        Reports.write(design, evaluation, risks, ranges, provenance, outputs);
        PrintWriter out = spec.commandLine().getOut();
        for (ReportOutput o : outputs) {
            out.println("wrote " + o.target() + " (" + Files.size(o.target()) + " bytes)");
        }
        out.println("verdict: " + evaluation.baseline().verdict().summary());
        return MeridianCommand.OK;
    }

    private static void check(Path target, String extension, String option, List<String> problems) {
        if (target == null) {
            return;
        }
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            problems.add(option + " " + target + ": the file name should end in " + extension);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            problems.add(option + " " + target + ": no such folder " + dir);
        } else if (Files.isDirectory(target)) {
            problems.add(option + " " + target + ": is a folder, not a file");
        }
    }
}
