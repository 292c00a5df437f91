package io.meridian.recovery;

import io.meridian.latency.RegionLatencies;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.Topology;
import java.util.Optional;

/**
 * The lag distribution of one asynchronous link and the backlog its worst write burst leaves (see the package
 * documentation for the rules).
 */
final class LagTails {
    private final Topology topology;
    private final RegionLatencies latencies;

    LagTails(Topology topology, RegionLatencies latencies) {
        this.topology = topology;
        this.latencies = latencies;
    }

    /**
     * p50: the link's lagP50Ms when stated, else the one-way trip + the flush interval + the link's own lag (+ the
     * queue's consumer lag); p99: lagP99Ms when stated, else p50 × the default ratio (never below p50).
     */
    LagDistribution distribution(Link link, String fromRegion, String toRegion, ComponentSpec.Queue queue) {
        Figure p50 = link.lagP50Ms() != null
                ? Figure.of("replication lag", link.lagP50Ms() / 1000, "s", "lagP50Ms / 1000 (measured, stated on "
                + "the link)", "lagP50Ms", link.lagP50Ms())
                : defaultMedian(link, fromRegion, toRegion, queue);
        Figure p99;
        if (link.lagP99Ms() != null) {
            double stated = link.lagP99Ms() / 1000;
            p99 = stated >= p50.value()
                    ? Figure.of("replication lag p99", stated, "s", "lagP99Ms / 1000 (measured, stated on the link)",
                    "lagP99Ms", link.lagP99Ms())
                    : Figure.of("replication lag p99", p50.value(), "s", "max(lagP99Ms / 1000, p50): the stated p99 "
                    + "is below the median", "lagP99Ms", link.lagP99Ms(), "p50", p50.value());
        } else {
            p99 = Figure.of("replication lag p99", p50.value() * Defaults.LAG_P99_OVER_P50, "s",
                    "p50 × lagP99OverP50 (default)", "p50", p50.value(), "lagP99OverP50", Defaults.LAG_P99_OVER_P50);
        }
        return LagDistribution.fit(p50, p99);
    }

    private Figure defaultMedian(Link link, String fromRegion, String toRegion, ComponentSpec.Queue queue) {
        double rtt = latencies.typicalRttMs(fromRegion, toRegion);
        double flush = Defaults.REPLICATION_FLUSH_INTERVAL_MS;
        double seconds = (rtt / 2 + flush + link.lagMs()) / 1000;
        if (queue == null) {
            return Figure.of("replication lag", seconds, "s", "(typicalRtt / 2 + flushInterval + linkLag) / 1000",
                    "typicalRtt", rtt, "flushInterval", flush, "linkLag", link.lagMs());
        }
        return Figure.of("replication lag", seconds + queue.consumerLagSeconds(), "s",
                "(typicalRtt / 2 + flushInterval + linkLag) / 1000 + consumerLag", "typicalRtt", rtt,
                "flushInterval", flush, "linkLag", link.lagMs(), "consumerLag", queue.consumerLagSeconds());
    }

    /**
     * The burst that leaves the largest backlog: for each dataset the source holds with a burst, the link carries
     * load − its sustained rate + its burst rate for the burst's duration (bursts of different datasets are taken
     * not to coincide). Empty when no burst outruns the apply capacity, or the capacity is unlimited.
     */
    Optional<BurstBacklog> worstBurst(Link link, Figure load, Figure capacity) {
        if (capacity == null || capacity.value() <= 0) {
            return Optional.empty();
        }
        BurstBacklog worst = null;
        for (Dataset d : topology.datasets()) {
            if (d.burst() == null || !d.copies().contains(link.from())) {
                continue;
            }
            double burstLoad = load.value() - d.writesPerSecond() + d.burst().writesPerSecond();
            double excess = burstLoad - capacity.value();
            if (excess <= 0) {
                continue;
            }
            double backlog = excess * d.burst().seconds();
            double lag = backlog / capacity.value();
            if (worst == null || lag > worst.lag().value()) {
                worst = new BurstBacklog(d.id(),
                        Figure.of("burst load", burstLoad, "writes/s", "writeLoad − writesPerSecond + "
                                        + "burstWritesPerSecond", "writeLoad", load.value(), "writesPerSecond",
                                d.writesPerSecond(), "burstWritesPerSecond", d.burst().writesPerSecond()),
                        Figure.of("burst backlog", backlog, "writes", "(burstLoad − applyCapacity) × burstSeconds",
                                "burstLoad", burstLoad, "applyCapacity", capacity.value(), "burstSeconds",
                                d.burst().seconds()),
                        Figure.of("burst lag", lag, "s", "burstBacklog / applyCapacity", "burstBacklog", backlog,
                                "applyCapacity", capacity.value()));
            }
        }
        return Optional.ofNullable(worst);
    }

    /** What an RPO is judged on: p99 + the burst's extra lag (the burst's backlog sits on top of the usual tail). */
    static Figure tail(LagDistribution lag, BurstBacklog burst) {
        if (burst == null) {
            return Figure.of("replication lag tail", lag.p99().value(), "s", "p99",
                    "p99", lag.p99().value());
        }
        return Figure.of("replication lag tail", lag.p99().value() + burst.lag().value(), "s", "p99 + burstLag",
                "p99", lag.p99().value(), "burstLag", burst.lag().value());
    }
}
