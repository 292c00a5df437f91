package io.meridian.uncertainty;

import io.meridian.catalog.RegionCatalog;
import io.meridian.cost.PriceCatalog;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.io.DesignFormatException;
import io.meridian.io.PointDesigns;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.UncertainInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Propagates the ranges on a design's inputs to its headline figures and finds which inputs flip its verdict.
 * Every sampled design is the design's file with the sampled values written in and read back ({@link PointDesigns}),
 * then evaluated by the {@link Evaluator} unchanged: each field's validation and every engine apply as they do to
 * a typed value. Three analyses:
 * <ol>
 * <li>propagation: P10/P50/P90 of the headline figures over Latin-hypercube (or Monte Carlo) samples;</li>
 * <li>one at a time: each input at its low and high end, the others at their point values (tornado charts), and a
 * variance-based ranking from the propagation's samples ({@link FirstOrderIndices});</li>
 * <li>per objective, the inputs whose range crosses the pass/fail line, by bisection ({@link Crossings}).</li>
 * </ol>
 * Seeded: every draw is made before any evaluation, so the report does not depend on the number of threads.
 */
public final class UncertaintyEngine {
    private UncertaintyEngine() {
    }

    /** The baseline, catalogue regions resolved against the user's catalogue, built-in prices. */
    public static UncertaintyReport evaluate(Design design, UncertaintySettings settings) {
        return evaluate(design, Design.BASELINE_ID, settings, RegionCatalog.forUser(), PriceCatalog.builtin());
    }

    /** Told as the sampled designs are evaluated: how many are done, of how many (samples, then two per input). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {
        };

        void designsDone(int done, int total);
    }

    /**
     * One variant (the baseline or an alternative's id) with the ranges that belong to it.
     *
     * @param regions the catalogue the design was read with (sampled designs are read back against it)
     */
    public static UncertaintyReport evaluate(Design design, String variantId, UncertaintySettings settings,
                                             RegionCatalog regions, PriceCatalog prices) {
        return evaluate(design, variantId, settings, regions, prices, Progress.NONE);
    }

