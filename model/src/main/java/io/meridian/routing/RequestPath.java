package io.meridian.routing;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Dataset;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Where a request goes once the routing layer has picked a region: into the region's entry components, then
 * through everything they reach over hard dependencies. Only these components decide whether the region serves;
 * a batch worker nothing routes to costs users nothing when it fails.
 *
 * <p>Entries, per region: its load balancers; in a region without one, its services that no dependency points to
 * (the routing layer reaches them directly; a service another component calls is behind that one). A design with
 * neither services nor load balancers has no way to tell: every component of a region is an entry. The path of
 * a region may leave it (a hard dependency on another region's component).
 */
public final class RequestPath {
    private final Topology topology;
    private final Graph<String, DefaultEdge> hard = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final Graph<String, DefaultEdge> anyDependency = new DefaultDirectedGraph<>(DefaultEdge.class);
    private final boolean everyComponentEnters;
    private final Map<String, List<String>> entries = new LinkedHashMap<>();
    private final Map<String, Set<String>> paths = new LinkedHashMap<>();
    private final Set<String> onSomePath = new HashSet<>();

    private RequestPath(Topology topology) {
        this.topology = topology;
        for (Component c : topology.components()) {
            hard.addVertex(c.id());
            anyDependency.addVertex(c.id());
        }
        Set<String> calledByAnother = new HashSet<>();
        for (Link l : topology.links()) {
            if (l.kind() != LinkKind.DEPENDENCY || !hard.containsVertex(l.from()) || !hard.containsVertex(l.to())) {
                continue;
            }
            anyDependency.addEdge(l.from(), l.to());
            calledByAnother.add(l.to());
            if (l.hard()) {
                hard.addEdge(l.from(), l.to());
            }
        }
        this.everyComponentEnters = topology.components().stream().noneMatch(RequestPath::entryKind);
        for (Region r : topology.regions()) {
            List<Component> in = topology.componentsIn(r.id());
            List<String> lbs = ids(in, c -> c.kind() == ComponentKind.LOAD_BALANCER);
            List<String> front = everyComponentEnters ? ids(in, c -> true)
                    : !lbs.isEmpty() ? lbs
                    : ids(in, c -> c.kind() == ComponentKind.SERVICE && !calledByAnother.contains(c.id()));
            if (front.isEmpty() && !everyComponentEnters) {
                // Services that all call each other in a ring: none is in front, so the routing layer reaches each.
                front = ids(in, c -> c.kind() == ComponentKind.SERVICE);
            }
            entries.put(r.id(), front);
            Set<String> path = hardClosure(front);
            paths.put(r.id(), path);
            onSomePath.addAll(path);
        }
    }

    /** Each thread's last request paths: one evaluation asks for the same topology's four times (capacity's planner
     * and load states, the availability structure, the findings), the design search once per candidate each. */
    private static final ThreadLocal<RequestPath> LAST = new ThreadLocal<>();

    /** The topology's request paths; worked out once for the same topology object asked again on the same thread. */
    public static RequestPath of(Topology topology) {
        RequestPath last = LAST.get();
        if (last != null && last.topology == topology) {
            return last;
        }
        RequestPath path = new RequestPath(topology);
        LAST.set(path);
        return path;
    }

    /** True for a design with neither services nor load balancers: every component of a region is an entry. */
    public boolean everyComponentEnters() {
        return everyComponentEnters;
    }

    /** The region's entry components, in design order. */
    public List<String> entries(String regionId) {
        return java.util.Collections.unmodifiableList(entries.getOrDefault(regionId, List.of()));
    }

    /** The components a request entering the region needs: its entries and their hard dependencies, transitively. */
    public Set<String> components(String regionId) {
        // Read-only: the same paths answer every engine of an evaluation (see of).
        return java.util.Collections.unmodifiableSet(paths.getOrDefault(regionId, Set.of()));
    }

    /** True when some region's request path needs the component. */
    public boolean onSomePath(String componentId) {
        return onSomePath.contains(componentId);
    }

    /** The components and everything they reach over hard dependencies (each once, starting components first). */
    public Set<String> hardClosure(Collection<String> start) {
        return reach(hard, start);
    }

    /**
     * Components that count nowhere: on no request path, not reached from one over a soft dependency (those degrade
     * requests), holding no copy of a dataset (writes need those) and carrying no replication. In design order.
     */
    public List<String> unused() {
        Set<String> used = new HashSet<>(reach(anyDependency, onSomePath));
        for (Dataset d : topology.datasets()) {
            used.addAll(hardClosure(d.copies()));
        }
        for (Link l : topology.links()) {
            if (l.kind() == LinkKind.REPLICATION && l.via() != null) {
                used.add(l.via());
            }
        }
        return topology.components().stream().map(Component::id).filter(id -> !used.contains(id)).toList();
    }

    /** Load balancers and services: the kinds a request can enter by. */
    static boolean entryKind(Component c) {
        return c.kind() == ComponentKind.SERVICE || c.kind() == ComponentKind.LOAD_BALANCER;
    }

    private static Set<String> reach(Graph<String, DefaultEdge> graph, Collection<String> start) {
        Set<String> out = new LinkedHashSet<>();
        List<String> known = new ArrayList<>();
        for (String id : start) {
            if (graph.containsVertex(id)) {
                known.add(id);
            }
        }
        if (known.isEmpty()) {
            return out;
        }
        new BreadthFirstIterator<>(graph, known).forEachRemaining(out::add);
        return out;
    }

    private static List<String> ids(List<Component> components, java.util.function.Predicate<Component> keep) {
        return components.stream().filter(keep).map(Component::id).toList();
    }
}
