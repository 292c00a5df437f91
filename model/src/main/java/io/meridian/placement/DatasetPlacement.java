package io.meridian.placement;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.model.PromotionMode;
import io.meridian.model.QuorumLeader;
import io.meridian.model.RouteWeight;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a dataset's copies live, which of them vote, and who takes over when a leader's region is lost.
 * Replication is per node: a link from a copy's component carries every dataset that component holds.
 */
public final class DatasetPlacement {
    private static final Set<DatabaseRole> VOTING = EnumSet.of(DatabaseRole.PRIMARY, DatabaseRole.VOTER,
            DatabaseRole.WITNESS);

    /** One copy of the dataset; a cache copy plays the replica role. */
    public record Copy(String componentId, String regionId, DatabaseRole role) {
    }

    private final Topology topology;
    private final Dataset dataset;
    private final List<Copy> copies;

    private List<Copy> leaders;

    private DatasetPlacement(Topology topology, Dataset dataset) {
        this.topology = topology;
        this.dataset = dataset;
        this.copies = dataset.copies().stream().map(id -> copy(topology.component(id).orElseThrow())).toList();
    }

    public static DatasetPlacement of(Topology topology, Dataset dataset) {
        return new DatasetPlacement(topology, dataset);
    }

    public Dataset dataset() {
        return dataset;
    }

    public List<Copy> copies() {
        return copies;
    }

    /** Distinct regions holding a copy, in copy order. */
    public List<String> regions() {
        return List.copyOf(new LinkedHashSet<>(copies.stream().map(Copy::regionId).toList()));
    }

    /** Copies with a vote (primary, voter, witness); every copy when none has a voting role. */
    public List<Copy> voters() {
        List<Copy> voting = copies.stream().filter(c -> VOTING.contains(c.role())).toList();
        return voting.isEmpty() ? copies : voting;
    }

    /** Replication links out of a copy's component, in design order. */
    public List<Link> replicationFrom(String componentId) {
        return topology.linksFrom(componentId).stream().filter(l -> l.kind() == LinkKind.REPLICATION).toList();
    }

    /**
     * The copies that take writes and must be replaced when their region fails: the primary of a single-primary
     * dataset (the first copy when none has the role), every primary of a home-region dataset (every copy when
     * none has the role). Other strategies have no single leader to replace.
     */
    public List<Copy> leaders() {
        // Asked for per population and dataset (a 1,000-dataset design: 100,000 times), worked out once.
        if (leaders == null) {
            leaders = leadersOf();
        }
        return leaders;
    }

    private List<Copy> leadersOf() {
        List<Copy> primaries = copies.stream().filter(c -> c.role() == DatabaseRole.PRIMARY).toList();
        if (copies.isEmpty()) {
            return List.of();
        }
        return switch (dataset.strategy()) {
            case SINGLE_PRIMARY -> List.of(primaries.isEmpty() ? copies.get(0) : primaries.get(0));
            case HOME_REGION -> primaries.isEmpty() ? copies : primaries;
            default -> List.of();
        };
    }

    /**
     * The copies that accept writes under the dataset's strategy: every copy holding data (multi-primary), the
     * leaders (single-primary, home-region). Quorum and two-phase commit write through every voter or participant
     * in the commit itself, so no copy takes writes that replication must carry afterwards.
     */
    public List<Copy> writableCopies() {
        return switch (dataset.strategy()) {
            case MULTI_PRIMARY -> copies.stream().filter(c -> c.role() != DatabaseRole.WITNESS).toList();
            case SINGLE_PRIMARY, HOME_REGION -> leaders();
            default -> List.of();
        };
    }

    /** For each leader, who is promoted when the leader's region fails. */
    public List<Takeover> takeovers() {
        List<Takeover> out = new ArrayList<>();
        for (Copy leader : leaders()) {
            out.add(takeover(leader));
        }
        return List.copyOf(out);
    }

    /**
     * The copies that may replace a leader, first choice first. Stated on the dataset ({@code promotionOrder},
     * less the leader itself). By default, the copies the leader feeds: by a zero-loss link (sync, semi-sync, quorum
     * member) first, then by another link, each in link order; when it feeds none outside its own region, then the
     * first copy in another region (promotable, but with unbounded data loss). A copy no link from the leader feeds holds none of its writes, so
     * it is not a default candidate beside fed ones (state the order to allow it). Witnesses hold no data.
     */
    public List<Copy> promotionOrder(Copy leader) {
        List<String> stated = dataset.promotionOrder();
        if (stated != null) {
            return stated.stream().filter(id -> !id.equals(leader.componentId())).map(this::copyOf)
                    .filter(c -> c.role() != DatabaseRole.WITNESS).toList();
        }
        Set<String> ordered = new LinkedHashSet<>();
        List<Link> fed = replicationFrom(leader.componentId());
        fed.stream().filter(l -> l.mode().losesNothing()).forEach(l -> ordered.add(l.to()));
        fed.forEach(l -> ordered.add(l.to()));
        ordered.remove(leader.componentId());
        ordered.removeIf(id -> !dataset.copies().contains(id) || copyOf(id).role() == DatabaseRole.WITNESS);
        if (ordered.stream().allMatch(id -> copyOf(id).regionId().equals(leader.regionId()))) {
            copies.stream().filter(c -> !c.regionId().equals(leader.regionId()) && c.role() != DatabaseRole.WITNESS)
                    .findFirst().ifPresent(c -> ordered.add(c.componentId()));
        }
        return ordered.stream().map(this::copyOf).toList();
    }

