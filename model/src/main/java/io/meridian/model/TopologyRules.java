package io.meridian.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The referential rules of a topology, checked all at once so a reader can report every problem in one pass.
 * Paths use list indexes in file order ({@code links[2].to}).
 */
final class TopologyRules {
    private TopologyRules() {
    }

    static List<Problem> check(List<Region> regions, List<Component> components, List<Link> links,
                               List<Dataset> datasets, List<Population> populations, List<ResidencyZone> zones) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        unique(problems, firstPath, "regions", regions.stream().map(Region::id).toList());
        unique(problems, firstPath, "components", components.stream().map(Component::id).toList());
        unique(problems, firstPath, "links", links.stream().map(Link::id).toList());
        unique(problems, firstPath, "datasets", datasets.stream().map(Dataset::id).toList());
        unique(problems, firstPath, "populations", populations.stream().map(Population::id).toList());
        unique(problems, firstPath, "zones", zones.stream().map(ResidencyZone::id).toList());

        Set<String> regionIds = ids(regions.stream().map(Region::id).toList());
        Map<String, Component> byId = new HashMap<>();
        components.forEach(c -> byId.putIfAbsent(c.id(), c));
        Set<String> zoneIds = ids(zones.stream().map(ResidencyZone::id).toList());

        for (int i = 0; i < components.size(); i++) {
            ref(problems, "components[" + i + "].region", components.get(i).regionId(), regionIds, "region");
        }
        for (int i = 0; i < links.size(); i++) {
            checkLink(problems, "links[" + i + "]", links.get(i), regionIds, byId);
        }
        for (int i = 0; i < datasets.size(); i++) {
            Dataset d = datasets.get(i);
            String at = "datasets[" + i + "]";
            for (int j = 0; j < d.copies().size(); j++) {
                String copy = d.copies().get(j);
                Component c = byId.get(copy);
                if (c == null) {
                    problems.add(new Problem(at + ".copies[" + j + "]", "no component with id '" + copy + "'"));
                } else if (c.kind() != ComponentKind.DATABASE && c.kind() != ComponentKind.CACHE) {
                    problems.add(new Problem(at + ".copies[" + j + "]",
                            "'" + copy + "' is a " + c.kind().id() + "; dataset copies live in a database or cache"));
                }
            }
            if (d.zoneId() != null) {
                ref(problems, at + ".zone", d.zoneId(), zoneIds, "residency zone");
            }
            List<String> order = d.promotionOrder() == null ? List.of() : d.promotionOrder();
            for (int j = 0; j < order.size(); j++) {
                Component c = byId.get(order.get(j));
                if (c != null && c.spec() instanceof ComponentSpec.Database db && db.role() == DatabaseRole.WITNESS) {
                    problems.add(new Problem(at + ".promotionOrder[" + j + "]",
                            "'" + order.get(j) + "' is a witness: it votes but holds no data to promote"));
                }
            }
        }
        Set<String> datasetIds = ids(datasets.stream().map(Dataset::id).toList());
        for (int i = 0; i < populations.size(); i++) {
            Population p = populations.get(i);
            String at = "populations[" + i + "]";
            if (p.homeRegionId() != null) {
                ref(problems, at + ".homeRegion", p.homeRegionId(), regionIds, "region");
            }
            if (p.zoneId() != null) {
                ref(problems, at + ".zone", p.zoneId(), zoneIds, "residency zone");
            }
            for (int j = 0; j < p.weights().size(); j++) {
                ref(problems, at + ".weights[" + j + "].region", p.weights().get(j).regionId(), regionIds, "region");
            }
            for (String field : List.of("reads", "writes")) {
                List<String> named = field.equals("reads") ? p.reads() : p.writes();
                for (int j = 0; named != null && j < named.size(); j++) {
                    ref(problems, at + "." + field + "[" + j + "]", named.get(j), datasetIds, "dataset");
                }
            }
        }
        for (int i = 0; i < zones.size(); i++) {
            List<String> rs = zones.get(i).regionIds();
            for (int j = 0; j < rs.size(); j++) {
                ref(problems, "zones[" + i + "].regions[" + j + "]", rs.get(j), regionIds, "region");
            }
        }
        return problems;
    }

    /** Provider profiles are one per provider; scenarios name known regions and have unique ids. */
    static List<Problem> checkFailureDomains(List<Region> regions, List<ProviderProfile> providers,
                                             List<FailureScenario> scenarios) {
        List<Problem> problems = new ArrayList<>();
        Set<Provider> seen = new java.util.HashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            if (!seen.add(providers.get(i).provider())) {
                problems.add(new Problem("providers[" + i + "].provider",
                        "provider '" + providers.get(i).provider().id() + "' is listed twice"));
            }
        }
        Set<String> regionIds = ids(regions.stream().map(Region::id).toList());
        Set<String> scenarioIds = new java.util.HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            FailureScenario s = scenarios.get(i);
            if (!scenarioIds.add(s.id())) {
                problems.add(new Problem("scenarios[" + i + "].id", "duplicate id '" + s.id() + "'"));
            }
            for (int j = 0; j < s.regionIds().size(); j++) {
                ref(problems, "scenarios[" + i + "].regions[" + j + "]", s.regionIds().get(j), regionIds, "region");
            }
        }
        return problems;
    }

    private static void checkLink(List<Problem> problems, String at, Link l, Set<String> regionIds,
                                  Map<String, Component> byId) {
        if (l.kind() == LinkKind.NETWORK) {
            ref(problems, at + ".from", l.from(), regionIds, "region");
            ref(problems, at + ".to", l.to(), regionIds, "region");
            return;
        }
        ref(problems, at + ".from", l.from(), byId.keySet(), "component");
        ref(problems, at + ".to", l.to(), byId.keySet(), "component");
        if (l.via() != null) {
            Component q = byId.get(l.via());
            if (q == null) {
                problems.add(new Problem(at + ".via", "no component with id '" + l.via() + "'"));
            } else if (q.kind() != ComponentKind.QUEUE) {
                problems.add(new Problem(at + ".via", "'" + l.via() + "' is a " + q.kind().id() + ", not a queue"));
            }
        }
    }

    private static void ref(List<Problem> problems, String path, String id, Set<String> known, String what) {
        if (!known.contains(id)) {
            problems.add(new Problem(path, "no " + what + " with id '" + id + "'"));
        }
    }

    private static void unique(List<Problem> problems, Map<String, String> firstPath, String list, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            String path = list + "[" + i + "].id";
            String earlier = firstPath.putIfAbsent(ids.get(i), path);
            if (earlier != null) {
                problems.add(new Problem(path, "duplicate id '" + ids.get(i) + "' (already used at " + earlier + ")"));
            }
        }
    }

    private static Set<String> ids(List<String> list) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(list)); // not Set.copyOf: see RegionLatencies
    }
}
