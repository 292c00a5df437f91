package io.meridian.recovery;

import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.Takeover;
import io.meridian.latency.RegionLatencies;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Link;
import io.meridian.model.Topology;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Promotion time and RPO of each dataset after the worst single-region failure for it. */
final class DatasetRecovery {
    private final Topology topology;
    private final RegionLatencies latencies;
    private final Map<String, ReplicationLag> lagByLink;

    DatasetRecovery(Topology topology, RegionLatencies latencies, List<ReplicationLag> lags) {
        this.topology = topology;
        this.latencies = latencies;
        this.lagByLink = lags.stream().collect(Collectors.toMap(ReplicationLag::linkId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    DatasetPromotion promotion(DatasetPlacement p) {
        List<String> regions = p.regions();
        if (regions.isEmpty()) {
            return promotion(p, null, null, Figure.of("promotion", 0, "s", "0: the dataset lists no copy"),
                    "the dataset lists no copy: nothing to promote");
        }
        if (regions.size() == 1) {
            return repair(p, regions.get(0), "every copy lives in " + regions.get(0) + ": writes wait for its repair");
        }
        return switch (p.dataset().strategy()) {
            case MULTI_PRIMARY -> promotion(p, null, null, Figure.of("promotion", 0, "s",
                    "0: every copy accepts writes"), "every copy accepts writes: nothing to promote");
            case SINGLE_PRIMARY, HOME_REGION -> p.takeovers().stream().map(t -> takeover(p, t))
                    .max(Comparator.comparingDouble(dp -> dp.seconds().value())).orElseThrow();
            case MAJORITY_QUORUM, COMMIT_WAIT -> {
                VoterSplit split = VoterSplit.of(p);
                if (!split.survivesLossOfLargest()) {
                    yield repair(p, split.largestRegion(), "losing " + split.largestRegion() + " leaves "
                            + (split.voters() - split.largestCount()) + " of " + split.voters()
                            + " voters, no majority: writes wait for its repair");
                }
                yield promotion(p, split.largestRegion(), null, Figure.of("promotion",
                                Defaults.LEADER_ELECTION_SECONDS, "s", "leaderElection (default)",
                                "leaderElection", Defaults.LEADER_ELECTION_SECONDS),
                        "the surviving voters keep a majority and elect a new leader");
            }
            case TWO_PHASE_COMMIT -> {
                String slowest = regions.stream().max(Comparator.comparingDouble(this::mttrHours)).orElseThrow();
                yield repair(p, slowest, "every copy votes on every commit: writes block until " + slowest
                        + " is repaired");
            }
        };
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
        return switch (p.dataset().strategy()) {
            case MULTI_PRIMARY -> worst(p, p.copies().stream()
                    .flatMap(c -> p.replicationFrom(c.componentId()).stream())
                    .filter(l -> crossesRegions(p, l))
                    .map(l -> rpoOfLink(p, l.id())).toList(), "no replication link joins the copies' regions");
            case SINGLE_PRIMARY, HOME_REGION -> worst(p, p.takeovers().stream().map(t -> rpoOfTakeover(p, t)).toList(),
                    "no leader to take over from");
            case MAJORITY_QUORUM, COMMIT_WAIT -> quorumRpo(p);
            case TWO_PHASE_COMMIT -> zero(p, "every copy votes before a commit: each region holds every "
                    + "acknowledged write");
        };
    }

    private DatasetPromotion takeover(DatasetPlacement p, Takeover t) {
        if (!t.hasSuccessor()) {
            return repair(p, t.failedRegionId(), "no copy outside " + t.failedRegionId() + " may be promoted: writes "
                    + "wait for its repair");
        }
        double promote = p.promoteSeconds(t.successorComponentId());
        String replaced = "'" + t.successorComponentId() + "' in " + t.successorRegionId() + ", the first copy of the "
                + "promotion order outside " + t.failedRegionId() + ", replaces '" + t.leaderComponentId() + "'";
        if (!p.manualPromotion()) {
            return promotion(p, t.failedRegionId(), t.successorComponentId(), Figure.of("promotion", promote, "s",
                    "promoteSeconds of the promoted copy", "promoteSeconds", promote), replaced
                    + " automatically", 0);
        }
        double minutes = p.dataset().decisionMinutesOrDefault();
        double decision = minutes * 60;
        return promotion(p, t.failedRegionId(), t.successorComponentId(), Figure.of("promotion", decision + promote,
                        "s", "decisionMinutes × 60 + promoteSeconds of the promoted copy", "decisionMinutes", minutes,
                        "promoteSeconds", promote),
                replaced + " once an operator has been paged and decided (manual promotion)", decision);
    }

    private DatasetRpo rpoOfTakeover(DatasetPlacement p, Takeover t) {
        if (!t.hasSuccessor()) {
            return unbounded(p, null, "no copy outside " + t.failedRegionId() + ": its loss loses the data");
        }
        if (t.viaLinkId() == null) {
            return unbounded(p, null, "no replication link from '" + t.leaderComponentId() + "' feeds '"
                    + t.successorComponentId() + "', the copy that would be promoted");
        }
        return rpoOfLink(p, t.viaLinkId());
    }

    private DatasetRpo rpoOfLink(DatasetPlacement p, String linkId) {
        ReplicationLag lag = lagByLink.get(linkId);
        if (lag.unbounded()) {
            return unbounded(p, linkId, "'" + lag.toComponentId() + "' falls "
                    + String.format(java.util.Locale.ROOT, "%,.0f", lag.backlogGrowthPerSecond().value())
                    + " writes/s further behind: the data lost grows without bound");
        }
        Figure f = lag.lagSeconds();
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(),
                new Figure("RPO", f.value(), "s", f.formula(), f.inputs()), false, linkId,
                "writes not yet on '" + lag.toComponentId() + "' in " + lag.toRegionId() + " (" + lag.explanation()
                        + ")" + semiSyncFallback(linkId));
    }

    /**
     * A semi-sync link is zero-loss only while its target acknowledges: once an acknowledgement misses the timeout
     * the writer commits alone, and until the target catches up a leader loss loses what it has not received.
     */
    private String semiSyncFallback(String linkId) {
        Link link = topology.link(linkId).orElseThrow();
        if (link.mode() != io.meridian.model.ReplicationMode.SEMI_SYNC) {
            return "";
        }
        double rtt = latencies.typicalRttMs(regionOfComponent(link.from()), regionOfComponent(link.to()));
        return String.format(java.util.Locale.ROOT, "; RPO 0 holds only while '%s' acknowledges: after a missed "
                + "%,.0f ms acknowledgement timeout the writer commits alone, and while it does the RPO is the "
                + "asynchronous lag (one-way trip ≈ %,.3f s and any backlog)", link.to(), link.ackTimeoutMsOrDefault(),
                rtt / 2 / 1000);
    }

    private String regionOfComponent(String componentId) {
        return topology.component(componentId).orElseThrow().regionId();
    }

    /** A majority inside one region commits without the others: they trail by the one-way trip to the nearest. */
    private DatasetRpo quorumRpo(DatasetPlacement p) {
        VoterSplit split = VoterSplit.of(p);
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
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), Figure.of("RPO", rtt / 2 / 1000, "s",
                "typicalRtt / 2 / 1000 to the nearest voter outside the majority's region", "typicalRtt", rtt),
                false, null, split.largestCount() + " of " + split.voters() + " voters live in " + inside
                + ": a majority commits there alone, and the other regions trail by the one-way trip");
    }

