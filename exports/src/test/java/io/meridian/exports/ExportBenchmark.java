package io.meridian.exports;

import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Design;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exporting a 300-component design (10 regions × 30 components) to both formats, evaluation done beforehand: the
 * cost of File → Export once the results are on screen. Target: ≤ 3 s for both. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {
    private Design design;
    private DesignEvaluation evaluation;

    @Setup
    public void setUp() {
        design = LargeDesigns.of300Components();
        evaluation = Evaluator.evaluate(design);
    }

    @Benchmark
    public int xlsxAndPdfOf300Components() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream(1 << 20);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        Reports.xlsx(design, evaluation, xlsx);
        Reports.pdf(design, evaluation, pdf);
        return xlsx.size() + pdf.size();
    }

    @Benchmark
    public int xlsxOf300Components() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream(1 << 20);
        Reports.xlsx(design, evaluation, xlsx);
        return xlsx.size();
    }

    @Benchmark
    public int pdfOf300Components() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        Reports.pdf(design, evaluation, pdf);
        return pdf.size();
    }
}
