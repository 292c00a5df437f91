package io.meridian.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * How the simulated years spread over downtime: about 30 equal bins from 0 to the 99th percentile (or to 1.2 × the
 * budget, if that is higher), the budget falling on a bin edge, and the years beyond in a last, open-ended one.
 *
 * @param bins in order; the last one's {@code toMinutes} is null (open-ended) when some year lies beyond the others
 */
public record YearHistogram(List<Bin> bins) {
    static final int BINS = 30;

    public YearHistogram {
        bins = List.copyOf(bins);
    }

    /** Years with downtime in [fromMinutes, toMinutes); toMinutes null: and above. */
    public record Bin(double fromMinutes, Double toMinutes, int years) {
    }

    static YearHistogram of(double[] minutes, double p99, Double budget) {
        double top = Math.max(p99, budget == null ? 0 : budget * 1.2);
        if (top <= 0) {
            return new YearHistogram(List.of(new Bin(0, null, minutes.length)));
        }
        double width = top / BINS;
        if (budget != null && budget > 0) {
            // The budget on a bin edge, so each bar is either within it or beyond it.
            width = budget / Math.max(1, Math.round(budget / width));
        }
        int bins = (int) Math.ceil(top / width - 1e-9);
        int[] counts = new int[bins + 1];
        for (double m : minutes) {
            counts[(int) Math.min(bins, Math.floor(m / width))]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new Bin(b * width, (b + 1) * width, counts[b]));
        }
        if (counts[bins] > 0) {
            out.add(new Bin(bins * width, null, counts[bins]));
        }
        return new YearHistogram(out);
    }
}
