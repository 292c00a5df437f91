package io.meridian.search;

import io.meridian.cost.PriceCatalog;
import io.meridian.cost.PriceEntry;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Dataset;
import io.meridian.model.Design;
import io.meridian.model.DesignSpace;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The open choices of a design search. The default space, for any design: every service tier sized to the capacity
 * engine's "instances needed" (for the design's survive-loss objective, else for normal operation) plus 0 to
 * {@link #MAX_SPARES} spares; every replication link's mode among async, semi-sync and sync; the routing layer
 * between latency DNS and anycast when both are valid for it. A design may declare more under "search"
 * ({@link #of}): instance types, write strategies, regions that may be left out, and its own lists.
 */
public record SearchSpace(List<SearchChoice> choices) {
    /** Spare instances offered per tier: beyond 3 a k-of-n pool gains less than the instance costs. */
    public static final int MAX_SPARES = 3;

    public SearchSpace {
        choices = List.copyOf(choices);
    }

    public static SearchSpace defaults(Topology t) {
        List<SearchChoice> out = new ArrayList<>();
        for (Component c : t.components()) {
            if (c.kind() == ComponentKind.SERVICE) {
                out.add(new SearchChoice.SpareInstances(c.id(), MAX_SPARES));
            }
        }
        for (Link l : t.links()) {
            if (l.kind() == LinkKind.REPLICATION && l.mode() != ReplicationMode.CDC) {
                List<ReplicationMode> modes = new ArrayList<>(List.of(l.mode()));
                for (ReplicationMode m : List.of(ReplicationMode.ASYNC, ReplicationMode.SEMI_SYNC,
                        ReplicationMode.SYNC)) {
                    if (!modes.contains(m)) {
                        modes.add(m);
                    }
                }
                out.add(new SearchChoice.Replication(l.id(), modes));
            }
        }
        if (t.routing() != null) {
            List<RoutingKind> kinds = new ArrayList<>(List.of(t.routing().kind()));
            for (RoutingKind k : List.of(RoutingKind.LATENCY_DNS, RoutingKind.ANYCAST)) {
                if (!kinds.contains(k) && valid(t, k)) {
                    kinds.add(k);
                }
            }
            if (kinds.size() > 1) {
                out.add(new SearchChoice.Routing(kinds));
            }
        }
        return new SearchSpace(out);
    }

    /**
     * The space a design declares under "search" (docs/optimize.md), on the defaults: its spares, replication modes
     * and routing kinds replace the defaults' where given; instance types, write strategies and optional regions are
     * added. Region drops come last so that the other choices apply to the regions as drawn. An instance type without
     * a price of its own is priced from {@code prices} for its region's provider.
     *
     * @throws ModelException at the file's path when an instance type has no price
     */
    public static SearchSpace of(Design design, PriceCatalog prices) {
        Topology t = design.topology();
        DesignSpace declared = design.space();
        if (declared.isEmpty()) {
            return defaults(t);
        }
        int spares = declared.spares() == null ? MAX_SPARES : declared.spares();
        List<SearchChoice> out = new ArrayList<>();
        for (SearchChoice c : defaults(t).choices()) {
            if (c instanceof SearchChoice.SpareInstances s) {
                out.add(new SearchChoice.SpareInstances(s.componentId(), spares));
            } else if (c instanceof SearchChoice.Replication r && declared.replication().stream()
                    .noneMatch(m -> m.link().equals(r.linkId()))
                    || c instanceof SearchChoice.Routing && declared.routing().isEmpty()) {
                out.add(c);
            }
        }
        for (DesignSpace.ReplicationModes m : declared.replication()) {
            out.add(new SearchChoice.Replication(m.link(), ownFirst(t.link(m.link()).orElseThrow().mode(), m.modes())));
        }
        if (!declared.routing().isEmpty()) {
            out.add(new SearchChoice.Routing(ownFirst(t.routing().kind(), declared.routing())));
        }
        for (int i = 0; i < declared.instanceTypes().size(); i++) {
            out.add(instanceType(t, declared.instanceTypes().get(i), i, prices));
        }
        for (DesignSpace.WriteStrategies w : declared.writeStrategies()) {
            Dataset d = t.datasets().stream().filter(x -> x.id().equals(w.dataset())).findFirst().orElseThrow();
            out.add(new SearchChoice.Strategy(d.id(), ownFirst(d.strategy(), w.strategies())));
        }
        for (String region : declared.optionalRegions()) {
            out.add(new SearchChoice.OptionalRegion(region));
        }
        return new SearchSpace(out);
    }

    private static SearchChoice.InstanceType instanceType(Topology t, DesignSpace.InstanceTypes declared, int index,
            PriceCatalog prices) {
        Component c = t.component(declared.component()).orElseThrow();
        Provider provider = t.region(c.regionId()).orElseThrow().provider();
        List<String> items = new ArrayList<>();
        List<Double> capacities = new ArrayList<>();
        List<Double> hourly = new ArrayList<>();
        for (int j = 0; j < declared.options().size(); j++) {
            DesignSpace.InstanceType o = declared.options().get(j);
            String path = "search.instanceTypes[" + index + "].options[" + j + "].item";
            Double price = o.hourlyPrice();
            if (price == null) {
                price = prices.find(provider, o.item()).map(PriceEntry::price).orElseThrow(() -> new ModelException(
                        path, "no price for "
                        + provider.id() + ":" + o.item() + " in the price catalogue (" + prices.description()
                        + "); give its hourlyPrice"));
            }
            items.add(o.item());
            capacities.add(o.capacityPerInstanceRps());
            hourly.add(price);
        }
        return new SearchChoice.InstanceType(c.id(), items, capacities, hourly);
    }

    /** The list with the design's own value moved first (option 0 is the design as drawn) when it is listed. */
    private static <T> List<T> ownFirst(T own, List<T> listed) {
        List<T> out = new ArrayList<>(listed);
        if (out.remove(own)) {
            out.add(0, own);
        }
        return out;
    }

    private static boolean valid(Topology t, RoutingKind kind) {
        try {
            new SearchChoice.Routing(List.of(kind)).apply(t, 0);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Candidates in the space: the product of every choice's options. */
    public double size() {
        double n = 1;
        for (SearchChoice c : choices) {
            n *= c.options();
        }
        return n;
    }
}
