package io.meridian.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The choices a design search may make, as the file declares them under {@code "search"}; everything not named stays
 * as the search's defaults open it (every service tier sized by the capacity engine plus spares, every replication
 * link's mode, the routing kind). Ids refer to the baseline's elements, checked by {@link #check(Topology)}.
 *
 * @param spares          the most spare instances offered per service tier, above what the capacity engine says it
 *                        needs; null for the search's default (3)
 * @param instanceTypes   per service tier, the instance types it may run on (each with its capacity; its price from
 *                        the option or the price catalogue)
 * @param replication     per replication link, the modes it may take (instead of the default list)
 * @param writeStrategies per dataset, the write strategies it may take
 * @param routing         the kinds the global routing layer may take (instead of the default list); empty for default
 * @param optionalRegions regions the search may leave out, with everything in them
 */
public record DesignSpace(Integer spares, List<InstanceTypes> instanceTypes, List<ReplicationModes> replication,
                          List<WriteStrategies> writeStrategies, List<RoutingKind> routing,
                          List<String> optionalRegions) {
    /** Nothing declared: the search's defaults. */
    public static final DesignSpace NONE = new DesignSpace(null, List.of(), List.of(), List.of(), List.of(), List.of());
    /** The most spares a file may offer per tier: past that a k-of-n pool gains nothing the bill notices. */
    public static final int MAX_SPARES = 20;
    /** The most options one choice may list. */
    public static final int MAX_OPTIONS = 20;

    public DesignSpace {
        if (spares != null) {
            Checks.nonNegative(spares, "spares");
            Checks.atMost(spares, MAX_SPARES, "spares");
        }
        instanceTypes = List.copyOf(instanceTypes == null ? List.of() : instanceTypes);
        replication = List.copyOf(replication == null ? List.of() : replication);
        writeStrategies = List.copyOf(writeStrategies == null ? List.of() : writeStrategies);
        routing = List.copyOf(routing == null ? List.of() : routing);
        optionalRegions = List.copyOf(optionalRegions == null ? List.of() : optionalRegions);
        distinct(instanceTypes.stream().map(InstanceTypes::component).toList(), "instanceTypes", "component");
        distinct(replication.stream().map(ReplicationModes::link).toList(), "replication", "link");
        distinct(writeStrategies.stream().map(WriteStrategies::dataset).toList(), "writeStrategies", "dataset");
        distinct(routing.stream().map(RoutingKind::id).toList(), "routing", null);
        distinct(optionalRegions, "optionalRegions", null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Every id names an element of this kind in the topology: a service tier, a replication link, a dataset, a
     * region. The problem's field is the file's path under {@code search}.
     */
    public void check(Topology t) {
        for (int i = 0; i < instanceTypes.size(); i++) {
            String id = instanceTypes.get(i).component();
            if (t.component(id).filter(c -> c.spec() instanceof ComponentSpec.Service).isEmpty()) {
                throw new ModelException("search.instanceTypes[" + i + "].component", "no service tier '" + id
                        + "' in the design (instance types are a choice of service tiers)");
            }
        }
        for (int i = 0; i < replication.size(); i++) {
            String id = replication.get(i).link();
            if (t.link(id).filter(l -> l.kind() == LinkKind.REPLICATION).isEmpty()) {
                throw new ModelException("search.replication[" + i + "].link", "no replication link '" + id
                        + "' in the design");
            }
        }
        for (int i = 0; i < writeStrategies.size(); i++) {
            String id = writeStrategies.get(i).dataset();
            if (t.datasets().stream().noneMatch(d -> d.id().equals(id))) {
                throw new ModelException("search.writeStrategies[" + i + "].dataset", "no dataset '" + id
                        + "' in the design");
            }
        }
        if (!routing.isEmpty() && t.routing() == null) {
            throw new ModelException("search.routing", "the design has no global routing layer to choose a kind for");
        }
        for (int i = 0; i < optionalRegions.size(); i++) {
            String id = optionalRegions.get(i);
            if (t.region(id).isEmpty()) {
                throw new ModelException("search.optionalRegions[" + i + "]", "no region '" + id + "' in the design");
            }
        }
    }

    /**
     * This space less what names an element the topology no longer has (a tier deleted, a region removed): an edit to
     * the design never fails on the search space, the way the layout forgets the positions of deleted elements.
     */
    public DesignSpace keptIn(Topology t) {
        DesignSpace kept = new DesignSpace(spares,
                instanceTypes.stream().filter(x -> t.component(x.component())
                        .filter(c -> c.spec() instanceof ComponentSpec.Service).isPresent()).toList(),
                replication.stream().filter(x -> t.link(x.link())
                        .filter(l -> l.kind() == LinkKind.REPLICATION).isPresent()).toList(),
                writeStrategies.stream().filter(x -> t.datasets().stream().anyMatch(d -> d.id().equals(x.dataset())))
                        .toList(),
                t.routing() == null ? List.of() : routing,
                optionalRegions.stream().filter(r -> t.region(r).isPresent()).toList());
        return kept.equals(this) ? this : kept;
    }

    private static void distinct(List<String> ids, String list, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                throw new ModelException(list + "[" + i + "]" + (field == null ? "" : "." + field),
                        "'" + ids.get(i) + "' is listed twice");
            }
        }
    }

    private static <T> List<T> optionList(List<T> values, String field) {
        List<T> out = List.copyOf(values == null ? List.of() : values);
        if (out.isEmpty()) {
            throw new ModelException(field, "give at least one option");
        }
        if (out.size() > MAX_OPTIONS) {
            throw new ModelException(field, "at most " + MAX_OPTIONS + " options, got " + out.size());
        }
        if (new HashSet<>(out).size() != out.size()) {
            throw new ModelException(field, "an option is listed twice");
        }
        return out;
    }

    /** The instance types a service tier may run on. */
    public record InstanceTypes(String component, List<InstanceType> options) {
        public InstanceTypes {
            Checks.id(component, "component");
            options = optionList(options, "options");
            List<String> items = new ArrayList<>();
            options.forEach(o -> items.add(o.item()));
            distinct(items, "options", "item");
        }
    }

    /**
     * One instance type: its catalogue item, the requests per second one instance carries at 100%, and its hourly
     * price when the price catalogue should not be asked (null: the catalogue's price for the region's provider).
     */
    public record InstanceType(String item, double capacityPerInstanceRps, Double hourlyPrice) {
        public InstanceType {
            if (item == null || !item.matches("[a-z0-9][a-z0-9_.\\-]*")) {
                throw new ModelException("item", "'" + item + "' is not a catalogue item (lower-case letters, digits, "
                        + "'.', '-', '_', e.g. m5.large)");
            }
            Checks.positive(capacityPerInstanceRps, Limits.MAX_PER_SECOND, "capacityPerInstanceRps");
            Checks.nonNegative(hourlyPrice, Limits.MAX_HOURLY_PRICE, "hourlyPrice");
        }
    }

    /** The modes a replication link may take. */
    public record ReplicationModes(String link, List<ReplicationMode> modes) {
        public ReplicationModes {
            Checks.id(link, "link");
            modes = optionList(modes, "modes");
        }
    }

    /** The write strategies a dataset may take. */
    public record WriteStrategies(String dataset, List<WriteStrategy> strategies) {
        public WriteStrategies {
            Checks.id(dataset, "dataset");
            strategies = optionList(strategies, "strategies");
        }
    }
}
