package io.meridian.latency;

import io.meridian.latency.DatasetCopies.Copy;
import io.meridian.latency.PathMeasures.Rtt;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.WriteStrategy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commit cost of each write strategy, measured from the region S that serves the writer. Every cost is
 * computed twice with the same plan (primary, leader, participants): once with typical RTTs, once with floors.
 */
final class WritePaths {
    /** One commit cost: its formula over named inputs, and its value. */
    private record Cost(String formula, Map<String, Double> inputs, double value) {
    }

    private final RegionLatencies regions;
    private final PathMeasures measures;
    private final double epsilonMs;

    WritePaths(PathMeasures measures) {
        this.measures = measures;
        this.regions = measures.regions();
        this.epsilonMs = regions.model().assumptions().commitWaitEpsilonMs();
    }

    /** Why no write latency can be given for the dataset, or null when it can. */
    static String unavailable(Dataset dataset, DatasetCopies copies) {
        if (copies.all().isEmpty()) {
            return "dataset '" + dataset.id() + "' has no copies";
        }
        WriteStrategy s = dataset.strategy();
        if ((s == WriteStrategy.MAJORITY_QUORUM || s == WriteStrategy.COMMIT_WAIT) && copies.voters().isEmpty()) {
            return "no copy of '" + dataset.id() + "' votes (primary, voter or witness)";
        }
        return null;
    }

    /**
     * The commits of one dataset, remembered by serving region and leader: every population served from S that
     * writes to the same leader pays the same commit cost, so it is worked out once per pair.
     */
    final class DatasetCommits {
        private final Dataset dataset;
        private final DatasetCopies copies;
        private final Map<String, Commit> byKey = new HashMap<>();

        private DatasetCommits(Dataset dataset, DatasetCopies copies) {
            this.dataset = dataset;
            this.copies = copies;
        }

        /**
         * The write latency through serving region S: the client's RTT to S plus the commit cost from S. A
         * single-primary, home-region, majority-quorum or commit-wait write goes to {@code leader}, the placement's
         * leader for the writer ({@code DatasetPlacement.leaderFor} / {@code quorumLeaderFor}); null for the others.
         */
        ServedLatency served(Copy leader, String servingRegionId, double share, PathLatency client) {
            String key = leader == null ? servingRegionId : servingRegionId + "|" + leader.componentId();
            Commit commit = byKey.computeIfAbsent(key, k -> commit(dataset, copies, leader, servingRegionId));
            return WritePaths.this.served(servingRegionId, share, client, commit);
        }
    }

    DatasetCommits commits(Dataset dataset, DatasetCopies copies) {
        return new DatasetCommits(dataset, copies);
    }

    /**
     * The commit from serving region S, in words, under each measure (median, floor, p99); the lock hold (2PC only,
     * median); and the data copies whose service time the client waits for (the slowest of them counts).
     */
    private record Commit(String route, Cost typical, Cost floor, Cost p99, Cost lockHold, List<String> answering) {
    }

    /** One protocol's cost under any measure. */
    private interface Protocol {
        Cost cost(Rtt rtt);
    }

    private Commit commit(String route, Protocol protocol, Cost lockHold, List<String> answering) {
        measures.recordMeasuredHops();
        Cost typical = protocol.cost(measures::typical);
        Cost floor = protocol.cost(measures::floor);
        Cost p99 = protocol.cost(measures::p99);
        return new Commit(route + measures.measuredHopsNote(), typical, floor, p99, lockHold, answering);
    }

