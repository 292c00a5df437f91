package io.meridian.recovery;

import io.meridian.placement.DatasetPlacement;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a WAN cut (Assumptions.wanCutHours, the seeds' 24 h) asks of each dataset that streams asynchronously across
 * regions: bytes to buffer = write rate × record size × cut duration, and a queue on every cross-region stream that
 * keeps at least the cut's length. Synchronous and quorum links are left out: a cut blocks or demotes their writers
 * instead of queueing writes.
 */
final class WanCutBuffers {
    private static final double SECONDS_PER_HOUR = 3600;

    private final Topology topology;

    WanCutBuffers(Topology topology) {
        this.topology = topology;
    }

    /** Empty when the dataset has no asynchronous replication link between regions. */
    Optional<WanCutBuffer> of(DatasetPlacement p) {
        List<Link> streams = p.copies().stream()
                .flatMap(c -> p.replicationFrom(c.componentId()).stream())
                .filter(l -> l.mode() == ReplicationMode.ASYNC || l.mode() == ReplicationMode.CDC)
                .filter(l -> !p.regionOf(l.from()).equals(p.regionOf(l.to())))
                .toList();
        if (streams.isEmpty()) {
            return Optional.empty();
        }
        Dataset d = p.dataset();
        double hours = topology.assumptions().wanCutHours();
        Figure bytes = Figure.of("WAN-cut buffer", d.writesPerSecond() * d.recordBytes() * hours * SECONDS_PER_HOUR,
                "B", "writesPerSecond × recordBytes × wanCutHours × 3600", "writesPerSecond", d.writesPerSecond(),
                "recordBytes", d.recordBytes(), "wanCutHours", hours);
        Figure needed = Figure.of("retention needed", hours, "h", "wanCutHours (assumption)", "wanCutHours", hours);
        String size = String.format(Locale.ROOT, "%,.1f GB", bytes.value() / 1e9);
        String cut = String.format(Locale.ROOT, "%,.0f h", hours);
        Optional<Link> unbuffered = streams.stream().filter(l -> l.via() == null).findFirst();
        if (unbuffered.isPresent()) {
            return Optional.of(new WanCutBuffer(d.id(), null, bytes, needed, false, "'" + unbuffered.get().id()
                    + "' replicates across regions with no queue on its path: a " + cut + " cut leaves " + size
                    + " of writes in the source's own log (not modelled); stream it through a queue that keeps "
                    + cut));
        }
        Link weakest = streams.stream().min(Comparator.comparingDouble(this::retentionHours)).orElseThrow();
        double retention = retentionHours(weakest);
        String kept = String.format(Locale.ROOT, "%,.0f h", retention);
        boolean sufficient = retention >= hours;
        String explanation = sufficient
                ? "'" + weakest.via() + "' keeps " + kept + " ≥ the " + cut + " cut: " + size
                + " of writes wait in it and replay in order when the link returns"
                : "'" + weakest.via() + "' keeps only " + kept + ": writes older than that fall out before a " + cut
                + " cut ends (" + size + " to buffer); raise its retention to " + cut;
        return Optional.of(new WanCutBuffer(d.id(), weakest.via(), bytes, needed, sufficient, explanation));
    }

    private double retentionHours(Link link) {
        return ((ComponentSpec.Queue) topology.component(link.via()).orElseThrow().spec()).retentionHours();
    }
}
