package io.meridian.app.edit;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The editor's changes as plain functions from design to design, so they can be tested without a window
 * and each one becomes exactly one undoable step. New elements get round, typical values the user then
 * tunes in the inspector (what a new service or database usually looks like, not a measured default).
 */
public final class DesignEdits {
    /** Id of the global routing layer in a selection (the topology holds at most one). */
    public static final String ROUTING_ID = "routing";

    private DesignEdits() {
    }

    /** A fresh id: {@code prefix}, or {@code prefix-2}, {@code prefix-3}… when taken. */
    public static String freshId(Topology t, String prefix) {
        String base = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "element";
        }
        String id = base;
        for (int n = 2; t.containsId(id) || id.equals(ROUTING_ID); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public static Design addRegion(Design d, Region r) {
        return d.withTopology(d.topology().withRegion(r));
    }

    /** A component of {@code kind} with typical values, inside {@code regionId}. */
    public static Component newComponent(Topology t, ComponentKind kind, String regionId) {
        String region = t.region(regionId).map(Region::id).orElseThrow(
                () -> new IllegalArgumentException("no region '" + regionId + "' to place it in"));
        String name = switch (kind) {
            case SERVICE -> "api";
            case DATABASE -> "db";
            case CACHE -> "cache";
            case QUEUE -> "queue";
            case OBJECT_STORE -> "objects";
            case LOAD_BALANCER -> "lb";
        };
        String id = freshId(t, name + "-" + region);
        return switch (kind) {
            case SERVICE -> new Component(id, name, region, 2, 0.10, Reliability.ofSla(0.999),
                    new ComponentSpec.Service(500, 0.7));
            case DATABASE -> new Component(id, name, region, 1, 0.50, Reliability.ofSla(0.9995),
                    new ComponentSpec.Database("postgresql", primaryOrReplica(t), 5000, 1, 30));
            case CACHE -> new Component(id, name, region, 2, 0.07, Reliability.ofSla(0.999),
                    new ComponentSpec.Cache("redis"));
            case QUEUE -> new Component(id, name, region, 3, 0.20, Reliability.ofSla(0.999),
                    new ComponentSpec.Queue("kafka", 168, 10_000, 1));
            case OBJECT_STORE -> new Component(id, name, region, 1, 0, Reliability.ofSla(0.9999),
                    new ComponentSpec.ObjectStore(100));
            case LOAD_BALANCER -> new Component(id, name, region, 1, 0.025, Reliability.ofSla(0.9999),
                    new ComponentSpec.LoadBalancer());
        };
    }

    /** The first database of a design is its primary; later ones start as replicas. */
    private static DatabaseRole primaryOrReplica(Topology t) {
        boolean hasPrimary = t.components().stream().anyMatch(c -> c.spec() instanceof ComponentSpec.Database db
                && db.role() == DatabaseRole.PRIMARY);
        return hasPrimary ? DatabaseRole.REPLICA : DatabaseRole.PRIMARY;
    }

    public static Design addComponent(Design d, Component c) {
        return d.withTopology(d.topology().withComponent(c));
    }

    public static Population newPopulation(Topology t, GeoPoint at) {
        return new Population(freshId(t, "users"), "Users", at, 1000, 0.9, null, null, List.of());
    }

    /** A zone around the given regions, named after their jurisdiction when they share one. */
    public static ResidencyZone newZone(Topology t, List<String> regionIds) {
        List<String> jurisdictions = regionIds.stream().map(id -> t.region(id).map(Region::jurisdiction).orElse(""))
                .distinct().toList();
        String name = jurisdictions.size() == 1 && !jurisdictions.get(0).isBlank()
                ? jurisdictions.get(0) + " residency" : "Residency zone";
        return new ResidencyZone(freshId(t, "zone"), name, regionIds);
    }

    /** Latency DNS with a 60 s TTL and 3 × 10 s health checks: the usual managed-DNS setup. */
    public static GlobalRouting newRouting() {
        return new GlobalRouting(RoutingKind.LATENCY_DNS, 60, 10, 3, 0, 0.02, 300, Reliability.ofSla(0.99999), 0);
    }

    /**
     * The link a drag from one component to another means: two databases replicate (asynchronously, the
     * safe default), anything else is a hard dependency of the first on the second.
     */
    public static Link newLink(Topology t, String fromId, String toId) {
        Component from = t.component(fromId).orElseThrow(() -> new IllegalArgumentException("no component '" + fromId + "'"));
        Component to = t.component(toId).orElseThrow(() -> new IllegalArgumentException("no component '" + toId + "'"));
        if (from.kind() == ComponentKind.DATABASE && to.kind() == ComponentKind.DATABASE) {
            return Link.replication(freshId(t, "repl-" + fromId + "-" + toId), fromId, toId, ReplicationMode.ASYNC);
        }
        return Link.dependency(freshId(t, "dep-" + fromId + "-" + toId), fromId, toId);
    }

    /** Adds a link unless an equal one (same kind and ends) is there already. */
    public static Design addLink(Design d, Link l) {
        Topology t = d.topology();
        boolean exists = t.links().stream().anyMatch(x -> x.kind() == l.kind() && x.from().equals(l.from())
                && x.to().equals(l.to()));
        if (exists) {
            throw new IllegalArgumentException("'" + l.from() + "' is already linked to '" + l.to() + "'");
        }
        return d.withTopology(t.withLink(l));
    }

    /** Removes elements and what would dangle without them; the layout forgets them too. */
    public static Design delete(Design d, Collection<String> ids) {
        Topology t = d.topology();
        var layout = d.layout();
        for (String id : ids) {
            if (id.equals(ROUTING_ID)) {
                t = t.withRouting(null);
            } else if (t.containsId(id)) {
                t = t.without(id);
            }
            layout = layout.without(id);
        }
        return d.withTopology(t).withLayout(layout);
    }

    /**
     * Moves regions and populations by a distance in degrees. Catalogue regions stay where the provider
     * built them (lines between regions mean real distance), so only custom places and users move.
     */
    public static Design move(Design d, Collection<String> ids, double dLat, double dLon) {
        Topology t = d.topology();
        for (String id : ids) {
            var region = t.region(id);
            if (region.isPresent() && region.get().catalogId() == null) {
                t = t.withRegion(region.get().withLocation(shift(region.get().location(), dLat, dLon)));
            }
            var population = t.population(id);
            if (population.isPresent()) {
                t = t.withPopulation(population.get().withLocation(shift(population.get().location(), dLat, dLon)));
            }
        }
        return d.withTopology(t);
    }

    /** True when {@link #move} would move this element. */
    public static boolean movable(Topology t, String id) {
        return t.population(id).isPresent() || t.region(id).map(r -> r.catalogId() == null).orElse(false);
    }

    /** Moves a component into another region; its links follow since they name the component. */
    public static Design moveComponent(Design d, String componentId, String regionId) {
        Topology t = d.topology();
        Component c = t.component(componentId).orElseThrow();
        return d.withTopology(t.withComponent(c.withRegion(regionId)));
    }

    private static GeoPoint shift(GeoPoint p, double dLat, double dLon) {
        double lat = Math.max(-89.9, Math.min(89.9, p.lat() + dLat));
        double lon = p.lon() + dLon;
        lon = ((lon + 540) % 360) - 180; // wrap across the antimeridian
        return new GeoPoint(lat, lon);
    }

    /** Ids of the links touching any of these components. */
    public static List<String> linksOf(Topology t, Collection<String> componentIds) {
        List<String> out = new ArrayList<>();
        t.links().stream().filter(l -> l.kind() != LinkKind.NETWORK)
                .filter(l -> componentIds.contains(l.from()) || componentIds.contains(l.to()))
                .forEach(l -> out.add(l.id()));
        return out;
    }
}
