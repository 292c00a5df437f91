package io.meridian.capacity;

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
 * The whole capacity evaluation of a 30-region, 300-component, 50-population design: 30 + 3 + 2 scenarios
 * with their cascades and both instance plans. Surefire skips *Benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CapacityEngineBenchmark {
    private final Topology design = LargeDesign.of(30, 50, 42);

    @Benchmark
    public CapacityReport evaluate30Regions300Components50Populations() {
        return CapacityEngine.evaluate(design);
    }
}
