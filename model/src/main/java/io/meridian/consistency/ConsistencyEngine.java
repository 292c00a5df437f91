package io.meridian.consistency;

import io.meridian.latency.RegionLatencies;
import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.placement.DatasetPlacement;
import io.meridian.placement.Takeover;
import java.util.List;
import java.util.Locale;

/**
 * How each dataset behaves under an inter-region partition and concurrent writes. Decisions, per write strategy
 * (a dataset whose copies all sit in one region is {@code SINGLE_COPY}, "PC/EC": nothing between regions can split
 * it, and whoever is cut off from its region cannot reach it):
 * <ul>
 * <li><b>single primary</b> with a synchronous (sync, semi-sync or quorum-member) replica in another region:
 *     PC/EC, the partition blocks commits. With only asynchronous replicas: PA/EL (the seeds' active-passive row):
 *     reads stay available, stale, everywhere; writes from the far side cannot reach the primary
 *     ({@code BLOCKS_WRITES} there).</li>
 * <li><b>home region</b>: PA/EL and {@code PARTITIONED_BY_HOME} (each user writes at home); PC/EC and
 *     {@code BLOCKS_WRITES} when a home primary waits for a synchronous replica in another region.</li>
 * <li><b>multi-primary</b>: PA/EL. CRDT, vector clocks and application merge diverge then merge; so do commutative
 *     values without a resolver (operations applied in any order agree). LWW, and non-commutative values without
 *     a resolver, lose writes.</li>
 * <li><b>majority quorum</b> and <b>commit-wait</b>: PC/EC; the side without a majority of voters stops writing.</li>
 * <li><b>two-phase commit</b>: PC/EC; every copy votes, so losing touch with any one region blocks every write.</li>
 * </ul>
 * Double-spend risk: multi-primary across regions on non-commutative values (two regions both approve a withdrawal
 * of the same balance), whatever the resolver: a merge cannot undo an approval already given.
 * Split-brain risk: a single-primary or home-region dataset that promotes automatically a copy in another region
 * while its copies, witnesses included, span fewer than three regions: with two sides nobody holds a majority to
 * tell a dead primary from a cut-off one. A dataset promoted by hand carries no such risk (the operator decides).
 * CRDT convergence after a partition heals = writes/s × partition seconds / merge rate + the largest RTT between
 * the copies' regions ({@link Convergence}).
 */
public final class ConsistencyEngine {
    private ConsistencyEngine() {
    }

    public static ConsistencyReport evaluate(Topology topology) {
        return evaluate(topology, RegionLatencies.of(topology));
    }

    /** With the region latencies the evaluation worked out once for every engine that needs them. */
    public static ConsistencyReport evaluate(Topology topology, RegionLatencies latencies) {
        return new ConsistencyReport(topology.datasets().stream()
                .map(d -> classify(topology, latencies, DatasetPlacement.of(topology, d))).toList());
    }

    private static DatasetConsistency classify(Topology topology, RegionLatencies latencies, DatasetPlacement p) {
        Dataset d = p.dataset();
        List<String> regions = p.regions();
        if (regions.size() <= 1) {
            String why = regions.isEmpty() ? "'" + d.name() + "' lists no copy: there is nothing to partition."
                    : "Every copy lives in " + regions.get(0) + ": a partition between regions cannot split it, "
                    + "and users cut off from " + regions.get(0) + " cannot reach it.";
            return result(d, "PC/EC", PartitionBehaviour.SINGLE_COPY, false, null, false, why);
        }
        return switch (d.strategy()) {
            case SINGLE_PRIMARY, HOME_REGION -> leader(p);
            case MULTI_PRIMARY -> multiPrimary(topology, latencies, p);
            case MAJORITY_QUORUM, COMMIT_WAIT -> result(d, "PC/EC", PartitionBehaviour.BLOCKS_WRITES, false, null,
                    false, "A commit needs a majority of the voters: under a partition the side without one stops "
                            + "writing, and every write pays the round trip to the leader and from it to a majority.");
            case TWO_PHASE_COMMIT -> result(d, "PC/EC", PartitionBehaviour.BLOCKS_WRITES, false, null, false,
                    "Every copy votes on every commit: a partition from any one of " + regions.size()
                            + " regions blocks every write; the client waits for the prepare round to the slowest copy, and "
                            + "locks are held for both rounds.");
        };
    }

