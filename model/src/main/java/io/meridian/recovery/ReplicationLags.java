package io.meridian.recovery;

import io.meridian.latency.RegionLatencies;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lag of every replication link of a design (see the package documentation for the model). */
final class ReplicationLags {
    private static final double SECONDS_PER_HOUR = 3600;

    private final Topology topology;
    private final LagTails tails;

    ReplicationLags(Topology topology, RegionLatencies latencies) {
        this.topology = topology;
        this.tails = new LagTails(topology, latencies);
    }

    List<ReplicationLag> all() {
        return topology.links().stream().filter(l -> l.kind() == LinkKind.REPLICATION).map(this::lag).toList();
    }

    ReplicationLag lag(Link link) {
        String fromRegion = regionOf(link.from());
        String toRegion = regionOf(link.to());
        ComponentSpec.Queue queue = link.via() == null ? null
                : (ComponentSpec.Queue) topology.component(link.via()).orElseThrow().spec();
        Figure load = writeLoad(link.from());
        Figure capacity = capacity(link.to(), queue);
        double growth = capacity == null ? 0 : Math.max(0, load.value() - capacity.value());
        Figure growthFigure = capacity == null
                ? Figure.of("backlog growth", 0, "writes/s", "0: the target's apply rate is unlimited")
                : Figure.of("backlog growth", growth, "writes/s", "max(0, writeLoad − applyCapacity)",
                "writeLoad", load.value(), "applyCapacity", capacity.value());
        Figure afterHour = Figure.of("backlog after one hour", growth * SECONDS_PER_HOUR, "writes",
                "backlogGrowth × 3600 s", "backlogGrowth", growth);
        boolean unbounded = growth > 0 && !link.mode().losesNothing();
        BurstBacklog burst = growth > 0 ? null : tails.worstBurst(link, load, capacity).orElse(null);
        String explanation = explain(link, growth, unbounded, burst);
        if (unbounded) {
            return new ReplicationLag(link.id(), link.mode(), link.from(), fromRegion, link.to(), toRegion,
                    link.via(), load, capacity, growthFigure, afterHour, null, null, null, 0, null, null, true,
                    explanation);
        }
        LagDistribution lag = link.mode().losesNothing()
                ? LagDistribution.none(link.mode().id() + ": a write is acknowledged only once the target has it")
                : tails.distribution(link, fromRegion, toRegion, queue);
        Figure tail = link.mode().losesNothing()
                ? Figure.of("replication lag tail", 0, "s", "0: nothing acknowledged is missing on the target")
                : LagTails.tail(lag, burst);
        return new ReplicationLag(link.id(), link.mode(), link.from(), fromRegion, link.to(), toRegion, link.via(),
                load, capacity, growthFigure, afterHour, lag.p50(), lag.p99(), lag.mean(), lag.sigma(), burst, tail,
                false, explanation);
    }

    /** Replication is per node: the link ships every dataset its source component holds. */
    private Figure writeLoad(String fromComponentId) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double sum = 0;
        for (Dataset d : topology.datasets()) {
            if (d.copies().contains(fromComponentId)) {
                inputs.put(d.id() + ".writesPerSecond", d.writesPerSecond());
                sum += d.writesPerSecond();
            }
        }
        return new Figure("write load", sum, "writes/s", "Σ writesPerSecond of the datasets the source holds", inputs);
    }

    /** min(workers × per-worker rate, queue throughput); a zero rate means "not limited"; null when neither limits. */
    private Figure capacity(String toComponentId, ComponentSpec.Queue queue) {
        Component target = topology.component(toComponentId).orElseThrow();
        double apply = target.spec() instanceof ComponentSpec.Database db ? db.applyRate() : 0;
        double queueRate = queue == null ? 0 : queue.throughputRps();
        if (apply > 0 && queueRate > 0) {
            ComponentSpec.Database db = (ComponentSpec.Database) target.spec();
            return Figure.of("apply capacity", Math.min(apply, queueRate), "writes/s",
                    "min(workers × applyRatePerWorker, queueThroughput)", "workers", db.workers(),
                    "applyRatePerWorker", db.applyRatePerWorker(), "queueThroughput", queueRate);
        }
        if (apply > 0) {
            ComponentSpec.Database db = (ComponentSpec.Database) target.spec();
            return Figure.of("apply capacity", apply, "writes/s", "workers × applyRatePerWorker",
                    "workers", db.workers(), "applyRatePerWorker", db.applyRatePerWorker());
        }
        if (queueRate > 0) {
            return Figure.of("apply capacity", queueRate, "writes/s", "queueThroughput", "queueThroughput", queueRate);
        }
        return null;
    }

    private static String explain(Link link, double growth, boolean unbounded, BurstBacklog burst) {
        String base = explain(link, growth, unbounded);
        if (burst == null) {
            return base;
        }
        return base + String.format(Locale.ROOT, "; a burst of '%s' brings %,.0f writes/s for a while and leaves "
                + "%,.0f writes behind, applied %,.3g s late", burst.datasetId(), burst.burstLoad().value(),
                burst.backlog().value(), burst.lag().value());
    }

    private static String explain(Link link, double growth, boolean unbounded) {
        String behind = String.format(Locale.ROOT, "%,.0f", growth);
        if (unbounded) {
            return "'" + link.to() + "' applies fewer writes than arrive: it falls " + behind
                    + " writes further behind every second, so the lag and the RPO grow without bound";
        }
        if (growth > 0) {
            return link.mode().id() + ": acknowledged writes reach '" + link.to() + "' (RPO 0), but it applies "
                    + behind + " writes/s fewer than arrive: its reads grow stale and a promotion waits for the backlog";
        }
        return switch (link.mode()) {
            case SYNC, QUORUM_MEMBER -> "the writer waits for '" + link.to() + "': nothing acknowledged is lost";
            case SEMI_SYNC -> "the writer waits until '" + link.to() + "' has received the write (assumes the "
                    + "semi-sync timeout never falls back to asynchronous)";
            case ASYNC -> "'" + link.to() + "' keeps up: it trails by the one-way trip, the source's flush interval "
                    + "and the link's own lag";
            case CDC -> link.via() == null
                    ? "change data capture with no queue modelled: it trails by the one-way trip and the link's lag"
                    : "changes travel through '" + link.via() + "': the queue's consumer lag adds to the trip";
        };
    }

    private String regionOf(String componentId) {
        return topology.component(componentId).orElseThrow().regionId();
    }
}
