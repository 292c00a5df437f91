package io.meridian.app.results;

import io.meridian.model.Topology;
import java.util.HashMap;
import java.util.Map;

/** Display names of the evaluated design's elements by id; the id itself when the element is unknown. */
final class Names {
    private final Topology topology;
    private final Map<String, String> byId = new HashMap<>();

    Names(Topology topology) {
        this.topology = topology;
        if (topology != null) {
            topology.regions().forEach(r -> byId.put(r.id(), r.name()));
            topology.components().forEach(c -> byId.put(c.id(), c.name()));
            topology.datasets().forEach(d -> byId.put(d.id(), d.name()));
            topology.populations().forEach(p -> byId.put(p.id(), p.name()));
        }
    }

    /** Null when the evaluation came without its topology (tests): callers then skip what needs it. */
    Topology topology() {
        return topology;
    }

    String of(String id) {
        String name = byId.get(id);
        return name == null || name.isBlank() ? id : name;
    }

    /** "US East (N. Virginia) (use1)": for tooltips, where both help. */
    String full(String id) {
        String name = of(id);
        return name.equals(id) ? id : name + " (" + id + ")";
    }
}
