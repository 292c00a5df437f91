package io.meridian.latency;

import io.meridian.model.Assumptions;
import io.meridian.model.GeoPoint;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * The latency matrix for 100 places: 4,950 geodesic solutions for the symmetric region matrix, 10,000 for
 * 100 populations × 100 regions. Run as documented in docs/benchmarks.md; surefire skips *Benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LatencyMatrixBenchmark {
    private final LatencyModel model = new LatencyModel(Assumptions.DEFAULTS);
    // Fixed seed: every run measures the same places, spread over the inhabited latitudes.
    private final List<GeoPoint> places = places(100, new Random(42));
    private final List<GeoPoint> otherPlaces = places(100, new Random(7));

    private static List<GeoPoint> places(int n, Random random) {
        return IntStream.range(0, n)
                .mapToObj(i -> new GeoPoint(-50 + 120 * random.nextDouble(), -180 + 360 * random.nextDouble()))
                .toList();
    }

    /** Every pair of the square matrix, which solves a pair when first asked: asks for each one once. */
    @Benchmark
    public double regionMatrixOf100Places() {
        LatencyMatrix m = LatencyMatrix.square(model, places);
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                sum += m.typicalRttMs(i, j);
            }
        }
        return sum;
    }

    @Benchmark
    public LatencyMatrix populations100ToRegions100() {
        return LatencyMatrix.between(model, otherPlaces, places);
    }
}
