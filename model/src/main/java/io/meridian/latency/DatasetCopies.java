package io.meridian.latency;

import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import io.meridian.placement.DatasetPlacement;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a dataset's copies live and the part each plays in a commit: a view of the shared
 * {@link DatasetPlacement}, so the leader a write is timed at is the leader the availability engine judges.
 */
final class DatasetCopies {
    private static final Set<DatabaseRole> VOTING = EnumSet.of(DatabaseRole.PRIMARY, DatabaseRole.VOTER,
            DatabaseRole.WITNESS);

    /** One copy; a cache copy plays the replica role. */
    record Copy(String componentId, String regionId, DatabaseRole role) {
        boolean votes() {
            return VOTING.contains(role);
        }
    }

    /**
     * Regions of the nodes a leader's commit waits for: every sync target, and one semi-sync target (MySQL's
     * rpl_semi_sync_source_wait_for_replica_count defaults to 1: the first acknowledgement releases the commit).
     */
    record Acks(List<String> syncRegions, List<String> semiSyncRegions) {
        boolean isEmpty() {
            return syncRegions.isEmpty() && semiSyncRegions.isEmpty();
        }
    }

    private final DatasetPlacement placement;
    private final List<Copy> copies;
    private final List<Copy> voters;
    private final Map<String, Acks> acks = new HashMap<>();
    private final Topology topology;

    DatasetCopies(Topology topology, Dataset dataset) {
        this.topology = topology;
        this.placement = DatasetPlacement.of(topology, dataset);
        this.copies = placement.copies().stream().map(DatasetCopies::copy).toList();
        this.voters = copies.stream().filter(Copy::votes).toList();
    }

    DatasetPlacement placement() {
        return placement;
    }

    List<Copy> all() {
        return copies;
    }

    /** Copies with a vote: primary, voter and witness roles. */
    List<Copy> voters() {
        return voters;
    }

    /** The first copy with the primary role (a quorum's fixed leader), if any. */
    java.util.Optional<Copy> primary() {
        return copies.stream().filter(c -> c.role() == DatabaseRole.PRIMARY).findFirst();
    }

    /**
     * What a copy's commit waits for. Replication is per node, so every blocking link from the copy's component
     * counts, whatever dataset the target lists.
     */
    Acks acks(Copy source) {
        return acks.computeIfAbsent(source.componentId(), id -> {
            List<Link> links = placement.commitAcks(id);
            return new Acks(regions(links, ReplicationMode.SYNC), regions(links, ReplicationMode.SEMI_SYNC));
        });
    }

    private List<String> regions(List<Link> links, ReplicationMode mode) {
        return links.stream().filter(l -> l.mode() == mode)
                .map(l -> topology.component(l.to()).orElseThrow().regionId()).toList();
    }

    static Copy copy(DatasetPlacement.Copy c) {
        return new Copy(c.componentId(), c.regionId(), c.role());
    }
}
