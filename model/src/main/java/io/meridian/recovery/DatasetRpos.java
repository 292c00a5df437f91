package io.meridian.recovery;

import io.meridian.latency.RegionLatencies;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.ReplicationReach;
import io.meridian.placement.Takeover;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The RPO of each dataset after the worst single-region loss or cut (see the package documentation for the rules). */
final class DatasetRpos {
    private final Topology topology;
    private final RegionLatencies latencies;
    private final Map<String, ReplicationLag> lagByLink;

    DatasetRpos(Topology topology, RegionLatencies latencies, List<ReplicationLag> lags) {
        this.topology = topology;
        this.latencies = latencies;
        this.lagByLink = lags.stream().collect(Collectors.toMap(ReplicationLag::linkId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    DatasetRpo rpo(DatasetPlacement p) {
        List<String> regions = p.regions();
        if (regions.isEmpty()) {
            return unbounded(p, null, "the dataset lists no copy: nothing keeps its writes");
        }
        if (regions.size() == 1) {
            return unbounded(p, null, "every copy lives in " + regions.get(0)
                    + ": its loss loses the data (backups are not modelled)");
        }
        Optional<DatasetRpo> stranded = strandedWrites(p);
        if (stranded.isPresent()) {
            return stranded.get();
        }
        return switch (p.dataset().strategy()) {
            case MULTI_PRIMARY -> worst(p, p.copies().stream()
                    .flatMap(c -> p.replicationFrom(c.componentId()).stream())
                    .filter(l -> !p.regionOf(l.to()).equals(p.regionOf(l.from())))
                    .map(l -> ofLink(p, l.id(), false)).toList(), "no replication link joins the copies' regions");
            case SINGLE_PRIMARY, HOME_REGION -> worst(p, p.takeovers().stream().map(t -> ofTakeover(p, t)).toList(),
                    "no leader to take over from");
            case MAJORITY_QUORUM, COMMIT_WAIT -> quorum(p);
            case TWO_PHASE_COMMIT -> zero(p, "every copy votes before a commit: each region holds every "
                    + "acknowledged write");
        };
    }

    /** A copy that takes writes none of which ever reach another region: its region's loss loses them all. */
    private static Optional<DatasetRpo> strandedWrites(DatasetPlacement p) {
        ReplicationReach reach = ReplicationReach.of(p);
        return p.writableCopies().stream().filter(c -> !reach.leavesItsRegion(c.componentId())).findFirst()
                .map(c -> unbounded(p, null, "'" + c.componentId() + "' in " + c.regionId() + " takes writes but no "
                        + "replication path leads from it to a copy in another region: its writes never leave "
                        + c.regionId()));
    }

    private DatasetRpo ofTakeover(DatasetPlacement p, Takeover t) {
        if (!t.hasSuccessor()) {
            return unbounded(p, null, "no copy outside " + t.failedRegionId() + ": its loss loses the data");
        }
        if (t.viaLinkId() == null) {
            return unbounded(p, null, "no replication link from '" + t.leaderComponentId() + "' feeds '"
                    + t.successorComponentId() + "', the copy that would be promoted");
        }
        return ofLink(p, t.viaLinkId(), true);
    }

    /**
     * The writes a link's target lacks when its source is lost. With a promotion (promoted = true) an isolated old
     * leader also keeps committing until it is fenced: a synchronous or quorum link loses nothing regardless (the
     * commit waits for the promoted copy), a semi-sync link loses what the leader commits alone between the
     * acknowledgement timeout and the fence, an asynchronous link adds the whole fencing time to its tail.
     */
    private DatasetRpo ofLink(DatasetPlacement p, String linkId, boolean promoted) {
        ReplicationLag lag = lagByLink.get(linkId);
        Link link = topology.link(linkId).orElseThrow();
        if (lag.unbounded()) {
            return unbounded(p, linkId, "'" + lag.toComponentId() + "' falls "
                    + String.format(Locale.ROOT, "%,.0f", lag.backlogGrowthPerSecond().value())
                    + " writes/s further behind: the data lost grows without bound");
        }
        String where = "writes not yet on '" + lag.toComponentId() + "' in " + lag.toRegionId();
        if (link.mode() == ReplicationMode.SEMI_SYNC && promoted) {
            return semiSync(p, link, lag, where);
        }
        if (link.mode().losesNothing()) {
            return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), Figure.of("RPO", 0, "s",
                    "0: " + link.mode().id() + ", every commit waits for '" + link.to() + "'"), lag.lagSeconds(),
                    null, false, linkId, where + " (" + lag.explanation() + "); an isolated leader cannot commit "
                    + "without it, so fencing adds nothing");
        }
        Figure tail = lag.tailSeconds();
        if (!promoted) {
            return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), new Figure("RPO", tail.value(), "s",
                    tail.formula(), tail.inputs()), lag.lagSeconds(), null, false, linkId, where + " (p99 of the "
                    + "lag" + (lag.burst() != null ? " plus the worst burst's backlog" : "") + "; "
                    + lag.explanation() + ")");
        }
        double fencing = p.dataset().fencingSecondsOrDefault();
        Figure fence = fencing(p);
        Map<String, Double> inputs = new LinkedHashMap<>(tail.inputs());
        inputs.put("fencing", fencing);
        Figure rpo = new Figure("RPO", tail.value() + fencing, "s", tail.formula() + " + fencing", inputs);
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), rpo, lag.lagSeconds(), fence, false, linkId,
                where + String.format(Locale.ROOT, " (p99 of the lag%s), plus %,.0f s in which the isolated old "
                                + "leader keeps committing writes '%s' never receives until it is fenced",
                        lag.burst() != null ? " plus the worst burst's backlog" : "", fencing, lag.toComponentId()));
    }

    private DatasetRpo semiSync(DatasetPlacement p, Link link, ReplicationLag lag, String where) {
        double fencing = p.dataset().fencingSecondsOrDefault();
        double timeout = link.ackTimeoutMsOrDefault() / 1000;
        double alone = Math.max(0, fencing - timeout);
        Figure rpo = Figure.of("RPO", alone, "s", "max(0, fencing − ackTimeout / 1000)", "fencing", fencing,
                "ackTimeout", link.ackTimeoutMsOrDefault());
        String basis = alone > 0
                ? String.format(Locale.ROOT, "%s: an isolated leader waits %,.0f s for '%s', then commits alone "
                + "until it is fenced at %,.0f s: %,.0f s of writes the promoted copy never receives", where,
                timeout, link.to(), fencing, alone)
                : String.format(Locale.ROOT, "%s: the leader is fenced (%,.0f s) before its %,.0f s acknowledgement "
                + "timeout falls back to asynchronous, so it never commits alone", where, fencing, timeout);
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), rpo, lag.lagSeconds(), fencing(p), false,
                link.id(), basis);
    }

    private static Figure fencing(DatasetPlacement p) {
        double fencing = p.dataset().fencingSecondsOrDefault();
        return p.dataset().fencingSeconds() != null
                ? Figure.of("fencing", fencing, "s", "fencingSeconds (stated on the dataset)", "fencingSeconds",
                fencing)
                : Figure.of("fencing", fencing, "s", "fencingSeconds (default: Patroni's leader-key ttl)",
                "fencingSeconds", fencing);
    }

    /** A majority inside one region commits without the others: they trail by the one-way trip to the nearest. */
    private DatasetRpo quorum(DatasetPlacement p) {
        DatasetRecovery.VoterSplit split = DatasetRecovery.VoterSplit.of(p);
        if (!split.majorityInOneRegion()) {
            return zero(p, "a commit waits for a majority of " + split.voters()
                    + " voters and no region holds a majority: every acknowledged write survives one region");
        }
        String inside = split.largestRegion();
        List<String> others = p.voters().stream().map(DatasetPlacement.Copy::regionId)
                .filter(r -> !r.equals(inside)).distinct().toList();
        if (others.isEmpty()) {
            return unbounded(p, null, "every voter lives in " + inside + ": its loss loses the data");
        }
        double rtt = others.stream().mapToDouble(r -> latencies.typicalRttMs(inside, r)).min().orElseThrow();
        Figure rpo = Figure.of("RPO", rtt / 2 / 1000, "s",
                "typicalRtt / 2 / 1000 to the nearest voter outside the majority's region", "typicalRtt", rtt);
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), rpo, rpo, null, false, null,
                split.largestCount() + " of " + split.voters() + " voters live in " + inside
                        + ": a majority commits there alone, and the other regions trail by the one-way trip");
    }

    private static DatasetRpo worst(DatasetPlacement p, List<DatasetRpo> candidates, String whenNone) {
        return candidates.stream().max(Comparator.comparingDouble(DatasetRpo::seconds))
                .orElseGet(() -> unbounded(p, null, whenNone));
    }

    private static DatasetRpo zero(DatasetPlacement p, String basis) {
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), Figure.of("RPO", 0, "s", "0: " + basis),
                null, null, false, null, basis);
    }

    private static DatasetRpo unbounded(DatasetPlacement p, String linkId, String basis) {
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), null, null, null, true, linkId, basis);
    }
}
