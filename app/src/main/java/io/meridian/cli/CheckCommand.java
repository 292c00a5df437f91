package io.meridian.cli;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.Severity;
import io.meridian.model.Design;
import java.io.PrintWriter;
import java.util.List;
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
                "  meridian check --template two-region-active-active --all"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DesignSource source;

    @ParentCommand
    MeridianCommand root;

    @Option(names = "--all", description = "check every alternative too; fails when any variant fails")
    boolean all;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Design design = source.load(root.user());
        DesignEvaluation result = source.evaluate(design, root.user());
        PrintWriter out = spec.commandLine().getOut();
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
            pass &= e.verdict().pass();
        }
        return pass ? MeridianCommand.OK : MeridianCommand.OBJECTIVES_FAILED;
    }
}
