package io.meridian.latency;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Topology;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private final List<Copy> copies;
    private final Optional<Copy> primary;
    private final List<Copy> voters;
    private final Map<String, List<String>> syncReplicaRegions = new HashMap<>();

    DatasetCopies(Topology topology, Dataset dataset) {
        this(topology, dataset, topology.components().stream()
                .collect(Collectors.toMap(Component::id, Function.identity(), (a, b) -> a)));
    }

    /** With the design's components by id, so that a caller looking at every dataset builds that map once. */
    DatasetCopies(Topology topology, Dataset dataset, Map<String, Component> componentsById) {
        this.copies = dataset.copies().stream().map(id -> copy(component(componentsById, id))).toList();
        this.primary = copies.stream().filter(c -> c.role() == DatabaseRole.PRIMARY).findFirst();
        this.voters = copies.stream().filter(Copy::votes).toList();
        // Worked out per copy once here: the engine asks for every writer of the dataset.
        for (Copy c : copies) {
            syncReplicaRegions.computeIfAbsent(c.componentId(), id -> topology.links().stream()
                    .filter(l -> l.kind() == LinkKind.REPLICATION && l.from().equals(id) && l.mode().blocksCommit())
                    .map(Link::to)
                    .map(to -> component(componentsById, to).regionId())
                    .toList());
        }
    }

    List<Copy> all() {
        return copies;
    }

    /** The first copy with the primary role, if any. */
    Optional<Copy> primary() {
        return primary;
    }

    /** Copies with a vote: primary, voter and witness roles. */
    List<Copy> voters() {
        return voters;
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
        return syncReplicaRegions.get(source.componentId());
    }

    private static Component component(Map<String, Component> byId, String id) {
        Component c = byId.get(id);
        if (c == null) {
            throw new java.util.NoSuchElementException("No value present");
        }
        return c;
    }

    private static Copy copy(Component c) {
        DatabaseRole role = c.spec() instanceof ComponentSpec.Database db ? db.role() : DatabaseRole.REPLICA;
        return new Copy(c.id(), c.regionId(), role);
    }
}
