package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Design;
import java.io.ByteArrayOutputStream;

/** Quick wall-clock timing of the 300-component export, for profiling by hand (the JMH benchmark is the measure). */
public final class ExportTiming {
    private ExportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Design design = LargeDesigns.of300Components();
        DesignEvaluation evaluation = Evaluator.evaluate(design);
        for (int i = 0; i < 8; i++) {
            long t0 = System.nanoTime();
            Reports.xlsx(design, evaluation, new ByteArrayOutputStream());
            long t1 = System.nanoTime();
            Reports.pdf(design, evaluation, new ByteArrayOutputStream());
            long t2 = System.nanoTime();
            System.out.printf("xlsx %d ms, pdf %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