    private static DatasetRpo worst(DatasetPlacement p, List<DatasetRpo> candidates, String whenNone) {
        return candidates.stream().max(Comparator.comparingDouble(DatasetRpo::seconds))
                .orElseGet(() -> unbounded(p, null, whenNone));
    }

    private static DatasetRpo zero(DatasetPlacement p, String basis) {
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), Figure.of("RPO", 0, "s", "0: " + basis),
                false, null, basis);
    }

    private static DatasetRpo unbounded(DatasetPlacement p, String linkId, String basis) {
        return new DatasetRpo(p.dataset().id(), p.dataset().strategy(), null, true, linkId, basis);
    }

    private DatasetPromotion repair(DatasetPlacement p, String regionId, String how) {
        double hours = mttrHours(regionId);
        return promotion(p, regionId, null, Figure.of("promotion", hours * 3600, "s",
                "mttrHours × 3600: nobody can take over, so writes wait for the region", "mttrHours", hours), how);
    }

    private static DatasetPromotion promotion(DatasetPlacement p, String failedRegionId, String promotedId,
                                              Figure seconds, String how) {
        return promotion(p, failedRegionId, promotedId, seconds, how, 0);
    }

    private static DatasetPromotion promotion(DatasetPlacement p, String failedRegionId, String promotedId,
                                              Figure seconds, String how, double decisionSeconds) {
        return new DatasetPromotion(p.dataset().id(), p.dataset().strategy(), failedRegionId, promotedId, seconds,
                how, p.dataset().promotion(), order(p, failedRegionId), decisionSeconds);
    }

    /** The promotion order of the leader lost with the failed region (the first leader when none is). */
    private static List<String> order(DatasetPlacement p, String failedRegionId) {
        List<DatasetPlacement.Copy> leaders = p.leaders();
        if (leaders.isEmpty()) {
            return List.of();
        }
        DatasetPlacement.Copy leader = leaders.stream().filter(l -> l.regionId().equals(failedRegionId)).findFirst()
                .orElse(leaders.get(0));
        return p.promotionOrder(leader).stream().map(DatasetPlacement.Copy::componentId).toList();
    }

    private double mttrHours(String regionId) {
        return topology.region(regionId).orElseThrow().mttrHours();
    }

    /** How a quorum's voters spread over regions: the region holding most of them, and whether that is a majority. */
    record VoterSplit(int voters, String largestRegion, int largestCount) {
        static VoterSplit of(DatasetPlacement p) {
            Map<String, Long> byRegion = p.voters().stream().collect(Collectors.groupingBy(
                    DatasetPlacement.Copy::regionId, LinkedHashMap::new, Collectors.counting()));
            Map.Entry<String, Long> largest = byRegion.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            return new VoterSplit(p.voters().size(), largest.getKey(), largest.getValue().intValue());
        }

        boolean majorityInOneRegion() {
            return 2 * largestCount > voters;
        }

        /** The voters outside the largest region still form a majority of all voters. */
        boolean survivesLossOfLargest() {
            return 2 * (voters - largestCount) > voters;
        }
    }

    private static boolean crossesRegions(DatasetPlacement p, Link l) {
        return !p.regionOf(l.to()).equals(p.regionOf(l.from()));
    }
}
