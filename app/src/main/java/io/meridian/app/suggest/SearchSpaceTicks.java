package io.meridian.app.suggest;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.DesignSpace;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.search.SearchChoice;
import io.meridian.search.SearchSpace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search space of a baseline as ticks, and back: what the Suggest designs window's search space pane shows, and
 * the {@link DesignSpace} each change writes. Plain logic, no JavaFX.
 *
 * <p>A tick set equal to the search's default for that element ({@link SearchSpace#defaults}) is not declared, so
 * the file names only what differs; when everything is at its default the result is {@link DesignSpace#NONE}. The
 * element's current value (the design as drawn) is always ticked and written first.
 */
public final class SearchSpaceTicks {
    /** The modes a replication link is offered, in the order they are shown and written. */
    public static final List<ReplicationMode> MODES = List.of(ReplicationMode.ASYNC, ReplicationMode.SEMI_SYNC,
            ReplicationMode.SYNC);
    /** The routing kinds offered, in the order they are shown and written. */
    public static final List<RoutingKind> KINDS = List.of(RoutingKind.LATENCY_DNS, RoutingKind.ANYCAST,
            RoutingKind.GEO_DNS, RoutingKind.WEIGHTED_DNS);
    /** The write strategies offered, in the order they are shown and written. */
    public static final List<WriteStrategy> STRATEGIES = List.of(WriteStrategy.values());
    /** The spares a search offers per tier when the file says nothing. */
    public static final int DEFAULT_SPARES = SearchSpace.MAX_SPARES;

    private final Topology t;
    private final DesignSpace space;
    private final Map<String, List<ReplicationMode>> defaultModes;
    private final List<RoutingKind> defaultKinds;

    /** The ticks of {@code space} on the baseline {@code t} (whose ids the space names). */
    public SearchSpaceTicks(Topology t, DesignSpace space) {
        this.t = t;
        this.space = space == null ? DesignSpace.NONE : space;
        SearchSpace defaults = SearchSpace.defaults(t);
        this.defaultModes = defaults.choices().stream().filter(c -> c instanceof SearchChoice.Replication)
                .map(c -> (SearchChoice.Replication) c)
                .collect(Collectors.toMap(SearchChoice.Replication::linkId, SearchChoice.Replication::modes));
        this.defaultKinds = defaults.choices().stream().filter(c -> c instanceof SearchChoice.Routing)
                .map(c -> ((SearchChoice.Routing) c).kinds()).findFirst()
                .orElse(t.routing() == null ? List.of() : List.of(t.routing().kind()));
    }

    public DesignSpace space() {
        return space;
    }

    // ---- what is shown

    /** The most spares per tier the search offers. */
    public int spares() {
        return space.spares() == null ? DEFAULT_SPARES : space.spares();
    }

    /** The replication links, in the design's order. */
    public List<Link> links() {
        return t.links().stream().filter(l -> l.kind() == LinkKind.REPLICATION).toList();
    }

    /** The modes offered for a link: async, semi-sync, sync and its own when it is none of those. */
    public List<ReplicationMode> modesOffered(Link l) {
        List<ReplicationMode> out = new ArrayList<>(MODES);
        if (!out.contains(l.mode())) {
            out.add(l.mode());
        }
        return out;
    }

    /** The modes the search may try for this link: its own, and what is declared or else the default. */
    public Set<ReplicationMode> modes(String linkId) {
        Link l = t.link(linkId).orElseThrow();
        List<ReplicationMode> listed = space.replication().stream().filter(m -> m.link().equals(linkId))
                .map(DesignSpace.ReplicationModes::modes).findFirst().orElse(defaultModes(l));
        return own(l.mode(), listed);
    }

    public List<Dataset> datasets() {
        return t.datasets();
    }

    /** The strategies the search may try for this dataset: its own, and what is declared. */
    public Set<WriteStrategy> strategies(String datasetId) {
        Dataset d = t.dataset(datasetId).orElseThrow();
        return own(d.strategy(), space.writeStrategies().stream().filter(w -> w.dataset().equals(datasetId))
                .map(DesignSpace.WriteStrategies::strategies).findFirst().orElse(List.of()));
    }

    public boolean hasRouting() {
        return t.routing() != null;
    }

    /** The routing kinds the search may try: the layer's own, and what is declared or else the default. */
    public Set<RoutingKind> routing() {
        if (t.routing() == null) {
            return Set.of();
        }
        return own(t.routing().kind(), space.routing().isEmpty() ? defaultKinds : space.routing());
    }

    /** Why the routing layer cannot take this kind (e.g. anycast without an anycast service), or empty. */
    public Optional<String> routingProblem(RoutingKind kind) {
        if (t.routing() == null || kind == t.routing().kind()) {
            return Optional.empty();
        }
        try {
            new SearchChoice.Routing(List.of(kind)).apply(t, 0);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public List<Region> regions() {
        return t.regions();
    }

    public boolean optional(String regionId) {
        return space.optionalRegions().contains(regionId);
    }

    /** Why the search never leaves this region out, or empty when it may. */
    public Optional<String> regionLock(String regionId) {
        if (t.regions().size() == 1) {
            return Optional.of("the design's only region");
        }
        for (ResidencyZone z : t.zones()) {
            if (z.regionIds().equals(List.of(regionId))) {
                return Optional.of("the only region of residency zone " + z.name()
                        + ": leaving it out would drop the residency");
            }
        }
        return Optional.empty();
    }

    /**
     * The declared instance types in words, one line per tier: "API tier: m5.xlarge (400 req/s), c6i.xlarge
     * (450 req/s, $0.17/h)".
     */
    public List<String> instanceTypeLines() {
        List<String> out = new ArrayList<>();
        for (DesignSpace.InstanceTypes it : space.instanceTypes()) {
            out.add(componentName(it.component()) + ": " + it.options().stream().map(o -> o.item() + " ("
                    + number(o.capacityPerInstanceRps()) + " req/s" + (o.hourlyPrice() == null ? ""
                    : ", $" + String.format(Locale.ROOT, "%.2f", o.hourlyPrice()) + "/h") + ")")
                    .collect(Collectors.joining(", ")));
        }
        return out;
    }

    /** "MySQL primary → MySQL read replica"; a name shared by several components gets its region. */
    public String linkName(Link l) {
        return componentName(l.from()) + " → " + componentName(l.to());
    }

    /** The component's name, with its region's name when another component has the same name. */
    public String componentName(String id) {
        Optional<Component> c = t.component(id);
        if (c.isEmpty()) {
            return id;
        }
        String name = c.get().name();
        long same = t.components().stream().filter(x -> x.name().equals(name)).count();
        return same < 2 ? name : name + " in " + t.region(c.get().regionId()).map(Region::name)
                .orElse(c.get().regionId());
    }

    /** The service tiers (whose spares the spinner sets). */
    public long serviceTiers() {
        return t.components().stream().filter(c -> c.spec() instanceof ComponentSpec.Service).count();
    }

    // ---- what a change writes

    public DesignSpace withSpares(int value) {
        return build(value, null, null, null, null, null, null, false);
    }

    public DesignSpace withMode(String linkId, ReplicationMode mode, boolean ticked) {
        return build(spares(), linkId, mode, null, null, null, null, ticked);
    }

    public DesignSpace withStrategy(String datasetId, WriteStrategy strategy, boolean ticked) {
        return build(spares(), null, null, datasetId, strategy, null, null, ticked);
    }

    public DesignSpace withRouting(RoutingKind kind, boolean ticked) {
        return build(spares(), null, null, null, null, kind, null, ticked);
    }

    public DesignSpace withOptionalRegion(String regionId, boolean optional) {
        return build(spares(), null, null, null, null, null, regionId, optional);
    }

    /**
     * The space with one tick changed (the element named by the non-null arguments), every element written as
     * little as it can be: a tick set equal to the default is left out, the element's own value comes first.
     */
    private DesignSpace build(int spares, String linkId, ReplicationMode mode, String datasetId,
                              WriteStrategy strategy, RoutingKind kind, String regionId, boolean ticked) {
        List<DesignSpace.ReplicationModes> replication = new ArrayList<>();
        for (Link l : links()) {
            Set<ReplicationMode> now = toggle(modes(l.id()), l.mode(), l.id().equals(linkId) ? mode : null, ticked);
            if (!now.equals(own(l.mode(), defaultModes(l)))) {
                replication.add(new DesignSpace.ReplicationModes(l.id(), ordered(l.mode(), now, modesOffered(l))));
            }
        }
        List<DesignSpace.WriteStrategies> strategies = new ArrayList<>();
        for (Dataset d : datasets()) {
            Set<WriteStrategy> now = toggle(strategies(d.id()), d.strategy(),
                    d.id().equals(datasetId) ? strategy : null, ticked);
            if (now.size() > 1) {
                strategies.add(new DesignSpace.WriteStrategies(d.id(), ordered(d.strategy(), now, STRATEGIES)));
            }
        }
        List<RoutingKind> routing = List.of();
        if (t.routing() != null) {
            Set<RoutingKind> now = toggle(routing(), t.routing().kind(), kind, ticked);
            if (!now.equals(own(t.routing().kind(), defaultKinds))) {
                routing = ordered(t.routing().kind(), now, KINDS);
            }
        }
        List<String> optional = new ArrayList<>();
        for (Region r : t.regions()) {
            boolean on = r.id().equals(regionId) ? ticked : optional(r.id());
            if (on) {
                optional.add(r.id());
            }
        }
        return new DesignSpace(spares == DEFAULT_SPARES ? null : spares, space.instanceTypes(), replication,
                strategies, routing, optional);
    }

    private List<ReplicationMode> defaultModes(Link l) {
        return defaultModes.getOrDefault(l.id(), List.of(l.mode()));
    }

    /** The element's own value and the listed ones, own first. */
    private static <T> Set<T> own(T own, List<T> listed) {
        Set<T> out = new LinkedHashSet<>();
        out.add(own);
        out.addAll(listed);
        return out;
    }

    /** The ticks with {@code value} (when not null) ticked or not; the element's own value always stays. */
    private static <T> Set<T> toggle(Set<T> now, T own, T value, boolean ticked) {
        Set<T> out = new LinkedHashSet<>(now);
        if (value != null && !value.equals(own)) {
            if (ticked) {
                out.add(value);
            } else {
                out.remove(value);
            }
        }
        return out;
    }

    /** Own first, then the others in the order they are shown. */
    private static <T> List<T> ordered(T own, Set<T> ticked, List<T> order) {
        List<T> out = new ArrayList<>(List.of(own));
        order.stream().filter(x -> !x.equals(own) && ticked.contains(x)).forEach(out::add);
        ticked.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** "1,536" or "2.1 × 10^12": a candidate count a person can read. */
    public static String count(double n) {
        if (n < 1e12) {
            return String.format(Locale.ROOT, "%,.0f", n);
        }
        int exponent = (int) Math.floor(Math.log10(n));
        return String.format(Locale.ROOT, "%.1f × 10^%d", n / Math.pow(10, exponent), exponent);
    }
}
