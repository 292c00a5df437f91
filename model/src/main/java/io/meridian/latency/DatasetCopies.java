package io.meridian.latency;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a dataset's copies live and the part each plays in a commit. */
final class DatasetCopies {
    private static final Set<DatabaseRole> VOTING = EnumSet.of(DatabaseRole.PRIMARY, DatabaseRole.VOTER,
            DatabaseRole.WITNESS);

    /** One copy; a cache copy plays the replica role. */
    record Copy(String componentId, String regionId, DatabaseRole role) {
        boolean votes() {
            return VOTING.contains(role);
        }
    }

    private final Topology topology;
    private final List<Copy> copies;

    DatasetCopies(Topology topology, Dataset dataset) {
        this.topology = topology;
        this.copies = dataset.copies().stream().map(id -> copy(topology.component(id).orElseThrow())).toList();
    }

    List<Copy> all() {
        return copies;
    }

    /** The first copy with the primary role, if any. */
    Optional<Copy> primary() {
        return copies.stream().filter(c -> c.role() == DatabaseRole.PRIMARY).findFirst();
    }

    /** Copies with a vote: primary, voter and witness roles. */
    List<Copy> voters() {
        return copies.stream().filter(Copy::votes).toList();
    }

    /** Copies located in a region. */
    List<Copy> in(String regionId) {
        return copies.stream().filter(c -> c.regionId().equals(regionId)).toList();
    }

    /**
     * Regions of the nodes a copy replicates to synchronously: its commit waits for each of them. Replication is
     * per node, so every blocking link from the copy's component counts, whatever dataset the target lists.
     */
    List<String> syncReplicaRegions(Copy source) {
        return topology.links().stream()
                .filter(l -> l.kind() == LinkKind.REPLICATION && l.from().equals(source.componentId())
                        && l.mode().blocksCommit())
                .map(Link::to)
                .map(id -> topology.component(id).orElseThrow().regionId())
                .toList();
    }

    private static Copy copy(Component c) {
        DatabaseRole role = c.spec() instanceof ComponentSpec.Database db ? db.role() : DatabaseRole.REPLICA;
        return new Copy(c.id(), c.regionId(), role);
    }
}
