package io.meridian.search;

import io.meridian.evaluation.BenchmarkDesigns;
import io.meridian.model.Topology;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One design-search candidate on one thread, in milliseconds: the time an exhaustive search of the sizings of the
 * 30-region, 300-component, 50-population design (spares 0–3 on four service tiers, 256 candidates) and of the same
 * at 100 regions and 1,000 components (three tiers, 64 candidates) takes per candidate with one search thread. Each
 * search starts cold, so the structure's reports (worked out once for its sizings) are in the figure. Issue 16's
 * single-threaded targets (5 ms, 30 ms) beside its rate on both cores ({@link SearchBenchmark}). Surefire skips
 * *Benchmark; see docs/benchmarks.md for how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class SearchCandidateBenchmark {
    private final Topology thirty = BenchmarkDesigns.large(30, 50, 42);
    private final Topology hundred = BenchmarkDesigns.large(100, 50, 42);
    private final SearchSpace thirtySizings = new SearchSpace(SearchBenchmark.spares(thirty, 4));
    private final SearchSpace hundredSizings = new SearchSpace(SearchBenchmark.spares(hundred, 3));
    private final SearchSettings oneThread = SearchSettings.DEFAULTS.withExhaustiveUpTo(256).withMaxSeconds(3_600)
            .withThreads(1);

    @Benchmark
    @OperationsPerInvocation(256)
    public SearchResult thirtyRegionsPerCandidate() {
        return DesignSearch.cheapest(thirty, thirtySizings, oneThread, DesignSearch.Progress.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(64)
    public SearchResult hundredRegionsPerCandidate() {
        return DesignSearch.cheapest(hundred, hundredSizings, oneThread, DesignSearch.Progress.NONE);
    }
}
