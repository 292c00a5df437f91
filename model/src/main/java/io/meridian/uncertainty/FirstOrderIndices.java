package io.meridian.uncertainty;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * First-order sensitivity indices from given data: the correlation ratio η² = Var(E[Y | X_i]) / Var(Y), with
 * E[Y | X_i] estimated per class of an equal-count partition of X_i's sampled values (Plischke, Borgonovo & Smith,
 * "Global sensitivity measures from given data", European Journal of Operational Research 226(3), 2013, 536–550;
 * the first-order Sobol index is this ratio). Needs no extra runs beyond the propagation's samples.
 */
final class FirstOrderIndices {
    private FirstOrderIndices() {
    }

    /** Classes of the partition: ⌈√n⌉, so classes and samples per class grow together. */
    static int classes(int n) {
        return (int) Math.ceil(Math.sqrt(n));
    }

    /** η² of y on x; NaN when y does not vary or is not finite. */
    static double index(double[] x, double[] y) {
        int n = y.length;
        double variance = Variance.of(y).getAsDouble();
        if (!(variance > 0) || !Double.isFinite(variance)) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        // Ties (e.g. never sampled, or a constant) keep sample order, so the partition is reproducible.
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double mean = Mean.of(y).getAsDouble();
        int m = classes(n);
        double between = 0;
        for (int c = 0; c < m; c++) {
            int from = (int) ((long) c * n / m);
            int to = (int) ((long) (c + 1) * n / m);
            if (to <= from) {
                continue;
            }
            Mean classMean = Mean.create();
            for (int r = from; r < to; r++) {
                classMean.accept(y[order[r]]);
            }
            double d = classMean.getAsDouble() - mean;
            between += (to - from) * d * d;
        }
        // Var(E[Y|X]) / Var(Y) with both as population moments: Σ n_c (ȳ_c − ȳ)² / Σ (y − ȳ)².
        return Math.min(1, between / (variance * (n - 1)));
    }
}
