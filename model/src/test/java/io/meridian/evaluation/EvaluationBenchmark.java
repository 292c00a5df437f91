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
 * 3-region design and of a 30-region, 300-component, 50-population design, warm (mode sample gives the median); and
 * of a design at the region and component limits of {@link EvaluationLimits}: 300 regions, 3,000 components, 300
 * populations, 300 datasets (seconds per run, so single shots). Surefire skips *Benchmark; see docs/benchmarks.md
 * for how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
    private final Topology three = BenchmarkDesigns.threeRegions();
    private final Topology large = BenchmarkDesigns.large();
    private final Topology atTheLimit = BenchmarkDesigns.large(EvaluationLimits.MAX_REGIONS, 300, 42);

    @Benchmark
    public Evaluation threeRegions() {
        return Evaluator.evaluate(three);
    }

    @Benchmark
    public Evaluation thirtyRegions300Components50Populations() {
        return Evaluator.evaluate(large);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Evaluation threeHundredRegions3000Components300Populations() {
        return Evaluator.evaluate(atTheLimit);
    }
}