    /** The same, telling {@code progress} as the designs are evaluated (a design at the limits takes minutes). */
    public static UncertaintyReport evaluate(Design design, String variantId, UncertaintySettings settings,
                                             RegionCatalog regions, PriceCatalog prices, Progress progress) {
        Alternative variant = design.variants().stream().filter(v -> v.id().equals(variantId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variant '" + variantId + "'"));
        int k = design.alternatives().indexOf(variant);
        io.meridian.evaluation.EvaluationLimits.check(variant.topology(), k < 0 ? "$" : "$.alternatives[" + k + "]",
                io.meridian.evaluation.EvaluationLimits.Analysis.RANGES);
        PointDesigns points = new PointDesigns(design, regions);
        List<UncertainInput> inputs = design.uncertainties().ofVariant(design, variantId).stream()
                .filter(points.inputs()::contains).toList();
        Evaluation base = Evaluator.evaluate(variant.topology(), variant.id(), variant.name(), prices);
        List<Outputs.Output> headlines = Outputs.headlines(base);
        List<Outputs.Output> outputs = Outputs.sensitivityOutputs(base);
        List<String> notes = new ArrayList<>();
        if (inputs.isEmpty()) {
            notes.add("the variant has no uncertain inputs: every figure is its point value");
            List<FigureInterval> intervals = headlines.stream().map(h -> pointInterval(h, base)).toList();
            return new UncertaintyReport(variantId, inputs, settings, 0, 0, intervals, List.of(), List.of(),
                    List.of(), notes);
        }
        Runner runner = new Runner(points, variant, prices, settings.threads(), progress,
                settings.samples() + 2 * inputs.size());
        try {
            double[][] draws = Sampler.draw(inputs, settings);
            List<Map<String, Double>> samplePoints = new ArrayList<>();
            for (double[] draw : draws) {
                Map<String, Double> values = new java.util.HashMap<>();
                for (int j = 0; j < inputs.size(); j++) {
                    values.put(inputs.get(j).path(), draw[j]);
                }
                samplePoints.add(values);
            }
            List<Outputs.Output> followed = new ArrayList<>(headlines);
            followed.addAll(outputs);
            List<double[]> sampled = runner.values(samplePoints, followed);
            List<double[]> inputColumns = new ArrayList<>();
            List<double[]> accepted = new ArrayList<>();
            for (int i = 0; i < sampled.size(); i++) {
                if (sampled.get(i) != null) {
                    accepted.add(sampled.get(i));
                    inputColumns.add(draws[i]);
                }
            }
            int rejected = sampled.size() - accepted.size();
            if (rejected > 0) {
                notes.add(rejected + " of " + sampled.size() + " sampled designs broke a rule tying two fields "
                        + "together and were left out");
            }
            if (accepted.size() < 10) {
                throw new IllegalStateException("only " + accepted.size() + " of " + sampled.size()
                        + " sampled designs could be read; the ranges contradict each other");
            }
            String basis = String.format(Locale.ROOT, "%d %s samples (seed %d, %d left out); P10/P50/P90 by "
                            + "Commons Statistics Quantile (Hyndman–Fan type 8)", accepted.size(),
                    settings.sampling() == UncertaintySettings.Sampling.LATIN_HYPERCUBE ? "Latin-hypercube"
                            : "Monte Carlo", settings.seed(), rejected);
            List<FigureInterval> intervals = new ArrayList<>();
            for (int h = 0; h < headlines.size(); h++) {
                intervals.add(interval(headlines.get(h), base, column(accepted, h), basis));
            }
            OneAtATime oat = OneAtATime.run(runner, inputs, base, outputs);
            List<SensitivityRanking> rankings = new ArrayList<>();
            for (int o = 0; o < outputs.size(); o++) {
                rankings.add(ranking(outputs.get(o), inputs, inputColumns, column(accepted, headlines.size() + o)));
            }
            List<VerdictFlip> flips = new ArrayList<>();
            for (ObjectiveResult objective : base.objectives()) {
                for (int j = 0; j < inputs.size(); j++) {
                    UncertainInput input = inputs.get(j);
                    Evaluation atLow = oat.atLow(j);
                    Evaluation atHigh = oat.atHigh(j);
                    String name = objective.objective();
                    try {
                        flips.addAll(Crossings.of(name, objective.target(), objective.pass(), input, x -> {
                            Evaluation e = x == input.range().lowEnd() && atLow != null ? atLow
                                    : x == input.range().highEnd() && atHigh != null ? atHigh
                                    : runner.one(Map.of(input.path(), x));
                            return Outputs.objective(e, name).pass();
                        }));
                    } catch (DesignFormatException refused) {
                        notes.add(input.label() + ": the search for where objective " + name + " flips reached a "
                                + "value that breaks a rule tying it to another field; not reported");
                    }
                }
            }
            notes.addAll(oat.notes());
            return new UncertaintyReport(variantId, inputs, settings, accepted.size(), rejected, intervals,
                    oat.tornadoes(), rankings, flips, notes);
        } finally {
            runner.close();
        }
    }

    private static double[] column(List<double[]> rows, int index) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[index];
        }
        return out;
    }

    private static FigureInterval pointInterval(Outputs.Output h, Evaluation base) {
        double v = h.value().applyAsDouble(base);
        return new FigureInterval(h.id(), h.label(), h.unit(), v, v, v, v, v, "no uncertain inputs");
    }

