package io.meridian.app.edit;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Copy took: regions with every component in them, components, user populations, and the dependency and
 * replication links among them (a link leaving the copied set stays behind: its other end is not pasted).
 * Pasting never reuses an id, so the same copy pastes any number of times; datasets, zones and objectives are
 * the design's, not an element's, and are not copied.
 */
public record CopiedElements(List<Region> regions, List<Component> components, List<Population> populations,
                             List<Link> links) {
    /** How far a pasted population sits from the original, in degrees, so both markers can be seen and picked. */
    static final double POPULATION_OFFSET_DEGREES = 1.5;

    public CopiedElements {
        regions = List.copyOf(regions);
        components = List.copyOf(components);
        populations = List.copyOf(populations);
        links = List.copyOf(links);
    }

    /** What pasting did: the design after it, and the ids of the new elements (to select them). */
    public record Pasted(Design design, List<String> ids) {
    }

    public boolean isEmpty() {
        return regions.isEmpty() && components.isEmpty() && populations.isEmpty();
    }

    /** The elements of {@code ids} that can be copied (a region brings its components); null when none. */
    public static CopiedElements of(Topology t, Collection<String> ids) {
        List<Region> regions = t.regions().stream().filter(r -> ids.contains(r.id())).toList();
        Set<String> regionIds = new LinkedHashSet<>(regions.stream().map(Region::id).toList());
        List<Component> components = t.components().stream()
                .filter(c -> ids.contains(c.id()) || regionIds.contains(c.regionId())).toList();
        Set<String> componentIds = new LinkedHashSet<>(components.stream().map(Component::id).toList());
        List<Population> populations = t.populations().stream().filter(p -> ids.contains(p.id())).toList();
        List<Link> links = t.links().stream().filter(l -> l.kind() != LinkKind.NETWORK)
                .filter(l -> componentIds.contains(l.from()) && componentIds.contains(l.to()))
                .filter(l -> l.via() == null || componentIds.contains(l.via())).toList();
        CopiedElements copied = new CopiedElements(regions, components, populations, links);
        return copied.isEmpty() ? null : copied;
    }

    /**
     * Pastes into {@code d}. Copied regions come back as new regions at the same place ("… (copy)"), unless
     * {@code intoRegionId} names a region of the design: then what was in the copied regions, and copied
     * components, go into that region (copy a region's stack, select another region, paste). Components copied
     * without their region go into {@code intoRegionId}, or back into their own region when it is null. A
     * pasted database is a replica when the design has a primary already: two primaries are an error finding.
     */
    public Pasted pasteInto(Design d, String intoRegionId) {
        Topology t = d.topology();
        String into = intoRegionId != null && t.region(intoRegionId).isPresent() ? intoRegionId : null;
        List<String> created = new ArrayList<>();
        Map<String, String> regionIds = new LinkedHashMap<>();
        for (Region r : regions) {
            if (into != null) {
                regionIds.put(r.id(), into);
                continue;
            }
            String id = DesignEdits.freshId(t, r.id() + "-copy");
            Region copy = new Region(id, r.catalogId(), r.name() + " (copy)", r.provider(), r.location(),
                    r.jurisdiction(), r.availability(), r.mttrHours(), r.zones(), r.zoneAvailability(),
                    r.zoneMttrHours());
            t = t.withRegion(copy);
            regionIds.put(r.id(), id);
            created.add(id);
        }
        Map<String, String> componentIds = new LinkedHashMap<>();
        for (Component c : components) {
            String region = regionIds.getOrDefault(c.regionId(), into != null ? into : c.regionId());
            if (t.region(region).isEmpty()) {
                continue; // its region was deleted since the copy
            }
            String id = DesignEdits.freshId(t, c.id());
            Component copy = new Component(id, c.name(), region, c.instances(), c.hourlyPrice(), c.reliability(),
                    replicaIfPrimaryExists(t, c.spec()), c.switchoverSeconds(), c.zoneRedundant(), c.serviceTime());
            t = t.withComponent(copy);
            componentIds.put(c.id(), id);
            created.add(id);
        }
        for (Link l : links) {
            String from = componentIds.get(l.from());
            String to = componentIds.get(l.to());
            if (from == null || to == null) {
                continue;
            }
            String via = l.via() == null ? null : componentIds.get(l.via());
            String id = DesignEdits.freshId(t, l.id());
            t = t.withLink(new Link(id, l.kind(), from, to, l.hard(), l.mode(), l.lagMs(), via, l.rttMs(),
                    l.ackTimeoutMs(), l.lagP50Ms(), l.lagP99Ms()));
            created.add(id);
        }
        for (Population p : populations) {
            String id = DesignEdits.freshId(t, p.id());
            GeoPoint at = p.location();
            GeoPoint moved = new GeoPoint(Math.max(-89.9, Math.min(89.9, at.lat() - POPULATION_OFFSET_DEGREES)),
                    at.lon() + POPULATION_OFFSET_DEGREES > 180 ? at.lon() - POPULATION_OFFSET_DEGREES
                            : at.lon() + POPULATION_OFFSET_DEGREES);
            Topology now = t;
            String home = p.homeRegionId() == null ? null : regionIds.getOrDefault(p.homeRegionId(), p.homeRegionId());
            // Route weights are kept whole or not at all: a part of them would no longer add up to 1.
            boolean weightsHold = p.weights().stream().allMatch(w -> now.region(w.regionId()).isPresent());
            Population copy = new Population(id, p.name() + " (copy)", moved, p.requestsPerSecond(),
                    p.readFraction(), p.zoneId(), home != null && now.region(home).isPresent() ? home : null,
                    weightsHold ? p.weights() : List.of(), p.reads(), p.writes(), p.responseBytes());
            t = t.withPopulation(copy);
            created.add(id);
        }
        return new Pasted(d.withTopology(t), List.copyOf(created));
    }

    private static ComponentSpec replicaIfPrimaryExists(Topology t, ComponentSpec spec) {
        if (spec instanceof ComponentSpec.Database db && db.role() == DatabaseRole.PRIMARY
                && t.components().stream().anyMatch(c -> c.spec() instanceof ComponentSpec.Database other
                && other.role() == DatabaseRole.PRIMARY)) {
            return new ComponentSpec.Database(db.engine(), DatabaseRole.REPLICA, db.applyRatePerWorker(), db.workers(),
                    db.promoteSeconds());
        }
        return spec;
    }
}
