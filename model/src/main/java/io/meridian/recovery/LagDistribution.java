package io.meridian.recovery;

import io.meridian.model.Checks;
import io.meridian.model.Figure;

/**
 * How long a replication link's target trails its source: a lognormal fitted to the median and the 99th percentile
 * (ln lag ~ N(μ, σ²) with μ = ln p50 and σ = ln(p99 / p50) / z₀.₉₉). Lag is positive and right-skewed, as latencies
 * are; two quantiles fix both parameters, so a measured p50/p99 pair carries over as is.
 *
 * @param p50   the median lag, s
 * @param p99   the 99th percentile, s
 * @param sigma σ of ln lag (0 when the lag is always the same, e.g. 0 for a synchronous link)
 * @param mean  the mean lag p50 × exp(σ² / 2), s
 */
record LagDistribution(Figure p50, Figure p99, double sigma, Figure mean) {
    /** z of the standard normal's 99th percentile. */
    static final double Z99 = 2.3263478740408408;

    LagDistribution {
        Checks.present(p50, "p50");
        Checks.present(p99, "p99");
        Checks.present(mean, "mean");
    }

    /** The lognormal through the two quantiles (a zero median gives a zero lag: σ = 0). */
    static LagDistribution fit(Figure p50, Figure p99) {
        double sigma = p50.value() > 0 && p99.value() > p50.value() ? Math.log(p99.value() / p50.value()) / Z99 : 0;
        Figure mean = Figure.of("mean lag", p50.value() * Math.exp(sigma * sigma / 2), "s",
                "p50 × exp(σ² / 2), σ = ln(p99 / p50) / 2.3263", "p50", p50.value(), "p99", p99.value(),
                "sigma", sigma);
        return new LagDistribution(p50, p99, sigma, mean);
    }

    /** No lag at all: a write is acknowledged only once the target has it. */
    static LagDistribution none(String why) {
        Figure zero = Figure.of("replication lag", 0, "s", why);
        return new LagDistribution(zero, Figure.of("replication lag p99", 0, "s", why), 0,
                Figure.of("mean lag", 0, "s", why));
    }
}
