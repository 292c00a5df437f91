package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.model.Design;
import java.nio.file.Path;

/**
 * Regenerates the example reports under docs/examples from the two-region template. Run from the exports module
 * directory (see docs/examples/README.md); not a test.
 */
public final class ExampleExports {
    private ExampleExports() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "../docs/examples");
        Design design = Fixtures.twoRegion();
        DesignEvaluation evaluation = Fixtures.evaluate(design);
        Provenance provenance = Provenance.ofDesign("template:two-region-active-active", design,
                java.time.Clock.systemUTC());
        Reports.write(design, evaluation, java.util.Map.of(), provenance, java.util.List.of(
                new ReportOutput(ReportOutput.Format.XLSX, out.resolve("two-region-active-active.xlsx"), "workbook"),
                new ReportOutput(ReportOutput.Format.PDF, out.resolve("two-region-active-active.pdf"), "PDF")));
    }
}
