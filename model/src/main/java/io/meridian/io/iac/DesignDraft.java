package io.meridian.io.iac;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.Provider;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The design being imported, as meridian/1 JSON: the mappers add regions, components, links, datasets and routing
 * candidates, and record what they mapped and skipped. The JSON then goes through {@code DesignReader}, so the
 * imported design is checked by the same reader and constructors as a design file, and takes the reader's defaults
 * for what the mappers leave out.
 */
final class DesignDraft {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Component cards inside a region's box: two columns, as the built-in templates lay them out. */
    private static final double CARD_X0 = 20;
    private static final double CARD_DX = 160;
    private static final double CARD_Y0 = 20;
    private static final double CARD_DY = 70;

    private final RegionCatalog catalog;
    private final PriceLookup prices;
    private final Map<String, String> regionIds = new LinkedHashMap<>();
    private final Map<String, ObjectNode> regions = new LinkedHashMap<>();
    private final List<ObjectNode> components = new ArrayList<>();
    private final List<ObjectNode> links = new ArrayList<>();
    private final List<ObjectNode> datasets = new ArrayList<>();
    private final List<RoutingCandidate> routing = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> mapped = new LinkedHashMap<>();
    private final Map<String, ImportSummary.Skipped> skipped = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();

    DesignDraft(RegionCatalog catalog, PriceLookup prices) {
        this.catalog = catalog;
        this.prices = prices;
    }

    /** A routing layer a resource implies; the importer keeps one (anycast over DNS) and notes the others. */
    record RoutingCandidate(String address, RoutingKind kind, double ttlSeconds, double intervalSeconds,
                            int threshold, RoutingService service, double monthlyPrice, String detail) {
    }

    // ---- regions

    /**
     * The design region for a resource's provider region, added on first use; null (and the resource skipped)
     * when the region is unknown or not in the catalogue.
     */
    String region(IacResource r) {
        return region(r, r.region());
    }

    String region(IacResource r, String code) {
        if (code == null) {
            skip(r, "its region is not stated (no region/location attribute, provider region or ARN): not "
                    + "guessed");
            return null;
        }
        String catalogId = r.provider().id() + ":" + code.toLowerCase(Locale.ROOT);
        String known = regionIds.get(catalogId);
        if (known != null) {
            return known;
        }
        CatalogEntry entry = catalog.find(catalogId).orElse(null);
        if (entry == null) {
            skip(r, "region '" + code + "' is not in the region catalogue (" + catalogId + ")");
            return null;
        }
        String id = uniqueId(entry.code());
        regionIds.put(catalogId, id);
        ObjectNode o = F.objectNode();
        o.put("id", id);
        o.put("catalog", entry.id());
        regions.put(id, o);
        return id;
    }

    // ---- components

    ObjectNode component(String baseId, String kind, String name, String regionId, int instances,
                         double hourlyPrice, double availability) {
        ObjectNode c = F.objectNode();
        c.put("id", uniqueId(baseId));
        c.put("kind", kind);
        c.put("name", name);
        c.put("region", regionId);
        c.put("instances", Math.max(1, instances));
        if (hourlyPrice > 0) {
            c.put("hourlyPrice", round(hourlyPrice));
        }
        c.put("availability", availability);
        components.add(c);
        return c;
    }

    /** A compute tier with the import defaults for what code never states (throughput per instance). */
    ObjectNode service(String baseId, String name, String regionId, int instances, Integer maxInstances,
                       double hourlyPrice, String address) {
        ObjectNode c = component(baseId, "service", name, regionId, instances, hourlyPrice,
                Defaults.IMPORT_INSTANCE_AVAILABILITY);
        c.put("capacityPerInstanceRps", Defaults.IMPORT_CAPACITY_PER_INSTANCE_RPS);
        if (maxInstances != null && maxInstances > Math.max(1, instances)) {
            c.put("maxInstances", maxInstances);
        }
        note("Service tiers take capacityPerInstanceRps " + plain(Defaults.IMPORT_CAPACITY_PER_INSTANCE_RPS)
                + " req/s (importCapacityPerInstanceRps): the code states no throughput; state yours.");
        return c;
    }

    /** The hourly list price of a catalogue item, or 0 with a note when the catalogue does not list it. */
    double hourly(Provider provider, String item, String address) {
        if (item == null) {
            return 0;
        }
        OptionalDouble p = prices.price(provider, item.toLowerCase(Locale.ROOT));
        if (p.isEmpty()) {
            note(address + ": " + provider.id() + " '" + item + "' is not in the price catalogue; it is unpriced "
                    + "(hourlyPrice 0): add it to ~/.meridian/prices.csv or state hourlyPrice.");
            return 0;
        }
        return p.getAsDouble();
    }

    OptionalDouble price(Provider provider, String item) {
        return prices.price(provider, item);
    }

    // ---- links and datasets

    void dependency(String from, String to) {
        ObjectNode l = F.objectNode();
        l.put("id", uniqueId(from + "." + to));
        l.put("kind", "dependency");
        l.put("from", from);
        l.put("to", to);
        l.put("hard", true);
        links.add(l);
    }

