package io.meridian.cli;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.Severity;
import io.meridian.model.Design;
import java.io.PrintWriter;
import java.util.List;
import io.meridian.risk.RiskEngine;
import io.meridian.risk.RiskReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code meridian check FILE}: the objectives and verdict only, as an exit code for CI. Exit 0 only when nothing
 * fails: no objective misses and no error finding stands (issue 12: a gate that passed designs which lose data or
 * break residency because their objectives are met was the false PASS). A design with no objectives and no errors
 * exits 0 too (nothing to fail), and says so.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a design's objectives and error findings: exit 0 when every objective passes and no "
                + "finding is an error, 1 when an objective fails or an error finding stands (2 on bad input).",
        footer = {"%nExamples:", "  meridian check design.json && echo ready for review",
                "  meridian check --template two-region-active-active --all",
                "  meridian check design.json --risk 0.05"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @ParentCommand
    MeridianCommand root;

    @Option(names = "--all", description = "check every alternative too; fails when any variant fails")
    boolean all;

    @Option(names = "--risk", paramLabel = "P", description = "also fail when the simulated share of years that "
            + "breach the availability objective is above P (0–1, e.g. 0.05)")
    Double maxBreach;

    @Mixin
    RiskOptions risk;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), junit "
            + "(JUnit XML: objectives and error findings as test cases), sarif (SARIF 2.1.0: results at the design "
            + "file's lines) or json")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        Design design = source.load(root.user());
        if (maxBreach != null && !(maxBreach >= 0 && maxBreach <= 1)) {
            throw new BadInputException(List.of("--risk: P must be a share from 0 to 1, got " + maxBreach));
        }
        if (!List.of("text", "junit", "sarif", "json").contains(format)) {
            throw new BadInputException(List.of("--format: expected text, junit, sarif or json, got '" + format + "'"));
        }
        if (maxBreach != null) {
            source.checkFor(design, all, io.meridian.evaluation.EvaluationLimits.Analysis.YEARS);
        }
        // No output of check shows the importance ranking: left out, which saves a third of a large design's run.
        DesignEvaluation result = source.evaluate(design, root.user(), false);
        PrintWriter stdout = spec.commandLine().getOut();
        // In a machine format the text goes nowhere: standard output holds the report alone.
        PrintWriter out = format.equals("text") ? stdout : new PrintWriter(java.io.Writer.nullWriter());
        List<CheckFormats.Checked> done = new java.util.ArrayList<>();
        List<Evaluation> checked = all ? result.variants() : List.of(result.baseline());
        boolean pass = true;
        DecisionText text = new DecisionText(out);
        for (Evaluation e : checked) {
            out.println("== " + e.variantName() + (e.variantId().equals(Design.BASELINE_ID) ? ""
                    : "  (alternative '" + e.variantId() + "')"));
            text.verdict(e);
            text.objectives(e);
            long errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
            if (errors > 0) {
                out.println(errors + " error finding(s): " + e.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR).map(Finding::code).distinct().toList()
                        + " (see 'meridian evaluate')");
                out.println();
            }
            // pass: no objective fails and no finding is an error (see Verdict).
            boolean variantPass = e.verdict().pass();
            String riskLine = null;
            if (maxBreach != null) {
                java.io.StringWriter line = new java.io.StringWriter();
                boolean ok = riskPasses(new PrintWriter(line), design, e);
                out.print(line);
                riskLine = line.toString().strip();
                variantPass &= ok;
            }
            pass &= variantPass;
            done.add(new CheckFormats.Checked(e, variantPass, riskLine));
        }
        switch (format) {
            case "junit" -> stdout.print(CheckFormats.junit(design.name(), done));
            case "json" -> stdout.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    CheckFormats.json(design.name(), done)));
            case "sarif" -> stdout.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    CheckFormats.sarif(source.file != null ? source.file.toString().replace('\\', '/')
                            : "template:" + source.template, done, lines())));
            default -> {
            }
        }
        stdout.flush();
        return pass ? MeridianCommand.OK : MeridianCommand.OBJECTIVES_FAILED;
    }

    /** The line of an element's {@code "id": "…"} in the design file (1-based), 0 when not found or no file. */
    private java.util.function.Function<String, Integer> lines() {
        List<String> text;
        try {
            text = source.file == null ? List.of() : java.nio.file.Files.readAllLines(source.file);
        } catch (java.io.IOException | RuntimeException e) {
            text = List.of();
        }
        List<String> file = text;
        return id -> {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"" +
                    java.util.regex.Pattern.quote(id) + "\"");
            for (int i = 0; i < file.size(); i++) {
                if (p.matcher(file.get(i)).find()) {
                    return i + 1;
                }
            }
            return 0;
        };
    }

    /** The variant's breach share against --risk P; a design without an availability objective has none to breach. */
    private boolean riskPasses(PrintWriter out, Design design, Evaluation e) {
        io.meridian.model.Topology t = design.variants().stream().filter(v -> v.id().equals(e.variantId()))
                .findFirst().orElseThrow().topology();
        if (t.objectives().availability() == null) {
            out.println("risk: no availability objective, nothing to breach");
            out.println();
            return true;
        }
        RiskReport r = RiskEngine.evaluate(t, e, risk.settings(), LongRunNotice.years(spec.commandLine().getErr(),
                e.variantId(), risk.settings().minYears()));
        boolean ok = r.breachProbability() <= maxBreach;
        out.printf(java.util.Locale.ROOT, "risk: %s of %,d simulated years breach %s (limit %s): %s%n",
                io.meridian.model.Quantities.percent(r.breachProbability() * 100), r.years(),
                io.meridian.model.Quantities.availability(r.objective()),
                io.meridian.model.Quantities.percent(maxBreach * 100), ok ? "pass" : "FAIL");
        out.println();
        return ok;
    }
}
