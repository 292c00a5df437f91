package io.meridian.evaluation;

import io.meridian.model.Topology;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full evaluation — latency, recovery, availability, capacity, cost, consistency, findings, objectives — of a
 * 3-region design, of a 30-region, 300-component, 50-population design and of the same at 100 regions and 1,000
 * components (issue 16 asks how it grows from 30 to 100 regions), warm (mode sample gives the median); and
 * of two large ones (seconds per run, so single shots): 300 regions, 3,000 components, 300 populations, 300 datasets
 * (the analyses' limits), and the design at every limit of {@link EvaluationLimits}: 1,000 regions, 10,000
 * components, 100 populations × 1,000 datasets. Surefire skips *Benchmark; see docs/benchmarks.md
 * for how to run it.
 *
 * <p>A long warm-up, as in the search's benchmark: the optimising compiler takes 30–40 s of a fresh JVM to compile
 * the engines. With 3 × 2 s the 30-region median was 51 ms where the same jar measures 19–20 ms warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class EvaluationBenchmark {
    private final Topology three = BenchmarkDesigns.threeRegions();
    private final Topology large = BenchmarkDesigns.large();
    private final Topology hundred = BenchmarkDesigns.large(100, 50, 42);
    private final Topology threeHundred = BenchmarkDesigns.large(300, 300, 42);
    private final Topology atTheLimits = BenchmarkDesigns.thousandRegions();

    @Benchmark
    public Evaluation threeRegions() {
        return Evaluator.evaluate(three);
    }

    @Benchmark
    public Evaluation thirtyRegions300Components50Populations() {
        return Evaluator.evaluate(large);
    }

    @Benchmark
    public Evaluation hundredRegions1000Components50Populations() {
        return Evaluator.evaluate(hundred);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Evaluation threeHundredRegions3000Components300Populations() {
        return Evaluator.evaluate(threeHundred);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Evaluation thousandRegions10000Components100Populations() {
        return Evaluator.evaluate(atTheLimits);
    }
}
