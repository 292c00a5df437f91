package io.meridian.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * How the simulated years spread over downtime: equal bins from 0 to the 99th percentile (or to the budget, if
 * that is higher), and the years beyond in the last one, open-ended.
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
        int[] counts = new int[BINS + 1];
        for (double m : minutes) {
            counts[Math.min(BINS, (int) Math.floor(m / width))]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            out.add(new Bin(b * width, (b + 1) * width, counts[b]));
        }
        if (counts[BINS] > 0) {
            out.add(new Bin(top, null, counts[BINS]));
        }
        return new YearHistogram(out);
    }
}
