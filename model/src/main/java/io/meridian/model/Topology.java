package io.meridian.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The root of a design's meaning: every element and the rules between them. Immutable; every change
 * returns a new topology, and construction refuses dangling references and duplicate ids (ids are unique
 * across all element kinds, so a selection or a layout entry names exactly one element).
 *
 * @param routing   the global routing layer, or null when users reach regions directly
 * @param providers provider-wide failure domains the design states (others take {@link ProviderProfile#defaultFor})
 * @param scenarios user-defined failure combinations, beyond each single region and provider
 * @param commonCauses the design's own global changes and its third-party dependencies; a topology built in code
 *                     without them has {@link CommonCauses#NONE} (so is {@link #EMPTY}), a design file without them
 *                     {@link CommonCauses#DEFAULTS}, and so does a new design in the app
 */
public record Topology(List<Region> regions, List<Component> components, List<Link> links, List<Dataset> datasets,
                       GlobalRouting routing, List<Population> populations, List<ResidencyZone> zones,
                       Objectives objectives, Assumptions assumptions, List<ProviderProfile> providers,
                       List<FailureScenario> scenarios, CommonCauses commonCauses) {

    // One key function per kind, so IdList knows what a list is indexed by; declared before EMPTY, which uses them.
    private static final Function<Region, String> REGION_ID = Region::id;
    private static final Function<Component, String> COMPONENT_ID = Component::id;
    private static final Function<Link, String> LINK_ID = Link::id;
    private static final Function<Link, String> LINK_FROM = Link::from;
    private static final Function<Component, String> COMPONENT_REGION = Component::regionId;
    private static final Function<Dataset, String> DATASET_ID = Dataset::id;
    private static final Function<Population, String> POPULATION_ID = Population::id;
    private static final Function<ResidencyZone, String> ZONE_ID = ResidencyZone::id;

    public static final Topology EMPTY = new Topology(List.of(), List.of(), List.of(), List.of(), null, List.of(),
            List.of(), Objectives.NONE, Assumptions.DEFAULTS);

    /** A topology with default provider profiles and no user-defined scenarios. */
    public Topology(List<Region> regions, List<Component> components, List<Link> links, List<Dataset> datasets,
                    GlobalRouting routing, List<Population> populations, List<ResidencyZone> zones,
                    Objectives objectives, Assumptions assumptions) {
        this(regions, components, links, datasets, routing, populations, zones, objectives, assumptions, List.of(),
                List.of());
    }

    /** A topology without common causes ({@link CommonCauses#NONE}). */
    public Topology(List<Region> regions, List<Component> components, List<Link> links, List<Dataset> datasets,
                    GlobalRouting routing, List<Population> populations, List<ResidencyZone> zones,
                    Objectives objectives, Assumptions assumptions, List<ProviderProfile> providers,
                    List<FailureScenario> scenarios) {
        this(regions, components, links, datasets, routing, populations, zones, objectives, assumptions, providers,
                scenarios, CommonCauses.NONE);
    }

    public Topology {
        regions = IdList.of(regions, REGION_ID);
        components = IdList.of(components, COMPONENT_ID);
        links = IdList.of(links, LINK_ID);
        datasets = IdList.of(datasets, DATASET_ID);
        populations = IdList.of(populations, POPULATION_ID);
        zones = IdList.of(zones, ZONE_ID);
        objectives = objectives == null ? Objectives.NONE : objectives;
        assumptions = assumptions == null ? Assumptions.DEFAULTS : assumptions;
        providers = List.copyOf(providers);
        scenarios = List.copyOf(scenarios);
        commonCauses = commonCauses == null ? CommonCauses.NONE : commonCauses;
        List<Problem> problems = TopologyRules.check(regions, components, links, datasets, populations, zones);
        problems.addAll(TopologyRules.checkFailureDomains(regions, providers, scenarios));
        for (int i = 0; i < commonCauses.dependencies().size(); i++) {
            ThirdPartyDependency d = commonCauses.dependencies().get(i);
            for (String p : d.usedBy()) {
                if (populations.stream().noneMatch(x -> x.id().equals(p))) {
                    problems.add(new Problem("commonCauses.dependencies[" + i + "].usedBy", "dependency '" + d.id()
                            + "' names population '" + p + "', which the design does not have"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTopologyException(problems);
        }
    }

    // ---- lookups

    public Optional<Region> region(String id) {
        return IdList.find(regions, REGION_ID, id);
    }

    public Optional<Component> component(String id) {
        return IdList.find(components, COMPONENT_ID, id);
    }

    public Optional<Link> link(String id) {
        return IdList.find(links, LINK_ID, id);
    }

    /** The links leaving this component (dependencies and replications), in design order. */
    public List<Link> linksFrom(String componentId) {
        return IdList.withKey(links, LINK_FROM, componentId);
    }

    public Optional<Dataset> dataset(String id) {
        return IdList.find(datasets, DATASET_ID, id);
    }

    public Optional<Population> population(String id) {
        return IdList.find(populations, POPULATION_ID, id);
    }

    public Optional<ResidencyZone> zone(String id) {
        return IdList.find(zones, ZONE_ID, id);
    }

    public List<Component> componentsIn(String regionId) {
        return IdList.withKey(components, COMPONENT_REGION, regionId);
    }

    public Map<String, Region> regionsById() {
        // Hashed, not Map.copyOf's linear probing (see RegionLatencies): ids with a counter cluster there.
        Map<String, Region> byId = new java.util.HashMap<>(regions.size() * 2);
        regions.forEach(r -> byId.put(r.id(), r));
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** True when any element of any kind has this id. */
    public boolean containsId(String id) {
        return region(id).isPresent() || component(id).isPresent() || link(id).isPresent()
                || dataset(id).isPresent() || population(id).isPresent() || zone(id).isPresent();
    }

    // ---- changes: each returns a new, validated topology

    public Topology withRegion(Region r) {
        return new Topology(upsert(regions, Region::id, r), components, links, datasets, routing, populations, zones,
                objectives, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withComponent(Component c) {
        return new Topology(regions, upsert(components, Component::id, c), links, datasets, routing, populations,
                zones, objectives, assumptions, providers, scenarios, commonCauses);
    }

    /**
     * Several components at once, each replacing the one with its id (added when new): validated once, where a
     * {@link #withComponent} per component validates the whole design each time (the design search resizes every
     * tier of every candidate: 180 validations of a 300-component design were a third of its time).
     */
    public Topology withComponents(List<Component> changed) {
        Map<String, Component> byId = new java.util.LinkedHashMap<>();
        changed.forEach(c -> byId.put(c.id(), c));
        List<Component> out = new ArrayList<>(components.size() + byId.size());
        for (Component c : components) {
            Component replacement = byId.remove(c.id());
            out.add(replacement == null ? c : replacement);
        }
        out.addAll(byId.values());
        return new Topology(regions, out, links, datasets, routing, populations, zones, objectives, assumptions,
                providers, scenarios, commonCauses);
    }

    public Topology withLink(Link l) {
        return new Topology(regions, components, upsert(links, Link::id, l), datasets, routing, populations, zones,
                objectives, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withDataset(Dataset d) {
        return new Topology(regions, components, links, upsert(datasets, Dataset::id, d), routing, populations, zones,
                objectives, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withPopulation(Population p) {
        return new Topology(regions, components, links, datasets, routing, upsert(populations, Population::id, p),
                zones, objectives, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withZone(ResidencyZone z) {
        return new Topology(regions, components, links, datasets, routing, populations,
                upsert(zones, ResidencyZone::id, z), objectives, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withRouting(GlobalRouting value) {
        return new Topology(regions, components, links, datasets, value, populations, zones, objectives, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withCommonCauses(CommonCauses value) {
        return new Topology(regions, components, links, datasets, routing, populations, zones, objectives, assumptions,
                providers, scenarios, value);
    }

    public Topology withObjectives(Objectives value) {
        return new Topology(regions, components, links, datasets, routing, populations, zones, value, assumptions, providers, scenarios, commonCauses);
    }

    public Topology withAssumptions(Assumptions value) {
        return new Topology(regions, components, links, datasets, routing, populations, zones, objectives, value, providers, scenarios, commonCauses);
    }

    /**
     * Removes the element with this id and everything that would dangle without it: a region takes its
     * components; a component takes its links and leaves the datasets that listed it; a zone is unset
     * from datasets and populations.
     */
    /** The list less this id; null (the default: the zone's datasets) stays null. */
    private static List<String> without(List<String> ids, String id) {
        return ids == null ? null : ids.stream().filter(x -> !x.equals(id)).toList();
    }

    public Topology without(String id) {
        List<Component> keptComponents = components.stream()
                .filter(c -> !c.id().equals(id) && !c.regionId().equals(id)).toList();
        Predicate<String> gone = ref -> ref.equals(id)
                || components.stream().anyMatch(c -> c.id().equals(ref) && !keptComponents.contains(c));
        List<Link> keptLinks = links.stream()
                .filter(l -> !l.id().equals(id) && !gone.test(l.from()) && !gone.test(l.to())
                        && (l.via() == null || !gone.test(l.via())))
                .toList();
        List<Dataset> keptDatasets = datasets.stream().filter(d -> !d.id().equals(id))
                .map(d -> d.withPlacement(id.equals(d.zoneId()) ? null : d.zoneId(),
                        d.copies().stream().filter(gone.negate()).toList()))
                .toList();
        List<Population> keptPopulations = populations.stream().filter(p -> !p.id().equals(id))
                .map(p -> new Population(p.id(), p.name(), p.location(), p.requestsPerSecond(), p.readFraction(),
                        id.equals(p.zoneId()) ? null : p.zoneId(), id.equals(p.homeRegionId()) ? null : p.homeRegionId(),
                        rebalance(p.weights(), id), without(p.reads(), id), without(p.writes(), id),
                        p.responseBytes()))
                .toList();
        List<ResidencyZone> keptZones = new ArrayList<>();
        for (ResidencyZone z : zones) {
            List<String> rs = z.regionIds().stream().filter(r -> !r.equals(id)).toList();
            if (!z.id().equals(id) && !rs.isEmpty()) {
                keptZones.add(new ResidencyZone(z.id(), z.name(), rs));
            }
        }
        List<String> zoneIds = keptZones.stream().map(ResidencyZone::id).toList();
        keptDatasets = keptDatasets.stream().map(d -> d.zoneId() == null || zoneIds.contains(d.zoneId()) ? d
                : d.withPlacement(null, d.copies())).toList();
        keptPopulations = keptPopulations.stream().map(p -> p.zoneId() == null || zoneIds.contains(p.zoneId()) ? p
                : p.withPlacement(null, p.homeRegionId(), p.weights())).toList();
        return new Topology(regions.stream().filter(r -> !r.id().equals(id)).toList(), keptComponents, keptLinks,
                keptDatasets, routing, keptPopulations, keptZones, objectives, assumptions, providers,
                keptScenarios(id), commonCauses.withoutPopulation(id));
    }

    /** Scenarios without the removed region; a scenario left failing nothing is dropped. */
    private List<FailureScenario> keptScenarios(String removed) {
        List<FailureScenario> kept = new ArrayList<>();
        for (FailureScenario s : scenarios) {
            List<String> rs = s.regionIds().stream().filter(r -> !r.equals(removed)).toList();
            if (!s.id().equals(removed) && (!rs.isEmpty() || !s.providers().isEmpty())) {
                kept.add(new FailureScenario(s.id(), s.name(), rs, s.providers()));
            }
        }
        return kept;
    }

    /** The provider's failure domain as stated in the design, or the default. */
    public ProviderProfile provider(Provider provider) {
        return providers.stream().filter(p -> p.provider() == provider).findFirst()
                .orElseGet(() -> ProviderProfile.defaultFor(provider));
    }

    public Topology withProviderProfile(ProviderProfile profile) {
        List<ProviderProfile> list = new ArrayList<>(providers.stream()
                .filter(p -> p.provider() != profile.provider()).toList());
        list.add(profile);
        return new Topology(regions, components, links, datasets, routing, populations, zones, objectives,
                assumptions, list, scenarios, commonCauses);
    }

    public Topology withScenario(FailureScenario scenario) {
        return new Topology(regions, components, links, datasets, routing, populations, zones, objectives,
                assumptions, providers, upsert(scenarios, FailureScenario::id, scenario), commonCauses);
    }

    /** Drops a removed region's weight and scales the rest back to 1. */
    private static List<RouteWeight> rebalance(List<RouteWeight> weights, String removed) {
        List<RouteWeight> kept = weights.stream().filter(w -> !w.regionId().equals(removed)).toList();
        if (kept.size() == weights.size()) {
            return weights;
        }
        double sum = kept.stream().mapToDouble(RouteWeight::share).sum();
        if (sum <= 0) {
            return List.of();
        }
        return kept.stream().map(w -> new RouteWeight(w.regionId(), w.share() / sum)).toList();
    }

    /** Replaces the element with the same id in place, or appends it. */
    static <T> List<T> upsert(List<T> list, Function<T, String> id, T element) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (id.apply(out.get(i)).equals(id.apply(element))) {
                out.set(i, element);
                return out;
            }
        }
        out.add(element);
        return out;
    }
}