    private Commit commit(Dataset dataset, DatasetCopies copies, Copy writeLeader, String servingRegionId) {
        String s = servingRegionId;
        return switch (dataset.strategy()) {
            case SINGLE_PRIMARY -> {
                DatasetCopies.Acks acks = copies.acks(writeLeader);
                String at = writeLeader.regionId();
                yield commit("primary '" + writeLeader.componentId() + "' in " + at + ackText(acks),
                        rtt -> leaderCost("primaryRtt", rtt, s, at, acks), null, List.of(writeLeader.componentId()));
            }
            case HOME_REGION -> {
                DatasetCopies.Acks acks = copies.acks(writeLeader);
                String home = writeLeader.regionId();
                yield commit("home region " + home + " ('" + writeLeader.componentId() + "')" + ackText(acks),
                        rtt -> leaderCost("homeRtt", rtt, s, home, acks), null, List.of(writeLeader.componentId()));
            }
            case MULTI_PRIMARY -> {
                Copy nearest = nearest(copies.all(), s);
                yield commit("nearest copy '" + nearest.componentId() + "' in " + nearest.regionId(),
                        rtt -> nearestCopyCost(rtt, s, copies.all()), null, List.of(nearest.componentId()));
            }
            case MAJORITY_QUORUM -> {
                List<Copy> voters = copies.voters();
                yield commit(quorumText(writeLeader, voters), rtt -> quorumCost(rtt, s, writeLeader, voters), null,
                        List.of(writeLeader.componentId()));
            }
            case TWO_PHASE_COMMIT -> {
                List<Copy> all = copies.all();
                Copy log = nearest(all, s);
                yield commit("coordinator in " + s + ", " + all.size() + " participants, decision logged at '"
                        + log.componentId() + "' in " + log.regionId(), rtt -> twoPhaseAck(rtt, s, all, log),
                        twoPhaseLockHold(measures::typical, s, all, log),
                        all.stream().map(Copy::componentId).toList());
            }
            case COMMIT_WAIT -> {
                List<Copy> voters = copies.voters();
                yield commit(quorumText(writeLeader, voters) + ", commit wait 2ε overlapping the quorum round",
                        rtt -> commitWait(rtt, s, writeLeader, voters), null, List.of(writeLeader.componentId()));
            }
        };
    }

    private ServedLatency served(String s, double share, PathLatency client, Commit commit) {
        Figure lockHold = commit.lockHold() == null ? null : new Figure("2PC lock hold", commit.lockHold().value(),
                "ms", commit.lockHold().formula(), commit.lockHold().inputs());
        PathMeasures.Percentile p50 = PathMeasures.Percentile.P50;
        PathMeasures.Percentile p99 = PathMeasures.Percentile.P99;
        return new ServedLatency(s, share, "served by " + s + "; " + commit.route(),
                figure("write latency", client.typicalRttMs().value(), commit.typical(),
                        measures.entryServiceMs(s, p50), measures.slowestServiceMs(commit.answering(), p50)),
                floorFigure(client.floorRttMs().value(), commit.floor()), lockHold,
                figure("p99 write latency", PathMeasures.clientP99(client), commit.p99(),
                        measures.entryServiceMs(s, p99), measures.slowestServiceMs(commit.answering(), p99)));
    }