    /** Quantiles of values that may be +∞ (an unbounded RPO): ∞ − ∞ in the interpolation would give NaN. */
    private static FigureInterval interval(Outputs.Output h, Evaluation base, double[] values, String basis) {
        double[] capped = values.clone();
        boolean unbounded = false;
        for (int i = 0; i < capped.length; i++) {
            if (capped[i] == Double.POSITIVE_INFINITY) {
                capped[i] = Double.MAX_VALUE;
                unbounded = true;
            }
        }
        double[] q = Quantile.withDefaults().with(Quantile.EstimationMethod.HF8).evaluate(capped, 0.1, 0.5, 0.9);
        for (int k = 0; k < q.length; k++) {
            q[k] = q[k] > Double.MAX_VALUE / 4 ? Double.POSITIVE_INFINITY : q[k];
        }
        double mean = unbounded ? Double.POSITIVE_INFINITY : Mean.of(values).getAsDouble();
        return new FigureInterval(h.id(), h.label(), h.unit(), h.value().applyAsDouble(base), q[0], q[1], q[2], mean,
                basis);
    }

    private static SensitivityRanking ranking(Outputs.Output output, List<UncertainInput> inputs,
                                              List<double[]> draws, double[] y) {
        int n = y.length;
        String basis = String.format(Locale.ROOT, "first-order indices by the correlation ratio over %d equal-count "
                + "classes of each input's %d samples (Plischke, Borgonovo & Smith 2013); an input with no effect "
                + "scores about %.3f by chance", FirstOrderIndices.classes(n), n,
                (FirstOrderIndices.classes(n) - 1.0) / (n - 1));
        List<FirstOrderIndex> indices = new ArrayList<>();
        for (int j = 0; j < inputs.size(); j++) {
            double[] x = column(draws, j);
            double s = FirstOrderIndices.index(x, y);
            if (Double.isNaN(s)) {
                return new SensitivityRanking(output.id(), output.label(), List.of(),
                        "the output does not vary over the samples (or is unbounded in some): nothing to rank");
            }
            indices.add(new FirstOrderIndex(inputs.get(j).path(), inputs.get(j).label(), s));
        }
        indices.sort(Comparator.comparingDouble(FirstOrderIndex::index).reversed());
        return new SensitivityRanking(output.id(), output.label(), indices, basis);
    }

    /** Evaluates point designs of one variant, on a few threads; results in the order asked. */
    static final class Runner implements AutoCloseable {
        private final PointDesigns points;
        private final Alternative variant;
        private final PriceCatalog prices;
        private final ExecutorService pool;
        private final Progress progress;
        private final int total;
        private int done;

        Runner(PointDesigns points, Alternative variant, PriceCatalog prices, int threads, Progress progress,
               int total) {
            this.points = points;
            this.variant = variant;
            this.prices = prices;
            this.progress = progress;
            this.total = total;
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "uncertainty");
                t.setDaemon(true);
                return t;
            });
        }

        /** The variant's evaluation with these inputs set; throws DesignFormatException when it cannot be read. */
        Evaluation one(Map<String, Double> values) {
            Design d = points.at(values);
            Alternative v = d.variants().stream().filter(x -> x.id().equals(variant.id())).findFirst().orElseThrow();
            return Evaluator.figures(v.topology(), v.id(), v.name(), prices);
        }

        /** Each design's evaluation, null where the design could not be read. */
        List<Evaluation> all(List<Map<String, Double>> designs) {
            return map(designs, e -> e);
        }

        /** Each design's followed figures, null where the design could not be read. */
        List<double[]> values(List<Map<String, Double>> designs, List<Outputs.Output> followed) {
            return map(designs, e -> {
                double[] out = new double[followed.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = followed.get(k).value().applyAsDouble(e);
                }
                return out;
            });
        }

        private <T> List<T> map(List<Map<String, Double>> designs, java.util.function.Function<Evaluation, T> keep) {
            List<Future<T>> futures = new ArrayList<>();
            for (Map<String, Double> values : designs) {
                futures.add(pool.submit(() -> {
                    try {
                        return keep.apply(one(values));
                    } catch (DesignFormatException refused) {
                        return null;
                    }
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    out.add(f.get());
                    progress.designsDone(++done, Math.max(total, done));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

}
