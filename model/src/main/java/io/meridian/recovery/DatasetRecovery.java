package io.meridian.recovery;

import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.Takeover;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.Topology;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Promotion time of each dataset after the worst single-region failure for it. */
final class DatasetRecovery {
    private final Topology topology;

    DatasetRecovery(Topology topology) {
        this.topology = topology;
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
        double minutes = p.dataset().decisionMinutesOrDefault(topology.assumptions().operatorDecisionMinutes());
        double decision = minutes * 60;
        return promotion(p, t.failedRegionId(), t.successorComponentId(), Figure.of("promotion", decision + promote,
                        "s", "decisionMinutes × 60 + promoteSeconds of the promoted copy", "decisionMinutes", minutes,
                        "promoteSeconds", promote),
                replaced + " once an operator has been paged and decided (manual promotion)", decision);
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
}
