package io.meridian.placement;

import io.meridian.model.DatabaseRole;
import io.meridian.model.Link;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Where a dataset's writes can travel: the directed graph of replication links between its copies. A write taken at
 * one copy reaches another when a chain of links leads there (each hop re-ships what it applied: replication is per
 * node). Links through components that hold no copy of the dataset carry none of its writes.
 */
public final class ReplicationReach {
    private final DatasetPlacement placement;
    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);

    private ReplicationReach(DatasetPlacement placement) {
        this.placement = placement;
        placement.copies().forEach(c -> graph.addVertex(c.componentId()));
        for (DatasetPlacement.Copy c : placement.copies()) {
            for (Link l : placement.replicationFrom(c.componentId())) {
                if (graph.containsVertex(l.to()) && !l.to().equals(l.from())) {
                    graph.addEdge(l.from(), l.to());
                }
            }
        }
    }

    public static ReplicationReach of(DatasetPlacement placement) {
        return new ReplicationReach(placement);
    }

    /** The copies a write taken at this copy eventually reaches, in copy order (itself excluded). */
    public List<String> reachedFrom(String componentId) {
        Set<String> seen = new LinkedHashSet<>();
        new BreadthFirstIterator<>(graph, componentId).forEachRemaining(seen::add);
        return placement.copies().stream().map(DatasetPlacement.Copy::componentId)
                .filter(id -> !id.equals(componentId) && seen.contains(id)).toList();
    }

    /** The copies holding data (witnesses hold none) that a write taken at this copy never reaches. */
    public List<String> neverReachedFrom(String componentId) {
        List<String> reached = reachedFrom(componentId);
        return placement.copies().stream()
                .filter(c -> c.role() != DatabaseRole.WITNESS && !c.componentId().equals(componentId))
                .map(DatasetPlacement.Copy::componentId).filter(id -> !reached.contains(id)).toList();
    }

    /** True when a write taken at this copy reaches some copy in another region (survives the loss of its own). */
    public boolean leavesItsRegion(String componentId) {
        String region = placement.regionOf(componentId);
        return reachedFrom(componentId).stream().anyMatch(id -> !placement.regionOf(id).equals(region));
    }
}