    void replication(String from, String to, String mode) {
        ObjectNode l = F.objectNode();
        l.put("id", uniqueId(from + ".to." + to));
        l.put("kind", "replication");
        l.put("from", from);
        l.put("to", to);
        l.put("mode", mode);
        links.add(l);
    }

    ObjectNode dataset(String baseId, String name, String strategy, String conflict, List<String> copies,
                       String promotion) {
        ObjectNode d = F.objectNode();
        d.put("id", uniqueId(baseId));
        d.put("name", name);
        d.put("strategy", strategy);
        d.put("conflict", conflict);
        ArrayNode c = d.putArray("copies");
        copies.forEach(c::add);
        d.put("promotion", promotion);
        datasets.add(d);
        return d;
    }

    void routing(RoutingCandidate candidate) {
        routing.add(candidate);
    }

    // ---- summary

    void mapped(IacResource r, String element) {
        // A launch or instance template shared by two groups joins both.
        mapped.merge(r.address(), element, (was, now) -> was.equals(now) ? was : was + ", " + now);
        skipped.remove(r.address());
    }

    void skip(IacResource r, String why) {
        if (!mapped.containsKey(r.address())) {
            skipped.putIfAbsent(r.address(), new ImportSummary.Skipped(r.address(), r.type(), why));
        }
    }

    boolean handled(IacResource r) {
        return mapped.containsKey(r.address()) || skipped.containsKey(r.address());
    }

    void note(String text) {
        notes.add(text);
    }

    boolean hasComponent(String id) {
        return components.stream().anyMatch(c -> c.path("id").asText().equals(id));
    }

    // ---- the result

    ObjectNode toJson(String name, String description) {
        ObjectNode d = F.objectNode();
        d.put("schema", Design.SCHEMA);
        d.put("name", name);
        d.put("description", description);
        d.putArray("regions").addAll(regions.values());
        d.putArray("components").addAll(components);
        d.putArray("links").addAll(links);
        d.putArray("datasets").addAll(datasets);
        RoutingCandidate chosen = chooseRouting();
        if (chosen != null) {
            d.set("routing", routingJson(chosen));
        }
        d.set("layout", layout());
        return d;
    }

    ImportSummary summary() {
        List<ImportSummary.Mapped> m = new ArrayList<>();
        mapped.forEach((a, e) -> m.add(new ImportSummary.Mapped(a, e)));
        return new ImportSummary(m, new ArrayList<>(skipped.values()), new ArrayList<>(notes));
    }

    /** Anycast (it steers by health at the edge) over DNS; among one kind, the first found. */
    private RoutingCandidate chooseRouting() {
        RoutingCandidate chosen = routing.stream().filter(c -> c.kind() == RoutingKind.ANYCAST).findFirst()
                .orElse(routing.isEmpty() ? null : routing.get(0));
        if (chosen == null) {
            note("No routing resource (DNS routing policy, Global Accelerator, Front Door, Traffic Manager, global "
                    + "load balancer) was found: the design has no global routing layer.");
            return null;
        }
        note("Global routing layer from " + chosen.address() + ": " + chosen.kind().id() + " (" + chosen.detail()
                + ").");
        for (RoutingCandidate other : routing) {
            if (other != chosen && other.kind() != chosen.kind()) {
                note(other.address() + " implies " + other.kind().id() + " routing too; a design has one routing "
                        + "layer, so it is not used (compare it as an alternative).");
            }
        }
        return chosen;
    }

    private static ObjectNode routingJson(RoutingCandidate c) {
        ObjectNode o = F.objectNode();
        o.put("kind", c.kind().id());
        if (c.kind().isDns()) {
            o.put("dnsTtlSeconds", c.ttlSeconds());
        } else {
            o.put("convergenceSeconds", Defaults.IMPORT_ANYCAST_CONVERGENCE_SECONDS);
        }
        o.put("healthCheckIntervalSeconds", c.intervalSeconds());
        o.put("failureThreshold", c.threshold());
        if (c.service() != null) {
            o.putArray("services").add(c.service().id());
        }
        if (c.monthlyPrice() > 0) {
            o.put("monthlyPrice", round(c.monthlyPrice()));
        }
        return o;
    }

    /** Components in their region's card, two to a row in design order; regions sit at their coordinates. */
    private ObjectNode layout() {
        ObjectNode positions = F.objectNode();
        Map<String, Integer> perRegion = new LinkedHashMap<>();
        for (ObjectNode c : components) {
            int i = perRegion.merge(c.path("region").asText(), 1, Integer::sum) - 1;
            ObjectNode p = positions.putObject(c.path("id").asText());
            p.put("x", CARD_X0 + CARD_DX * (i % 2));
            p.put("y", CARD_Y0 + CARD_DY * (i / 2));
        }
        ObjectNode layout = F.objectNode();
        layout.set("positions", positions);
        return layout;
    }

    /** An id from a name: letters, digits, '-', '_', '.'; unique across every element of the design. */
    String uniqueId(String base) {
        String clean = base.replaceAll("[^A-Za-z0-9_.:-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (clean.isEmpty()) {
            clean = "element";
        }
        String id = clean;
        for (int n = 2; !ids.add(id); n++) {
            id = clean + "-" + n;
        }
        return id;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
