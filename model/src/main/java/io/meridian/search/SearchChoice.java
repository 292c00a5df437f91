package io.meridian.search;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import java.util.List;

/**
 * One open choice of a search space: a small number of options, option 0 being what the design has now. Applying an
 * option rebuilds the element through its validating constructor, so a choice can never make an invalid design.
 */
public sealed interface SearchChoice permits SearchChoice.SpareInstances, SearchChoice.Replication,
        SearchChoice.Routing, SearchChoice.InstanceType, SearchChoice.Strategy, SearchChoice.OptionalRegion {
    /** What a person reads, with the design's names: "spare instances of API tier in US East (N. Virginia)". */
    String describe(Topology t);

    int options();

    /** The option in words ("+2", "sync", "anycast"). */
    String option(int index);

    Topology apply(Topology t, int option);

    /**
     * Instances above what the capacity engine says a service tier needs (sizing is not searched: it is monotone,
     * so each candidate's tiers are sized to exactly the engine's "instances needed" and only the spares that buy
     * availability are a choice).
     */
    record SpareInstances(String componentId, int most) implements SearchChoice {
        @Override
        public String describe(Topology t) {
            return "spare instances of " + ChoiceNames.component(t, componentId);
        }

        @Override
        public int options() {
            return most + 1;
        }

        @Override
        public String option(int index) {
            return "+" + index;
        }

        @Override
        public Topology apply(Topology t, int option) {
            return t; // applied by the sizing step, which knows the instances needed
        }
    }

    /** A replication link's acknowledgement mode, from a list (the design's own first). */
    record Replication(String linkId, List<ReplicationMode> modes) implements SearchChoice {
        public Replication {
            modes = List.copyOf(modes);
        }

        @Override
        public String describe(Topology t) {
            return "replication mode of " + ChoiceNames.link(t, linkId);
        }

        @Override
        public int options() {
            return modes.size();
        }

        @Override
        public String option(int index) {
            return modes.get(index).id();
        }

        @Override
        public Topology apply(Topology t, int option) {
            Link l = t.link(linkId).orElseThrow();
            ReplicationMode mode = modes.get(option);
            if (mode == l.mode()) {
                return t;
            }
            return t.withLink(new Link(l.id(), l.kind(), l.from(), l.to(), false, mode, l.lagMs(),
                    mode == ReplicationMode.CDC ? l.via() : null, null,
                    mode == ReplicationMode.SEMI_SYNC ? l.ackTimeoutMs() : null, l.lagP50Ms(), l.lagP99Ms()));
        }
    }

    /** The global routing layer's kind, from a list (the design's own first). */
    record Routing(List<RoutingKind> kinds) implements SearchChoice {
        public Routing {
            kinds = List.copyOf(kinds);
        }

        @Override
        public String describe(Topology t) {
            return "routing kind";
        }

        @Override
        public int options() {
            return kinds.size();
        }

        @Override
        public String option(int index) {
            return kinds.get(index).id();
        }

        @Override
        public Topology apply(Topology t, int option) {
            GlobalRouting g = t.routing();
            RoutingKind kind = kinds.get(option);
            if (g == null || g.kind() == kind) {
                return t;
            }
            return t.withRouting(new GlobalRouting(kind, g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                    g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(), g.dnsCacheTailSeconds(),
                    g.reliability(), g.monthlyPrice(), g.services()));
        }
    }

    /**
     * A service tier's instance type: option 0 as drawn, then each declared type with its capacity per instance and
     * hourly price (already looked up in the price catalogue). Applied before sizing, which then sizes the tier for
     * the type's capacity.
     */
    record InstanceType(String componentId, List<String> items, List<Double> capacities, List<Double> prices)
            implements SearchChoice {
        public InstanceType {
            items = List.copyOf(items);
            capacities = List.copyOf(capacities);
            prices = List.copyOf(prices);
        }

        @Override
        public String describe(Topology t) {
            return "instance type of " + ChoiceNames.component(t, componentId);
        }

        @Override
        public int options() {
            return items.size() + 1;
        }

        @Override
        public String option(int index) {
            return index == 0 ? "as drawn" : items.get(index - 1);
        }

        @Override
        public Topology apply(Topology t, int option) {
            java.util.Optional<Component> found = t.component(componentId);
            if (option == 0 || found.isEmpty() || !(found.get().spec() instanceof ComponentSpec.Service s)) {
                return t; // as drawn, or its region was left out
            }
            Component c = found.get();
            return t.withComponent(c.withHourlyPrice(prices.get(option - 1)).withSpec(new ComponentSpec.Service(
                    capacities.get(option - 1), s.targetUtilization(), s.overload(), s.maxInstances(),
                    s.warmupMinutes())));
        }
    }

    /** A dataset's write strategy, from a list (the design's own first when it is listed). */
    record Strategy(String datasetId, List<WriteStrategy> strategies) implements SearchChoice {
        public Strategy {
            strategies = List.copyOf(strategies);
        }

        @Override
        public String describe(Topology t) {
            return "write strategy of " + t.datasets().stream().filter(d -> d.id().equals(datasetId))
                    .map(Dataset::name).findFirst().orElse(datasetId);
        }

        @Override
        public int options() {
            return strategies.size();
        }

        @Override
        public String option(int index) {
            return strategies.get(index).id();
        }

        @Override
        public Topology apply(Topology t, int option) {
            Dataset d = t.datasets().stream().filter(x -> x.id().equals(datasetId)).findFirst().orElseThrow();
            return d.strategy() == strategies.get(option) ? t : t.withDataset(d.withStrategy(strategies.get(option)));
        }
    }

    /** A region the search may leave out, with everything in it (option 0 keeps it). Applied after the others. */
    record OptionalRegion(String regionId) implements SearchChoice {
        @Override
        public String describe(Topology t) {
            return "region " + ChoiceNames.region(t, regionId);
        }

        @Override
        public int options() {
            return 2;
        }

        @Override
        public String option(int index) {
            return index == 0 ? "kept" : "left out";
        }

        @Override
        public Topology apply(Topology t, int option) {
            if (option == 0 || t.region(regionId).isEmpty()) {
                return t;
            }
            // Removing a zone's last region would remove the zone, and with it the residency it promises: refused.
            for (io.meridian.model.ResidencyZone z : t.zones()) {
                if (z.regionIds().equals(List.of(regionId))) {
                    throw new IllegalArgumentException("leaving out " + regionId + " would empty residency zone "
                            + z.id());
                }
            }
            if (t.regions().size() == 1) {
                throw new IllegalArgumentException("leaving out " + regionId + " would leave no region");
            }
            return t.without(regionId);
        }
    }
}
