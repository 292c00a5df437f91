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
import io.meridian.exports.DiagramText;
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

    @Option(names = "--mermaid", paramLabel = "OUT", description = "write the design as a Mermaid flowchart in "
            + "Markdown (OUT.md)")
    Path mermaid;

    @Option(names = "--plantuml", paramLabel = "OUT", description = "write a PlantUML deployment diagram (OUT.puml)")
    Path plantuml;

    @Option(names = "--structurizr", paramLabel = "OUT", description = "write a Structurizr DSL workspace with a "
            + "deployment view (OUT.dsl)")
    Path structurizr;

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
        if (xlsx == null && pdf == null && mermaid == null && plantuml == null && structurizr == null) {
            problems.add("give --xlsx OUT, --pdf OUT or a diagram (--mermaid, --plantuml, --structurizr)");
        }
        check(xlsx, ".xlsx", "--xlsx", problems);
        check(pdf, ".pdf", "--pdf", problems);
        check(mermaid, ".md", "--mermaid", problems);
        check(plantuml, ".puml", "--plantuml", problems);
        check(structurizr, ".dsl", "--structurizr", problems);
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
        PrintWriter out = spec.commandLine().getOut();
        if (!outputs.isEmpty()) {
            writeReports(design, evaluation, outputs, out);
        }
        // After the reports, each whole or not at all; a failure names its option and exits 3 like a report's.
        diagram(out, "--mermaid", mermaid, () -> DiagramText.mermaid(design.name(), design.topology(),
                evaluation.baseline()));
        diagram(out, "--plantuml", plantuml, () -> DiagramText.plantuml(design.name(), design.topology(),
                evaluation.baseline()));
        diagram(out, "--structurizr", structurizr, () -> DiagramText.structurizr(design.name(), design.topology(),
                evaluation.baseline()));
        out.println("verdict: " + evaluation.baseline().verdict().summary());
        return MeridianCommand.OK;
    }

    private void writeReports(Design design, DesignEvaluation evaluation, List<ReportOutput> outputs, PrintWriter out)
            throws IOException {
        // A failure is an ExportFailedException naming the option, the user's path and why: exit 3 (CliErrors).
        Map<String, RiskReport> risks = noRisk ? Map.of() : Map.of(Design.BASELINE_ID, RiskEngine.evaluate(
                design.topology(), evaluation.baseline(), risk.settings(), LongRunNotice.years(
                        spec.commandLine().getErr(), Design.BASELINE_ID, risk.settings().minYears())));
        Map<String, UncertaintyReport> ranges = noRisk || design.uncertainties().isEmpty() ? Map.of()
                : Map.of(Design.BASELINE_ID, UncertaintyEngine.evaluate(design, Design.BASELINE_ID,
                        UncertaintySettings.DEFAULTS, root.user().catalog(), root.user().prices(),
                        LongRunNotice.ranges(spec.commandLine().getErr(), Design.BASELINE_ID)));
        // Page 1 and the Summary sheet say which file (and which bytes) the reports are of; a template by its id.
        java.time.Clock clock = java.time.Clock.systemUTC();
        Provenance provenance = source.file != null ? Provenance.ofFile(source.file, clock)
                : Provenance.ofDesign("template:" + source.template, design, clock);
        Reports.write(design, evaluation, risks, ranges, provenance, outputs);
        for (ReportOutput o : outputs) {
            out.println("wrote " + o.target() + " (" + Files.size(o.target()) + " bytes)");
        }
    }

    /** Writes one diagram, whole or not at all (the same atomic replace as a design file). */
    private static void diagram(PrintWriter out, String option, Path target,
            java.util.function.Supplier<String> text) throws IOException {
        if (target == null) {
            return;
        }
        String content = text.get();
        DiagramText.write(option, target, content);
        out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
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