    private static DatasetConsistency leader(DatasetPlacement p) {
        Dataset d = p.dataset();
        boolean syncAcross = p.leaders().stream().anyMatch(l -> p.replicationFrom(l.componentId()).stream()
                .anyMatch(link -> zeroLoss(link.mode()) && !p.regionOf(link.to()).equals(l.regionId())));
        boolean promotable = p.takeovers().stream().anyMatch(Takeover::hasSuccessor);
        // An operator who confirms the leader is lost before promoting cannot create a second primary; an automatic
        // promotion can, unless a majority across three or more regions (witnesses count) arbitrates.
        boolean splitBrain = promotable && !p.manualPromotion() && p.regions().size() < 3;
        String brain = splitBrain ? " Split-brain risk: automatic failover may promote '"
                + p.takeovers().stream().filter(Takeover::hasSuccessor).findFirst().orElseThrow().successorComponentId()
                + "' while the primary is only cut off, not down; with copies in " + p.regions().size()
                + " regions and no third region or witness, no majority can tell the two apart."
                : promotable && p.manualPromotion() ? " Promotion is manual: an operator confirms the primary is lost "
                + "(and fences it) before promoting, so a partition cannot create a second primary; writes wait for "
                + "that decision." : "";
        if (syncAcross) {
            return result(d, "PC/EC", PartitionBehaviour.BLOCKS_WRITES, false, null, splitBrain,
                    "The primary waits for a synchronous replica in another region: a partition blocks commits, "
                            + "and every write pays the cross-region round trip." + brain);
        }
        if (d.strategy() == WriteStrategy.HOME_REGION) {
            return result(d, "PA/EL", PartitionBehaviour.PARTITIONED_BY_HOME, false, null, splitBrain,
                    "Each user writes in their home region and replicas elsewhere trail asynchronously: a partition "
                            + "leaves every home writable; only reads of other homes' data grow stale." + brain);
        }
        return result(d, "PA/EL", PartitionBehaviour.BLOCKS_WRITES, false, null, splitBrain,
                "One primary commits locally and replicas trail asynchronously: under a partition reads stay "
                        + "available but stale everywhere, and writes from the far side cannot reach the primary."
                        + brain);
    }

    private static DatasetConsistency multiPrimary(Topology topology, RegionLatencies latencies, DatasetPlacement p) {
        Dataset d = p.dataset();
        boolean merges = d.conflict() == ConflictResolution.CRDT || d.conflict() == ConflictResolution.VECTOR_CLOCK
                || d.conflict() == ConflictResolution.APPLICATION_MERGE
                || (d.conflict() == ConflictResolution.NONE && d.commutative());
        boolean doubleSpend = !d.commutative();
        String spend = doubleSpend ? " Double-spend risk: its values do not commute, so two regions can both "
                + "accept conflicting updates of one value (e.g. two withdrawals from one balance) before either sees "
                + "the other."
                : "";
        if (!merges) {
            String how = d.conflict() == ConflictResolution.LWW
                    ? "last-writer-wins keeps one of two concurrent writes and silently drops the other"
                    : "with no conflict resolution, concurrent writes overwrite each other in whatever order they "
                    + "arrive, and the copies can disagree for good";
            return result(d, "PA/EL", PartitionBehaviour.LOSES_WRITES, doubleSpend, null, false,
                    "Every region accepts writes during a partition; " + how + "." + spend);
        }
        Figure convergence = Convergence.of(topology, latencies, p);
        return result(d, "PA/EL", PartitionBehaviour.DIVERGES_THEN_MERGES, doubleSpend, convergence, false,
                String.format(Locale.ROOT, "Every region accepts writes during a partition and the copies "
                        + "merge afterwards (%s): after a %,.0f s partition they agree again %,.2f s after it heals.",
                        d.conflict().id(), topology.assumptions().partitionSeconds(), convergence.value()) + spend);
    }

    private static boolean zeroLoss(ReplicationMode mode) {
        return mode.blocksCommit() || mode == ReplicationMode.QUORUM_MEMBER;
    }

    private static DatasetConsistency result(Dataset d, String pacelc, PartitionBehaviour partition,
                                             boolean doubleSpend, Figure convergence, boolean splitBrain,
                                             String explanation) {
        return new DatasetConsistency(d.id(), d.name(), d.strategy(), pacelc, partition, doubleSpend, convergence,
                splitBrain, explanation);
    }
}
