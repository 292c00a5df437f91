package io.meridian.risk;

import io.meridian.availability.AvailabilityEngine;
import io.meridian.availability.AvailabilityReport;
import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.evaluation.BenchmarkDesigns;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import io.meridian.recovery.RecoveryEngine;
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
 * Issue 13's target: 10,000 simulated years of the 30-region / 300-component design in ≤ 2 s on a 2-core machine,
 * both cores used. The evaluation it starts from (capacity, failover timings, the exact availability) is worked out
 * once in the setup: the app and the command line have it already when they ask for the risk. Run as the
 * EvaluationBenchmark (docs/benchmarks.md): {@code org.openjdk.jmh.Main RiskBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RiskBenchmark {
    private Topology large;
    private FailoverTimings timings;
    private CapacityReport capacity;
    private AvailabilityReport exact;
    private final RiskSettings tenThousandYears = RiskSettings.DEFAULTS.withYears(10_000, 10_000).withThreads(2);

    @Setup
    public void evaluateOnce() {
        large = BenchmarkDesigns.large(30, 50, 42);
        timings = RecoveryEngine.evaluate(large).failover();
        capacity = CapacityEngine.evaluate(large);
        exact = AvailabilityEngine.evaluate(large, timings, capacity);
    }

    Topology large() {
        return large;
    }

    FailoverTimings timings() {
        return timings;
    }

    CapacityReport capacity() {
        return capacity;
    }

    AvailabilityReport exact() {
        return exact;
    }

    @Benchmark
    public RiskReport thirtyRegionsTenThousandYears() {
        return RiskEngine.evaluate(large, timings, capacity, exact, 0.9999, tenThousandYears);
    }
}
