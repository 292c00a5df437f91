package io.meridian.placement;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
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
        return topology.links().stream()
                .filter(l -> l.kind() == LinkKind.REPLICATION && l.from().equals(componentId))
                .toList();
    }

    /**
     * The copies that take writes and must be replaced when their region fails: the primary of a single-primary
     * dataset (the first copy when none has the role), every primary of a home-region dataset (every copy when
     * none has the role). Other strategies have no single leader to replace.
     */
    public List<Copy> leaders() {
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

    /** For each leader, who is promoted when the leader's region fails. */
    public List<Takeover> takeovers() {
        List<Takeover> out = new ArrayList<>();
        for (Copy leader : leaders()) {
            out.add(takeover(leader));
        }
        return List.copyOf(out);
    }

    /**
     * The successor is the target of a replication link from the leader into another region, zero-loss modes
     * (sync, semi-sync, quorum member) first, then in link order; failing that, the first copy in another region
     * (promotable, but fed by no link from the leader); failing that, nobody.
     */
    private Takeover takeover(Copy leader) {
        String failed = leader.regionId();
        Optional<Link> fed = replicationFrom(leader.componentId()).stream()
                .filter(l -> !regionOf(l.to()).equals(failed))
                .min(Comparator.comparingInt(l -> l.mode().losesNothing() ? 0 : 1));
        if (fed.isPresent()) {
            String to = fed.get().to();
            return new Takeover(dataset.id(), leader.componentId(), failed, to, regionOf(to), fed.get().id());
        }
        return copies.stream().filter(c -> !c.regionId().equals(failed)).findFirst()
                .map(c -> new Takeover(dataset.id(), leader.componentId(), failed, c.componentId(), c.regionId(), null))
                .orElseGet(() -> new Takeover(dataset.id(), leader.componentId(), failed, null, null, null));
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
