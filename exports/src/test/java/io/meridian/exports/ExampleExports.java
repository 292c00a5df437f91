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
        Reports.writeXlsx(design, evaluation, out.resolve("two-region-active-active.xlsx"));
        Reports.writePdf(design, evaluation, out.resolve("two-region-active-active.pdf"));
    }
}
