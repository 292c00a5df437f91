package io.meridian.recovery;

import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.Takeover;
import io.meridian.model.Link;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Design-wide remarks of the recovery report: how the RTO was summed, the DNS tail, backlogs, stranded replicas. */
final class RecoveryNotes {
    private RecoveryNotes() {
    }

    static List<String> of(Topology topology, RtoBreakdown rto, List<ReplicationLag> lags,
                           List<DatasetPlacement> placements) {
        List<String> notes = new ArrayList<>();
        if (RtoSteps.failsOver(topology)) {
            notes.add("The RTO is the first second at which 99% of the affected users have reads and writes back: "
                    + "the promotion runs while DNS caches expire, and the DNS-cache tail counts when it holds 1% or "
                    + "more of the clients. Availability charges each failure event the area above its own curve "
                    + "(a TTL counts its expected expiry, TTL / 2), not this RTO.");
        } else {
            notes.add("No failover: " + rto.routing() + ".");
        }
        if (rto.dnsCacheTail() != null) {
            notes.add(String.format(Locale.ROOT, "%.0f%% of clients keep the dead address for up to %,.0f s after "
                            + "the DNS change: reads are back for all of them only at %,.0f s; without the tail at "
                            + "%,.0f s.", rto.dnsCacheTail().share().value() * 100,
                    rto.dnsCacheTail().staleSeconds().value(),
                    rto.detection().value() + rto.dnsCacheTail().staleSeconds().value() + rto.reconnect().value(),
                    rto.detection().value() + rto.routingSwitch().value() + rto.reconnect().value()));
        }
        for (ReplicationLag lag : lags) {
            if (lag.applyCapacity() != null && lag.backlogGrowthPerSecond().value() > 0) {
                notes.add(backlog(lag));
            }
        }
        for (DatasetPlacement p : placements) {
            for (Takeover t : p.takeovers()) {
                stranded(p, t).ifPresent(notes::add);
            }
        }
        return notes;
    }

    /** The seed's diagnosis: write rate above apply rate, the backlog an hour later and the lag it amounts to. */
    private static String backlog(ReplicationLag lag) {
        double behind = lag.backlogGrowthPerSecond().value();
        double hour = lag.backlogAfterOneHour().value();
        double capacity = lag.applyCapacity().value();
        return String.format(Locale.ROOT, "'%s' applies %,.0f writes/s of the %,.0f that arrive: it falls %,.0f "
                        + "writes/s behind, %,.0f writes after an hour (%,.0f s of lag at its apply rate). Parallel "
                        + "apply (more workers) or fewer replicated writes bring it back.", lag.toComponentId(),
                capacity, lag.writeLoad().value(), behind, hour, hour / capacity);
    }

    /** Other copies fed by a lost leader keep pointing at it after the promotion (the seed's follow-up). */
    private static Optional<String> stranded(DatasetPlacement p, Takeover t) {
        if (!t.hasSuccessor()) {
            return Optional.empty();
        }
        List<String> others = p.replicationFrom(t.leaderComponentId()).stream().map(Link::to)
                .filter(to -> !to.equals(t.successorComponentId()) && !p.regionOf(to).equals(t.failedRegionId()))
                .distinct().toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("'" + p.dataset().id() + "': after '" + t.successorComponentId()
                + "' is promoted, " + String.join(", ", others.stream().map(o -> "'" + o + "'").toList())
                + " still replicate from the lost '" + t.leaderComponentId() + "' and must be re-pointed to it "
                + "(automatically, e.g. GTID auto-positioning or a replication manager), or they drift out of sync.");
    }
}
