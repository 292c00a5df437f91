package io.meridian.routing;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.GeoPoint;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.routing.RegionAssignment.Basis;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * Decides which regions serve each population: its explicit weights; else its home region; else the nearest
 * region its residency zone permits, preferring regions that run a service when any permitted region does.
 * The variants with failed regions re-route the lost traffic: a lost weighted region's share moves to the
 * surviving weighted regions in proportion; when all are lost (or the home region is), to the nearest
 * surviving permitted region. One router serves one evaluation and is shared by its engines, which run on several
 * threads: it remembers what it worked out (each population's distances, once), safely for concurrent use.
 */
public final class PopulationRouter {
    private final Topology topology;
    private final Set<String> regionsWithService;
    private final List<String> regionIds;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    // A router serves one evaluation of an immutable design, which asks for the same populations under many sets
    // of failed regions: the permitted regions per zone and each population's distances are worked out once.
    // The maps below are filled in the constructor and only read after it; the per-population results are
    // published through atomic arrays (two threads asking at once both compute the same values, one is kept).
    private final Map<String, List<String>> permittedByZone = new ConcurrentHashMap<>();
    private final Map<Population, Integer> populationIndex = new IdentityHashMap<>();
    /**
     * The same by value: the design search shares one router between sizings of a structure, and a sizing's
     * topology is built anew, with equal but not identical populations (a region left out rewrites them). By
     * identity alone each of its asks missed and solved the population's geodesics again.
     */
    private final Map<Population, Integer> populationByValue = new HashMap<>();
    private final AtomicReferenceArray<double[]> distancesKm;
    private final AtomicReferenceArray<List<String>> byDistance;
    /** Each population's assignment with nothing down, and the regions whose loss can change it. */
    private final AtomicReferenceArray<Normal> normal;

    /** The assignment with nothing down and the regions it depends on: its weights', its home and its serving ones. */
    private record Normal(RegionAssignment assignment, List<String> dependsOn) {
    }

    /** A population (its index) re-routed around a set of failed regions. */
    private record Rerouted(int population, Set<String> failed) {
    }

    /**
     * Re-routings worked out, each asked again by another engine of the same evaluation (the capacity engine's
     * cascade and the availability engine's capacity slices ask for the same failures) and by the design search's
     * other sizings of the structure, which share this router. Bounded: emptied when full.
     */
    private final Map<Rerouted, RegionAssignment> rerouted = new ConcurrentHashMap<>();
    static final int MAX_REROUTED = 16_384;

    public PopulationRouter(Topology topology) {
        this.topology = topology;
        this.regionsWithService = topology.components().stream()
                .filter(c -> c.kind() == ComponentKind.SERVICE)
                .map(Component::regionId)
                .collect(Collectors.toCollection(java.util.HashSet::new)); // hashed: see RegionLatencies
        this.regionIds = topology.regions().stream().map(Region::id).toList();
        for (int i = 0; i < regionIds.size(); i++) {
            regionIndex.put(regionIds.get(i), i);
        }
        List<Population> populations = topology.populations();
        for (int i = 0; i < populations.size(); i++) {
            populationIndex.put(populations.get(i), i);
            populationByValue.putIfAbsent(populations.get(i), i);
        }
        this.distancesKm = new AtomicReferenceArray<>(populations.size());
        this.byDistance = new AtomicReferenceArray<>(populations.size());
        this.normal = new AtomicReferenceArray<>(populations.size());
    }

    /** The regions the population's residency zone allows, in design order; every region when it has no zone. */
    public List<String> permittedRegions(Population population) {
        if (population.zoneId() == null) {
            return regionIds;
        }
        return permittedByZone.computeIfAbsent(population.zoneId(), id -> {
            ResidencyZone zone = topology.zone(id).orElseThrow();
            return regionIds.stream().filter(zone::permits).toList();
        });
    }

    /**
     * Geodesic distance (WGS84, km) from the population to the region at this position in design order; each
     * population's distances are solved once per router, so latency reuses them for its client paths.
     */
    public double distanceKm(Population population, int regionIndex) {
        return distances(population)[regionIndex];
    }

    /** The population's distance to every region, solved once per router for the design's own populations. */
    private double[] distances(Population population) {
        return remembered(distancesKm, population, this::distancesFrom);
    }

    /** The population's index in the design, or null when it is not one of the design's populations. */
    private Integer index(Population population) {
        Integer i = populationIndex.get(population);
        return i != null ? i : populationByValue.get(population);
    }

    private <T> T remembered(AtomicReferenceArray<T> known, Population population,
                             java.util.function.Function<Population, T> work) {
        Integer i = index(population);
        if (i == null) {
            return work.apply(population); // not one of the design's populations: nothing to remember it by
        }
        T value = known.get(i);
        if (value == null) {
            known.compareAndSet(i, null, work.apply(population));
            value = known.get(i);
        }
        return value;
    }

    public RegionAssignment assign(Population population) {
        return assign(population, Set.of());
    }

    /**
     * The assignment when the given regions are down. The engines ask for every population in every failure of a
     * region or provider (a 1,000-region design: 1,000 sets × every population, per engine), and most of those
     * failures miss every region the population's routing looks at; such a question gets the normal assignment,
     * worked out once. That is the same answer: the surviving weights are all of them, the home region is up, and
     * the nearest permitted region is still the first one up in the same distance order.
     */
    public RegionAssignment assign(Population population, Set<String> failedRegionIds) {
        Normal n = remembered(normal, population, p -> {
            RegionAssignment a = route(p, Set.of());
            java.util.LinkedHashSet<String> on = new java.util.LinkedHashSet<>();
            p.weights().forEach(w -> on.add(w.regionId()));
            if (p.homeRegionId() != null) {
                on.add(p.homeRegionId());
            }
            on.addAll(a.regionIds());
            return new Normal(a, List.copyOf(on));
        });
        if (failedRegionIds.isEmpty() || noneFailed(n.dependsOn(), failedRegionIds)) {
            return n.assignment();
        }
        Integer i = index(population);
        if (i == null) {
            return route(population, failedRegionIds);
        }
        RegionAssignment known = rerouted.get(new Rerouted(i, failedRegionIds));
        if (known != null) {
            return known;
        }
        RegionAssignment routed = route(population, failedRegionIds);
        if (rerouted.size() >= MAX_REROUTED) {
            rerouted.clear();
        }
        // Kept under a copy: the caller's set may change after it asked.
        RegionAssignment first = rerouted.putIfAbsent(new Rerouted(i, Set.copyOf(failedRegionIds)), routed);
        return first != null ? first : routed;
    }

    private static boolean noneFailed(List<String> regionIds, Set<String> failedRegionIds) {
        for (String id : regionIds) {
            if (failedRegionIds.contains(id)) {
                return false;
            }
        }
        return true;
    }

    private RegionAssignment route(Population population, Set<String> failedRegionIds) {
        List<RouteWeight> surviving = population.weights().stream()
                .filter(w -> !failedRegionIds.contains(w.regionId()) && w.share() > 0)
                .toList();
        if (!surviving.isEmpty()) {
            double sum = surviving.stream().mapToDouble(RouteWeight::share).sum();
            List<RouteWeight> shares = surviving.stream()
                    .map(w -> new RouteWeight(w.regionId(), w.share() / sum))
                    .toList();
            return new RegionAssignment(population.id(), Basis.WEIGHTS, shares);
        }
        String home = population.homeRegionId();
        if (population.weights().isEmpty() && home != null && !failedRegionIds.contains(home)) {
            return new RegionAssignment(population.id(), Basis.HOME_REGION, List.of(new RouteWeight(home, 1)));
        }
        return nearestPermitted(population, failedRegionIds)
                .map(r -> new RegionAssignment(population.id(), Basis.NEAREST_PERMITTED,
                        List.of(new RouteWeight(r, 1))))
                .orElseGet(() -> new RegionAssignment(population.id(), Basis.UNSERVED, List.of()));
    }

    /** Every population's assignment, keyed by population id in design order. */
    public Map<String, RegionAssignment> assignAll() {
        return assignAll(Set.of());
    }

    /** Every population's assignment when the given regions are down, keyed by population id in design order. */
    public Map<String, RegionAssignment> assignAll(Set<String> failedRegionIds) {
        Map<String, RegionAssignment> out = new LinkedHashMap<>();
        topology.populations().forEach(p -> out.put(p.id(), assign(p, failedRegionIds)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The nearest permitted region that is up; regions that run a service win when any candidate does. The
     * permitted regions are sorted by distance once per population (stable, so ties go to the region listed
     * first): a failure of a few regions then costs a few steps, not a pass over every region.
     */
    private Optional<String> nearestPermitted(Population population, Set<String> failedRegionIds) {
        List<String> sorted = remembered(byDistance, population, p -> {
            double[] distances = distances(p);
            return permittedRegions(p).stream()
                    .sorted(java.util.Comparator.comparingDouble(r -> distances[regionIndex.get(r)])).toList();
        });
        String nearestAny = null;
        for (String r : sorted) {
            if (failedRegionIds.contains(r)) {
                continue;
            }
            if (regionsWithService.contains(r)) {
                return Optional.of(r);
            }
            nearestAny = nearestAny == null ? r : nearestAny;
        }
        return Optional.ofNullable(nearestAny);
    }

    private double[] distancesFrom(Population population) {
        List<Region> regions = topology.regions();
        double[] out = new double[regions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = distanceKm(population.location(), regions.get(i).location());
        }
        return out;
    }

    private static double distanceKm(GeoPoint a, GeoPoint b) {
        return io.meridian.model.GeoDistance.km(a, b);
    }
}