    /** The promotion of the worst case for one leader: the first copy in its promotion order outside its region. */
    private Takeover takeover(Copy leader) {
        String failed = leader.regionId();
        Optional<Copy> next = promotionOrder(leader).stream().filter(c -> !c.regionId().equals(failed)).findFirst();
        if (next.isEmpty()) {
            return new Takeover(dataset.id(), leader.componentId(), failed, null, null, null);
        }
        String to = next.get().componentId();
        String via = replicationFrom(leader.componentId()).stream().filter(l -> l.to().equals(to))
                .min(Comparator.comparingInt(l -> l.mode().losesNothing() ? 0 : 1)).map(Link::id).orElse(null);
        return new Takeover(dataset.id(), leader.componentId(), failed, to, next.get().regionId(), via);
    }

    /**
     * The leader that takes a population's writes: the one leader of a single-primary dataset; for home-region, the
     * leader in the population's home region, else in the region that carries most of its traffic in normal
     * operation (the first on ties), else the first leader. Empty when the dataset has no leader. Both the latency
     * and the availability engines ask here, so a write is timed and judged at the same copy.
     */
    public Optional<Copy> leaderFor(String homeRegionId, List<RouteWeight> normalShares) {
        return choose(leaders(), homeRegionId, normalShares);
    }

    /**
     * The voter that leads a population's commits to a majority-quorum or commit-wait dataset. With a fixed leader
     * (the default), the same for everyone: the voter with the primary role, else the first voter listed. With
     * {@code quorumLeader: home-region} the rows are partitioned by home, and the voter (not a witness) is chosen as
     * {@link #leaderFor} chooses a home copy. Empty when no copy votes.
     */
    public Optional<Copy> quorumLeaderFor(String homeRegionId, List<RouteWeight> normalShares) {
        List<Copy> voting = copies.stream().filter(c -> VOTING.contains(c.role())).toList();
        if (dataset.quorumLeaderOrDefault() == QuorumLeader.HOME_REGION) {
            return choose(voting.stream().filter(c -> c.role() != DatabaseRole.WITNESS).toList(), homeRegionId,
                    normalShares);
        }
        return voting.stream().filter(c -> c.role() == DatabaseRole.PRIMARY).findFirst()
                .or(() -> voting.stream().findFirst());
    }

    private static Optional<Copy> choose(List<Copy> all, String homeRegionId, List<RouteWeight> normalShares) {
        if (all.size() <= 1) {
            return all.stream().findFirst();
        }
        Optional<Copy> home = all.stream().filter(c -> c.regionId().equals(homeRegionId)).findFirst();
        if (home.isPresent()) {
            return home;
        }
        Copy best = all.get(0);
        double bestShare = share(normalShares, best.regionId());
        for (Copy c : all) {
            double share = share(normalShares, c.regionId());
            if (share > bestShare) {
                best = c;
                bestShare = share;
            }
        }
        return Optional.of(best);
    }

    private static double share(List<RouteWeight> shares, String regionId) {
        double sum = 0;
        for (RouteWeight w : shares) {
            if (w.regionId().equals(regionId)) {
                sum += w.share();
            }
        }
        return sum;
    }

    /** Replication links out of a copy whose acknowledgement its commits wait for in normal operation. */
    public List<Link> commitAcks(String componentId) {
        return replicationFrom(componentId).stream().filter(l -> l.mode().blocksCommit()).toList();
    }

    /**
     * The components whose loss stops a copy's writes while it leads: the targets of its sync links (a semi-sync
     * link falls back to asynchronous after its timeout), less the copies it replaced (a promotion reconfigures
     * replication away from the lost leader).
     */
    public List<String> blockingAcks(String componentId, Collection<String> replaced) {
        return replicationFrom(componentId).stream().filter(Link::blocksWritesWhenTargetDown).map(Link::to)
                .filter(to -> !replaced.contains(to)).distinct().toList();
    }

    /** True when an operator, not the system, promotes a copy. */
    public boolean manualPromotion() {
        return dataset.promotion() == PromotionMode.MANUAL;
    }

    private Copy copyOf(String componentId) {
        return copies.stream().filter(c -> c.componentId().equals(componentId)).findFirst().orElseThrow();
    }

    /** Seconds to promote a component: a database's promoteSeconds; a cache needs no promotion. */
    public double promoteSeconds(String componentId) {
        return topology.component(componentId).orElseThrow().spec() instanceof ComponentSpec.Database db
                ? db.promoteSeconds() : 0;
    }

    public String regionOf(String componentId) {
        return topology.component(componentId).orElseThrow().regionId();
    }

    public boolean isQuorum() {
        return dataset.strategy() == WriteStrategy.MAJORITY_QUORUM || dataset.strategy() == WriteStrategy.COMMIT_WAIT;
    }

    private static Copy copy(Component c) {
        DatabaseRole role = c.spec() instanceof ComponentSpec.Database db ? db.role() : DatabaseRole.REPLICA;
        return new Copy(c.id(), c.regionId(), role);
    }
}
