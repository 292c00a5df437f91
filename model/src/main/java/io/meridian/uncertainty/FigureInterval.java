package io.meridian.uncertainty;

/**
 * The spread of one headline figure over the sampled designs.
 *
 * @param figure  id: {@code availability} (overall, failover charged), {@code availability:<population id>},
 *                {@code rto}, {@code rpo}, {@code read-latency-p99}, {@code write-latency-p99}, {@code monthly-bill},
 *                {@code total-annual-cost}
 * @param label   what a person calls it
 * @param unit    "" (a fraction), "s", "ms" or "USD"
 * @param point   the figure of the design as written (every input at its point value)
 * @param p10     10th percentile over the samples (+∞ when unbounded in that share of them, e.g. RPO)
 * @param p50     median
 * @param p90     90th percentile
 * @param mean    mean (+∞ when any sample is unbounded)
 * @param basis   how it was computed
 */
public record FigureInterval(String figure, String label, String unit, double point, double p10, double p50,
                             double p90, double mean, String basis) {
    public FigureInterval {
        if (figure == null || figure.isBlank()) {
            throw new IllegalArgumentException("figure is required");
        }
        if (p10 > p50 || p50 > p90) {
            throw new IllegalArgumentException("percentiles out of order: " + p10 + ", " + p50 + ", " + p90);
        }
    }
}