    /** The floor: every hop at its physical floor, and no service time (none is physical). */
    private static Figure floorFigure(double clientRttMs, Cost commit) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("clientRtt", clientRttMs);
        inputs.putAll(commit.inputs());
        return new Figure("write latency floor", clientRttMs + commit.value(), "ms",
                FORMULAS.get(commit.formula(), 0), inputs);
    }

    /** clientRtt + the commit + the service times of the entry tiers and of the data copy that answers. */
    private static Figure figure(String name, double clientRttMs, Cost commit, double entryServiceMs,
                                 double dataServiceMs) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("clientRtt", clientRttMs);
        inputs.putAll(commit.inputs());
        inputs.put("entryService", entryServiceMs);
        inputs.put("dataService", dataServiceMs);
        return new Figure(name, clientRttMs + commit.value() + entryServiceMs + dataServiceMs, "ms",
                FORMULAS.get(commit.formula(), 1), inputs);
    }

    /** A write figure's formula around its commit's (a handful of commit formulas), one copy each. */
    private static final DerivedTexts FORMULAS = new DerivedTexts(commit -> new String[] {"clientRtt + " + commit,
            "clientRtt + " + commit + " + entryService + dataService"});

    // SINGLE_PRIMARY and HOME_REGION: forward to the leader, which waits for every synchronous replica and the
    // first semi-synchronous one.
    private static Cost leaderCost(String forwardName, Rtt rtt, String s, String leaderRegion, DatasetCopies.Acks acks) {
        double forward = rtt.ms(s, leaderRegion);
        double sync = Math.max(maxRtt(rtt, leaderRegion, acks.syncRegions()),
                minRtt(rtt, leaderRegion, acks.semiSyncRegions()));
        return new Cost(forwardName + " + syncReplicaRtt", inputs(forwardName, forward, "syncReplicaRtt", sync),
                forward + sync);
    }

    // MULTI_PRIMARY: commit at the nearest copy; conflicts are resolved later, off the write path.
    private static Cost nearestCopyCost(Rtt rtt, String s, List<Copy> copies) {
        double nearest = copies.stream().mapToDouble(c -> rtt.ms(s, c.regionId())).min().orElseThrow();
        return new Cost("nearestCopyRtt", inputs("nearestCopyRtt", nearest), nearest);
    }

    // MAJORITY_QUORUM: forward to the leader, which needs acks from ⌊n/2⌋ other voters (with itself, a majority).
    private static Cost quorumCost(Rtt rtt, String s, Copy leader, List<Copy> voters) {
        double forward = rtt.ms(s, leader.regionId());
        double quorum = quorumRtt(rtt, leader, voters);
        return new Cost("leaderRtt + quorumRtt", inputs("leaderRtt", forward, "quorumRtt", quorum,
                "voters", voters.size(), "acksNeeded", voters.size() / 2), forward + quorum);
    }

    /** The RTT from the leader to the ⌊n/2⌋-th nearest other voter: the last ack a majority needs. */
    private static double quorumRtt(Rtt rtt, Copy leader, List<Copy> voters) {
        int needed = voters.size() / 2;
        double[] others = voters.stream().filter(v -> !v.componentId().equals(leader.componentId()))
                .mapToDouble(v -> rtt.ms(leader.regionId(), v.regionId())).sorted().toArray();
        return needed == 0 ? 0 : others[needed - 1];
    }

    // TWO_PHASE_COMMIT, as the client sees it: the coordinator in S runs the prepare round (every participant votes,
    // the farthest last) and makes the decision durable at the nearest participant, then acknowledges; the commit
    // round runs after the acknowledgement.
    private static Cost twoPhaseAck(Rtt rtt, String s, List<Copy> participants, Copy log) {
        double prepare = maxRtt(rtt, s, participants.stream().map(Copy::regionId).toList());
        double decision = rtt.ms(s, log.regionId());
        return new Cost("prepareRtt + decisionLogRtt", inputs("prepareRtt", prepare, "decisionLogRtt", decision),
                prepare + decision);
    }

    // TWO_PHASE_COMMIT, as the locks see it: from the prepare until the farthest participant has the decision and
    // has acknowledged it, two rounds to the farthest participant plus the decision log. Contention depends on this.
    private static Cost twoPhaseLockHold(Rtt rtt, String s, List<Copy> participants, Copy log) {
        double farthest = maxRtt(rtt, s, participants.stream().map(Copy::regionId).toList());
        double decision = rtt.ms(s, log.regionId());
        return new Cost("2 × maxParticipantRtt + decisionLogRtt",
                inputs("maxParticipantRtt", farthest, "decisionLogRtt", decision), 2 * farthest + decision);
    }

    // COMMIT_WAIT: the leader picks the commit timestamp, then runs the quorum round and the wait out of the clock
    // uncertainty (2ε) side by side (Spanner, OSDI 2012 §4.2.1): the client waits for whichever ends last.
    private Cost commitWait(Rtt rtt, String s, Copy leader, List<Copy> voters) {
        double forward = rtt.ms(s, leader.regionId());
        double quorum = quorumRtt(rtt, leader, voters);
        return new Cost("leaderRtt + max(quorumRtt, 2 × epsilon)", inputs("leaderRtt", forward, "quorumRtt", quorum,
                "epsilon", epsilonMs, "voters", voters.size(), "acksNeeded", voters.size() / 2),
                forward + Math.max(quorum, 2 * epsilonMs));
    }

    private Copy nearest(List<Copy> candidates, String s) {
        return candidates.stream().min(Comparator.comparingDouble(c -> regions.typicalRttMs(s, c.regionId())))
                .orElseThrow();
    }

    private static double maxRtt(Rtt rtt, String from, List<String> toRegions) {
        return toRegions.stream().mapToDouble(r -> rtt.ms(from, r)).max().orElse(0);
    }

    private static double minRtt(Rtt rtt, String from, List<String> toRegions) {
        return toRegions.stream().mapToDouble(r -> rtt.ms(from, r)).min().orElse(0);
    }

    private static String ackText(DatasetCopies.Acks acks) {
        String text = acks.syncRegions().isEmpty() ? ""
                : ", synchronous replicas in " + String.join(", ", acks.syncRegions());
        return acks.semiSyncRegions().isEmpty() ? text
                : text + ", first semi-synchronous acknowledgement from " + String.join(", ", acks.semiSyncRegions());
    }

    private static String quorumText(Copy leader, List<Copy> voters) {
        return "leader '" + leader.componentId() + "' in " + leader.regionId() + ", " + voters.size() + " voters";
    }

    private static Map<String, Double> inputs(Object... nameValuePairs) {
        Map<String, Double> in = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            in.put((String) nameValuePairs[i], ((Number) nameValuePairs[i + 1]).doubleValue());
        }
        return in;
    }
}
