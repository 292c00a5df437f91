package io.meridian.search;

import io.meridian.evaluation.BenchmarkDesigns;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
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
 * Evaluations per second in the design search on the 30-region, 300-component, 50-population design, both cores:
 * one operation is an exhaustive search of 256 candidates (so evaluations/s = 256 ÷ the time per operation).
 * {@code sizings}: spares 0–3 on four service tiers (one structure: the structure's reports are shared);
 * {@code structures}: spares 0–3 on three tiers × asynchronous or semi-synchronous on two replication links (4
 * structures, each sized 64 ways). Surefire skips *Benchmark; see docs/benchmarks.md for how to run it.
 *
 * <p>A long warm-up: the optimising compiler takes 30–40 s of a fresh JVM to compile the engines (single methods of
 * the availability engine take it up to a second), and until then it takes one of the two cores. With two warm-up
 * seconds, as before, the figures were those of the compiler's first seconds, half the steady rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class SearchBenchmark {
    private static final int CANDIDATES = 256;
    private final Topology design = BenchmarkDesigns.large(30, 50, 42);
    private final SearchSpace sizings = new SearchSpace(spares(design, 4));
    private final SearchSpace structures = structureSpace();
    private final SearchSettings settings = SearchSettings.DEFAULTS.withExhaustiveUpTo(CANDIDATES)
            .withMaxSeconds(3_600);

    /** Spares 0–3 on the design's first {@code tiers} service tiers (also {@link SearchCandidateBenchmark}'s space). */
    static List<SearchChoice> spares(Topology design, int tiers) {
        List<SearchChoice> out = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.spec() instanceof ComponentSpec.Service && out.size() < tiers) {
                out.add(new SearchChoice.SpareInstances(c.id(), 3));
            }
        }
        return out;
    }

    private SearchSpace structureSpace() {
        List<SearchChoice> out = new ArrayList<>(spares(design, 3));
        design.links().stream().filter(l -> l.mode() != null).limit(2).forEach(l -> out.add(
                new SearchChoice.Replication(l.id(), List.of(ReplicationMode.ASYNC, ReplicationMode.SEMI_SYNC))));
        return new SearchSpace(out);
    }

    @Benchmark
    public SearchResult sizings() {
        return DesignSearch.cheapest(design, sizings, settings, DesignSearch.Progress.NONE);
    }

    @Benchmark
    public SearchResult structures() {
        return DesignSearch.cheapest(design, structures, settings, DesignSearch.Progress.NONE);
    }
}
