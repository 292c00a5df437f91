package io.meridian.capacity;

import io.meridian.model.FailureScenario;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import io.meridian.routing.PopulationRouter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The capacity computation for a whole design: load per region and tier in normal operation and in each failure
 * scenario (each region, each provider, the design's own), the cascades that overloads set off, and the instances
 * each tier needs to survive the loss of any one region or provider. One entry point, one plain-data report.
 */
public final class CapacityEngine {
    /** The id of the scenario in which nothing has failed. */
    public static final String BASELINE_ID = "baseline";

    private CapacityEngine() {
    }

    public static CapacityReport evaluate(Topology topology) {
        return evaluate(topology, new PopulationRouter(topology));
    }

    /** With the evaluation's shared router ({@code EvaluationContext#router()}), which every scenario re-routes with. */
    public static CapacityReport evaluate(Topology topology, PopulationRouter router) {
        return evaluate(topology, router, CapacityShared.none());
    }

    /**
     * The same with what other sizings of the structure worked out ({@link CapacityShared#forSizings()}: the design
     * search), or {@link CapacityShared#none()}.
     */
    public static CapacityReport evaluate(Topology topology, PopulationRouter router, CapacityShared shared) {
        LoadStates states = new LoadStates(topology, shared);
        Cascade cascade = new Cascade(topology, router, states);
        List<Provider> providers = providersInUse(topology);

        List<CapacityScenario> scenarios = new ArrayList<>();
        scenarios.add(scenario(cascade, topology, BASELINE_ID, "Normal operation", ScenarioKind.BASELINE,
                Set.of(), List.of()));
        for (Region r : topology.regions()) {
            scenarios.add(scenario(cascade, topology, regionScenarioId(r.id()), r.name() + " down",
                    ScenarioKind.REGION, Set.of(r.id()), List.of()));
        }
        for (Provider p : providers) {
            scenarios.add(scenario(cascade, topology, providerScenarioId(p), p.id() + " down (all its regions)",
                    ScenarioKind.PROVIDER, regionsOf(topology, List.of(p)), List.of(p)));
        }
        for (FailureScenario s : topology.scenarios()) {
            Set<String> failed = new HashSet<>(s.regionIds());
            failed.addAll(regionsOf(topology, s.providers()));
            scenarios.add(scenario(cascade, topology, s.id(), s.name(), ScenarioKind.USER, failed, s.providers()));
        }

        Map<String, LoadState> anyRegion = new LinkedHashMap<>();
        anyRegion.put(BASELINE_ID, cascade.stateWithout(Set.of()));
        topology.regions().forEach(r -> anyRegion.put(regionScenarioId(r.id()), cascade.stateWithout(Set.of(r.id()))));
        InstanceRequirements byProvider = null;
        if (providers.size() > 1) {
            Map<String, LoadState> anyProvider = new LinkedHashMap<>();
            anyProvider.put(BASELINE_ID, cascade.stateWithout(Set.of()));
            providers.forEach(p -> anyProvider.put(providerScenarioId(p),
                    cascade.stateWithout(regionsOf(topology, List.of(p)))));
            byProvider = InstancePlanner.plan(topology, states.paths, SurviveLoss.ANY_PROVIDER, anyProvider);
        }
        return new CapacityReport(scenarios,
                InstancePlanner.plan(topology, states.paths, SurviveLoss.ANY_REGION, anyRegion), byProvider);
    }

    public static String regionScenarioId(String regionId) {
        return "region:" + regionId;
    }

    public static String providerScenarioId(Provider provider) {
        return "provider:" + provider.id();
    }

    private static CapacityScenario scenario(Cascade cascade, Topology topology, String id, String name,
                                             ScenarioKind kind, Set<String> failed, List<Provider> providers) {
        Cascade.Outcome outcome = cascade.run(failed);
        List<String> failedInOrder = topology.regions().stream().map(Region::id).filter(failed::contains).toList();
        return new CapacityScenario(id, name, kind, failedInOrder, providers, outcome.initial(), outcome.steps(),
                outcome.result());
    }

    /** The providers that run at least one of the design's regions, in the order they first appear. */
    private static List<Provider> providersInUse(Topology topology) {
        Set<Provider> seen = new LinkedHashSet<>();
        topology.regions().forEach(r -> seen.add(r.provider()));
        return List.copyOf(seen);
    }

    private static Set<String> regionsOf(Topology topology, List<Provider> providers) {
        Set<String> ids = new HashSet<>();
        topology.regions().stream().filter(r -> providers.contains(r.provider())).forEach(r -> ids.add(r.id()));
        return ids;
    }
}
