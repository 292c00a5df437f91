package io.meridian.search;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Evaluators;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.Limits;
import io.jenetics.ext.moea.MOEA;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;
import io.jenetics.util.RandomRegistry;
import io.meridian.model.Checks;
import io.meridian.model.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Design-space search: the cheapest design that meets every objective with no error finding, or the Pareto
 * frontier of total annual cost, availability and p99 write latency. A space of up to
 * {@link SearchSettings#exhaustiveUpTo()} candidates is enumerated whole (the true optimum); a larger one is searched
 * with Jenetics (a genetic algorithm for the cheapest, NSGA-style multi-objective selection for the frontier), seeded,
 * starting from the design as drawn. Either way each candidate is sized by the capacity engine (see
 * {@link Candidates}) and evaluated by the whole engine; evaluations run on the settings' threads.
 */
public final class DesignSearch {
    /** Expected downtimes within 1% of each other are a tie on the frontier. */
    static final double DOWNTIME_TIE = 0.01;
    /** Total annual costs within a dollar are a tie. */
    static final double COST_TIE = 1;
    /** p99 write latencies within 0.1 ms are a tie. */
    static final double P99_TIE_MS = 0.1;

    private static final int POPULATION = 32;
    /**
     * The evolution's own steps (selection, crossover, mutation) run on the calling thread, where the seeded random
     * is registered; only the designs' evaluations go to the pool. With the steps on the pool too (the engine's
     * default), two steps drew from one random in whichever order the threads ran, and the same seed gave
     * different frontiers from run to run.
     */
    private static final java.util.concurrent.Executor SERIAL = Runnable::run;
    private static final int STEADY_GENERATIONS = 15;
    private static final int MAX_GENERATIONS = 150;

    private DesignSearch() {
    }

    /** Told of each better design found, and how many designs were evaluated so far. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (evaluations, best) -> {
        };

        void improved(int evaluations, Suggestion best);
    }

    public static SearchResult cheapest(Topology design, SearchSpace space, SearchSettings settings,
                                        Progress progress) {
        return run(design, space, settings, progress, false);
    }

    public static SearchResult frontier(Topology design, SearchSpace space, SearchSettings settings,
                                        Progress progress) {
        return run(design, space, settings, progress, true);
    }

    private static SearchResult run(Topology design, SearchSpace space, SearchSettings settings, Progress progress,
                                    boolean frontier) {
        Checks.present(design, "design");
        Checks.present(space, "space");
        // A design too large to search is refused here, before a minute of candidates that all fail or crawl.
        io.meridian.evaluation.EvaluationLimits.check(design, "$", io.meridian.evaluation.EvaluationLimits.Analysis.SEARCH);
        long start = System.nanoTime();
        Candidates candidates = new Candidates(design, space, settings.billOnly());
        candidates.stopEvaluatingAt(start + (long) (settings.maxSeconds() * 1e9));
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "meridian-search");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Candidates.Candidate> found;
            String method;
            if (space.size() <= settings.exhaustiveUpTo()) {
                found = exhaustive(space, candidates, pool, progress, settings);
                method = space.size() == 1 ? "exhaustive: the one candidate evaluated" : String.format(Locale.ROOT,
                        "exhaustive: every one of the %,.0f candidates evaluated", space.size());
            } else if (frontier) {
                found = paretoSearch(space, candidates, pool, settings);
                method = String.format(Locale.ROOT, "Jenetics multi-objective search (seed %d, population %d, at most "
                        + "%d generations or %.0f s)", settings.seed(), POPULATION, MAX_GENERATIONS, settings.maxSeconds());
            } else {
                long deadline = start + (long) (settings.maxSeconds() * 1e9);
                found = new ArrayList<>(geneticSearch(space, candidates, pool, settings, progress));
                found.addAll(polish(space, candidates, pool, found, deadline, progress));
                method = String.format(Locale.ROOT, "Jenetics genetic search (seed %d, population %d, stops after %d "
                                + "generations without a cheaper design, at %d generations or after %.0f s), then "
                                + "one choice at a time from the best until no single change is cheaper",
                        settings.seed(), POPULATION, STEADY_GENERATIONS, MAX_GENERATIONS, settings.maxSeconds());
            }
            List<Candidates.Candidate> chosen = frontier ? pareto(found) : cheapestOf(found, candidates);
            List<Suggestion> out = new ArrayList<>();
            for (Candidates.Candidate c : chosen) {
                out.add(suggestion(frontier ? "Frontier " + (out.size() + 1) : "Cheapest passing", c, space,
                        candidates.base()));
            }
            if (out.isEmpty()) {
                // Nothing in the space passes: the closest (fewest objectives missed and errors, then cheapest), so
                // the user sees what no open choice can fix.
                found.stream().filter(c -> c.evaluation() != null)
                        .min(Comparator.comparingInt(Candidates.Candidate::failures)
                                .thenComparingDouble(candidates::cost))
                        .ifPresent(c -> out.add(suggestion("Closest (still fails)", c, space,
                                candidates.base())));
            }
            return new SearchResult(out, method, space.size(), candidates.evaluations(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Candidates.Candidate> exhaustive(SearchSpace space, Candidates candidates,
                                                         ExecutorService pool, Progress progress,
                                                         SearchSettings settings) {
        int n = (int) space.size();
        List<Future<Candidates.Candidate>> futures = new ArrayList<>(n);
        for (int index = 0; index < n; index++) {
            int[] options = decode(space, index);
            futures.add(pool.submit(() -> candidates.of(options)));
        }
        List<Candidates.Candidate> out = new ArrayList<>(n);
        double best = Double.MAX_VALUE;
        long deadline = System.nanoTime() + (long) (settings.maxSeconds() * 1e9);
        try {
            for (Future<Candidates.Candidate> f : futures) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("the search was cancelled");
                }
                if (System.nanoTime() > deadline) {
                    break; // the time is up: the best of those evaluated so far
                }
                Candidates.Candidate c = f.get();
                out.add(c);
                if (c.passes() && candidates.cost(c) < best) {
                    best = candidates.cost(c);
                    progress.improved(candidates.evaluations(), suggestion("Best so far", c, space,
                            candidates.base()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the search was cancelled");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return out;
    }

    /** The option index of each choice for candidate number {@code index} (mixed radix, the first choice fastest). */
    static int[] decode(SearchSpace space, long index) {
        int[] options = new int[space.choices().size()];
        for (int i = 0; i < options.length; i++) {
            int k = space.choices().get(i).options();
            options[i] = (int) (index % k);
            index /= k;
        }
        return options;
    }

    static Genotype<IntegerGene> genotype(SearchSpace space, int[] options) {
        List<IntegerChromosome> chromosomes = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            // Jenetics 7's integer ranges exclude their upper end: [0, options) is every option.
            int end = space.choices().get(i).options();
            chromosomes.add(options == null ? IntegerChromosome.of(0, end, 1)
                    : IntegerChromosome.of(IntegerGene.of(options[i], 0, end)));
        }
        return Genotype.of(chromosomes);
    }

    private static int[] options(Genotype<IntegerGene> g) {
        int[] out = new int[g.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.get(i).gene().intValue();
        }
        return out;
    }

    private static List<Candidates.Candidate> geneticSearch(SearchSpace space, Candidates candidates,
                                                            ExecutorService pool, SearchSettings settings,
                                                            Progress progress) {
        Engine<IntegerGene, Double> engine = new Engine.Builder<>(Evaluators.concurrent((Genotype<IntegerGene> g) ->
                        candidates.cost(candidates.of(options(g))), pool),
                        genotype(space, new int[space.choices().size()]))
                .minimizing().populationSize(POPULATION).executor(SERIAL)
                .alterers(new Mutator<>(0.25), new UniformCrossover<>(0.3)).build();
        double[] best = {Double.MAX_VALUE};
        EvolutionResult<IntegerGene, Double> result = RandomRegistry.with(new SplittableRandom(settings.seed()),
                r -> engine.stream(List.of(genotype(space, new int[space.choices().size()])))
                        .limit(Limits.bySteadyFitness(STEADY_GENERATIONS))
                        .limit(Limits.byExecutionTime(Duration.ofMillis((long) (settings.maxSeconds() * 1000))))
                        .limit(MAX_GENERATIONS)
                        .takeWhile(x -> !Thread.currentThread().isInterrupted())
                        .peek(x -> {
                            Candidates.Candidate c = candidates.of(options(x.bestPhenotype().genotype()));
                            if (c.passes() && candidates.cost(c) < best[0]) {
                                best[0] = candidates.cost(c);
                                progress.improved(candidates.evaluations(), suggestion("Best so far", c, space,
                            candidates.base()));
                            }
                        })
                        .collect(EvolutionResult.toBestEvolutionResult()));
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the search was cancelled");
        }
        return result.population().stream().map(p -> candidates.of(options(p.genotype()))).toList();
    }

    private static List<Candidates.Candidate> paretoSearch(SearchSpace space, Candidates candidates,
                                                           ExecutorService pool, SearchSettings settings) {
        Engine<IntegerGene, Vec<double[]>> engine = new Engine.Builder<>(Evaluators.concurrent(
                (Genotype<IntegerGene> g) -> {
                    Candidates.Candidate c = candidates.of(options(g));
                    // Maximised: cheaper, more available, faster writes; a failing design is dominated by its penalty.
                    return Vec.of(-candidates.cost(c), c.availability() - c.failures(),
                            -c.p99WriteMs() - Candidates.PENALTY * c.failures());
                }, pool), genotype(space, new int[space.choices().size()]))
                .populationSize(POPULATION).executor(SERIAL)
                .offspringSelector(new TournamentSelector<>(3))
                .survivorsSelector(UFTournamentSelector.ofVec())
                .alterers(new Mutator<>(0.25), new UniformCrossover<>(0.3)).build();
        ISeq<Phenotype<IntegerGene, Vec<double[]>>> front = RandomRegistry.with(new SplittableRandom(settings.seed()),
                r -> engine.stream(List.of(genotype(space, new int[space.choices().size()])))
                        .limit(Limits.byExecutionTime(Duration.ofMillis((long) (settings.maxSeconds() * 1000))))
                        .limit(MAX_GENERATIONS)
                        .takeWhile(x -> !Thread.currentThread().isInterrupted())
                        .collect(MOEA.toParetoSet(IntRange.of(10, 30))));
        return front.stream().map(p -> candidates.of(options(p.genotype()))).toList();
    }

    /**
     * Hill-climbs from the cheapest found: every design one choice away is evaluated (in parallel), the cheapest taken
     * while it is cheaper, until none is or the time is up. A genetic search stalls where two choices must change
     * together only rarely; one change at a time from its best finishes what it came close to (a write strategy that
     * clears the last error finding, then the spares that strategy makes unnecessary).
     */
    private static List<Candidates.Candidate> polish(SearchSpace space, Candidates candidates, ExecutorService pool,
            List<Candidates.Candidate> found, long deadline, Progress progress) {
        List<Candidates.Candidate> walked = new ArrayList<>();
        Candidates.Candidate at = found.stream().filter(c -> c.evaluation() != null)
                .min(Comparator.comparingDouble(candidates::cost)).orElse(null);
        while (at != null && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            List<Future<Candidates.Candidate>> next = new ArrayList<>();
            for (int i = 0; i < at.options().length; i++) {
                for (int o = 0; o < space.choices().get(i).options(); o++) {
                    if (o != at.options()[i]) {
                        int[] options = at.options().clone();
                        options[i] = o;
                        next.add(pool.submit(() -> candidates.of(options)));
                    }
                }
            }
            Candidates.Candidate best = at;
            for (Future<Candidates.Candidate> f : next) {
                try {
                    Candidates.Candidate c = f.get();
                    walked.add(c);
                    if (candidates.cost(c) < candidates.cost(best)) {
                        best = c;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("the search was cancelled");
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a candidate's evaluation failed", e.getCause());
                }
            }
            if (best == at) {
                break;
            }
            at = best;
            if (at.passes()) {
                progress.improved(candidates.evaluations(), suggestion("Best so far", at, space, candidates.base()));
            }
        }
        return walked;
    }

    private static List<Candidates.Candidate> cheapestOf(List<Candidates.Candidate> found, Candidates candidates) {
        return found.stream().filter(Candidates.Candidate::passes)
                .min(Comparator.comparingDouble(candidates::cost)).map(List::of).orElse(List.of());
    }

    /** The passing candidates no other passing candidate beats on cost, availability and p99 write latency at once. */
    static List<Candidates.Candidate> pareto(List<Candidates.Candidate> found) {
        List<Candidates.Candidate> passing = found.stream().filter(Candidates.Candidate::passes).distinct().toList();
        List<Candidates.Candidate> out = new ArrayList<>();
        for (Candidates.Candidate c : passing) {
            boolean dominated = passing.stream().anyMatch(o -> o != c && dominates(o, c));
            boolean duplicate = out.stream().anyMatch(o -> o.totalAnnualCost() == c.totalAnnualCost()
                    && o.availability() == c.availability() && o.p99WriteMs() == c.p99WriteMs());
            if (!dominated && !duplicate) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(Candidates.Candidate::totalAnnualCost));
        return out;
    }

    /**
     * Whether a is at least as good as b on all three and better on one, where differences no one would act on are
     * ties: less than 1% of the larger expected downtime, a dollar a year, or 0.1 ms of p99. Without the tolerance a
     * spare that buys a millionth of a percent makes every dearer sizing a "frontier" point.
     */
    private static boolean dominates(Candidates.Candidate a, Candidates.Candidate b) {
        double downA = 1 - a.availability();
        double downB = 1 - b.availability();
        double downTie = DOWNTIME_TIE * Math.max(downA, downB);
        boolean noWorse = a.totalAnnualCost() <= b.totalAnnualCost() + COST_TIE && downA <= downB + downTie
                && a.p99WriteMs() <= b.p99WriteMs() + P99_TIE_MS;
        boolean better = a.totalAnnualCost() < b.totalAnnualCost() - COST_TIE || downA < downB - downTie
                || a.p99WriteMs() < b.p99WriteMs() - P99_TIE_MS;
        return noWorse && better;
    }

    private static Suggestion suggestion(String name, Candidates.Candidate c, SearchSpace space, Topology base) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < c.options().length; i++) {
            SearchChoice choice = space.choices().get(i);
            if (c.options()[i] != 0) {
                // Named in the design as drawn: a region left out is gone from the candidate.
                changes.add(choice.describe(base) + ": " + choice.option(c.options()[i]));
            }
        }
        c.topology().components().stream().filter(x -> x.kind() == io.meridian.model.ComponentKind.SERVICE)
                .forEach(x -> changes.add("instances of " + ChoiceNames.component(c.topology(), x.id()) + ": "
                        + x.instances()));
        return new Suggestion(name, changes, c.topology(), c.evaluation(), c.totalAnnualCost(), c.bill(),
                c.availability(), c.p99WriteMs(), c.passes());
    }
}
