package io.meridian.app.inspect;

import static io.meridian.app.inspect.Values.format;
import static io.meridian.app.inspect.Values.integer;
import static io.meridian.app.inspect.Values.number;

import io.meridian.app.edit.DesignEdits;
import io.meridian.model.Component;
import io.meridian.model.Design;
import io.meridian.model.GeoPoint;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RoutingKind;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The inspector's fields for each kind of element, built from the design as it is. Every field's apply
 * function rebuilds the element through its validating constructor and puts it back into the topology,
 * so whatever the model refuses (availability above 1, a dangling region id) is refused here too.
 */
public final class PropertyForms {
    private PropertyForms() {
    }

    /** A form's title ("Service · api") and its fields. */
    public record Form(String title, List<Field> fields) {
    }

    /** The form for an element id, or the design's own form when nothing (or something unknown) is selected. */
    public static Form of(Design d, String id) {
        Topology t = d.topology();
        if (id != null && id.equals(DesignEdits.ROUTING_ID) && t.routing() != null) {
            return new Form("Global routing", routing(d, t.routing()));
        }
        if (id != null) {
            var region = t.region(id);
            if (region.isPresent()) {
                return new Form("Region · " + region.get().name(), region(d, region.get()));
            }
            var component = t.component(id);
            if (component.isPresent()) {
                Component c = component.get();
                return new Form(ComponentFields.kindLabel(c) + " · " + c.name(), ComponentFields.of(d, c));
            }
            var population = t.population(id);
            if (population.isPresent()) {
                return new Form("Users · " + population.get().name(), population(d, population.get()));
            }
            var link = t.link(id);
            if (link.isPresent()) {
                return new Form("Link · " + link.get().id(), link(d, link.get()));
            }
            var zone = t.zone(id);
            if (zone.isPresent()) {
                return new Form("Residency zone · " + zone.get().name(), zone(d, zone.get()));
            }
        }
        return new Form("Design", design(d));
    }

    static Field text(String key, String label, String value, String help, Function<String, Design> apply) {
        return new Field(key, label, value, Field.Type.TEXT, List.of(), help, apply);
    }

    static Field num(String key, String label, double value, String help, Function<String, Design> apply) {
        return new Field(key, label, format(value), Field.Type.NUMBER, List.of(), help, apply);
    }

    static Field choice(String key, String label, String value, List<String> choices, String help,
                        Function<String, Design> apply) {
        return new Field(key, label, value, Field.Type.CHOICE, choices, help, apply);
    }

    /** A choice among elements: their ids underneath, their names on screen ("—" for none). */
    static Field named(String key, String label, String value, List<String> choices, Map<String, String> names,
                       String help, Function<String, Design> apply) {
        return new Field(key, label, value, Field.Type.CHOICE, choices, help, apply, names);
    }

    static Field fixed(String key, String label, String value, String help) {
        return new Field(key, label, value, Field.Type.READ_ONLY, List.of(), help, v -> {
            throw new IllegalStateException(label + " cannot be changed here");
        });
    }

    private static List<Field> design(Design d) {
        return List.of(
                text("name", "Name", d.name(), "The design's name, shown in the title", d::withName),
                text("description", "Description", d.description(), "What this design is for",
                        v -> new Design(d.name(), v, d.topology(), d.alternatives(), d.layout())));
    }

    private static List<Field> region(Design d, Region r) {
        Function<Region, Design> put = x -> d.withTopology(d.topology().withRegion(x));
        List<Field> f = new ArrayList<>();
        f.add(fixed("id", "Id", r.id(), "Used by components and links to name this region"));
        f.add(fixed("catalog", "Catalogue", r.catalogId() == null ? "custom place" : r.catalogId(),
                "Where the coordinates and the default availability come from"));
        f.add(text("name", "Name", r.name(), null, v -> put.apply(r.withName(v))));
        f.add(num("availability", "Availability", r.availability(), "Of the region as a whole, e.g. 0.9995",
                v -> put.apply(r.withAvailability(number(v, "availability")))));
        f.add(num("mttrHours", "Outage repair (h)", r.mttrHours(), "Mean time to repair a whole-region outage",
                v -> put.apply(r.withMttrHours(number(v, "mttrHours")))));
        f.add(num("zones", "Availability zones", r.zones(), "Zones or cells; 0 when unknown, 1 = the region itself",
                v -> put.apply(r.withZones(integer(v, "zones")))));
        f.add(num("zoneAvailability", "Zone availability", r.zoneAvailability(),
                "Of one zone, apart from the region; used with 2 or more zones",
                v -> put.apply(r.withZoneAvailability(number(v, "zoneAvailability")))));
        f.add(num("zoneMttrHours", "Zone outage repair (h)", r.zoneMttrHours(), "Length of one zone-wide outage",
                v -> put.apply(r.withZoneMttrHours(number(v, "zoneMttrHours")))));
        f.add(text("jurisdiction", "Jurisdiction", r.jurisdiction(), "For residency: US, EU, UK, APAC-SG…",
                v -> put.apply(r.withJurisdiction(v.strip()))));
        f.add(num("lat", "Latitude", r.location().lat(), "Degrees north",
                v -> put.apply(r.withLocation(new GeoPoint(number(v, "lat"), r.location().lon())))));
        f.add(num("lon", "Longitude", r.location().lon(), "Degrees east",
                v -> put.apply(r.withLocation(new GeoPoint(r.location().lat(), number(v, "lon"))))));
        return f;
    }

    private static List<Field> population(Design d, Population p) {
        Topology t = d.topology();
        Function<Population, Design> put = x -> d.withTopology(d.topology().withPopulation(x));
        List<String> regions = new ArrayList<>(List.of(Values.NONE));
        t.regions().forEach(r -> regions.add(r.id()));
        List<String> zones = new ArrayList<>(List.of(Values.NONE));
        t.zones().forEach(z -> zones.add(z.id()));
        return List.of(
                text("name", "Name", p.name(), null, v -> put.apply(p.withName(v))),
                num("requestsPerSecond", "Requests/s", p.requestsPerSecond(), "Peak request rate of these users",
                        v -> put.apply(p.withRequestsPerSecond(number(v, "requestsPerSecond")))),
                num("readFraction", "Read share", p.readFraction(), "Share of requests that are reads, 0–1",
                        v -> put.apply(p.withReadFraction(number(v, "readFraction")))),
                named("homeRegion", "Home region", Values.orNone(p.homeRegionId()), regions, names(t),
                        "The region that serves them; — for the nearest permitted one",
                        v -> put.apply(p.withPlacement(p.zoneId(), Values.noneToNull(v), p.weights()))),
                named("zone", "Residency zone", Values.orNone(p.zoneId()), zones, names(t),
                        "Whose rules their data follows",
                        v -> put.apply(p.withPlacement(Values.noneToNull(v), p.homeRegionId(), p.weights()))),
                num("lat", "Latitude", p.location().lat(), "Degrees north",
                        v -> put.apply(p.withLocation(new GeoPoint(number(v, "lat"), p.location().lon())))),
                num("lon", "Longitude", p.location().lon(), "Degrees east",
                        v -> put.apply(p.withLocation(new GeoPoint(p.location().lat(), number(v, "lon"))))));
    }

    private static List<Field> link(Design d, Link l) {
        Function<Link, Design> put = x -> d.withTopology(d.topology().withLink(x));
        List<Field> f = new ArrayList<>();
        f.add(fixed("kind", "Kind", l.kind().id(), null));
        f.add(fixed("from", "From", l.from(), null));
        f.add(fixed("to", "To", l.to(), null));
        switch (l.kind()) {
            case DEPENDENCY -> f.add(new Field("hard", "Hard dependency", String.valueOf(l.hard()), Field.Type.CHECK,
                    List.of(), "Hard: the source is down when the target is; soft: it only degrades",
                    v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(), Boolean.parseBoolean(v), null, 0,
                            null, null))));
            case REPLICATION -> {
                f.add(choice("mode", "Mode", l.mode().id(),
                        Arrays.stream(ReplicationMode.values()).map(ReplicationMode::id).toList(),
                        "How writes are acknowledged", v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(),
                                false, parse(ReplicationMode.class, v), l.lagMs(),
                                ReplicationMode.CDC.id().equals(v) ? l.via() : null, null,
                                ReplicationMode.SEMI_SYNC.id().equals(v) ? l.ackTimeoutMs() : null, l.lagP50Ms(),
                                l.lagP99Ms()))));
                f.add(num("lagMs", "Extra lag (ms)", l.lagMs(), "Lag beyond the one-way network latency",
                        v -> put.apply(new Link(l.id(), l.kind(), l.from(), l.to(), false, l.mode(),
                                number(v, "lagMs"), l.via(), null, l.ackTimeoutMs(), l.lagP50Ms(), l.lagP99Ms()))));
            }
            case NETWORK -> f.add(num("rttMs", "RTT (ms)", l.rttMs(), "Measured round trip between the regions",
                    v -> put.apply(new Link(l.id(), LinkKind.NETWORK, l.from(), l.to(), false, null, 0, null,
                            number(v, "rttMs")))));
        }
        return f;
    }

    private static List<Field> zone(Design d, ResidencyZone z) {
        Function<ResidencyZone, Design> put = x -> d.withTopology(d.topology().withZone(x));
        return List.of(
                text("name", "Name", z.name(), null, v -> put.apply(new ResidencyZone(z.id(), v, z.regionIds()))),
                new Field("regions", "Regions", String.join(",", z.regionIds()), Field.Type.MULTI,
                        d.topology().regions().stream().map(io.meridian.model.Region::id).toList(),
                        "The regions allowed to hold this zone's data",
                        v -> put.apply(new ResidencyZone(z.id(), z.name(), Arrays.stream(v.split(","))
                                .map(String::strip).filter(s -> !s.isEmpty()).toList())), names(d.topology())));
    }

    /** Every element's name by id, for pickers: people choose "US East (N. Virginia)", not "use1". */
    static Map<String, String> names(Topology t) {
        Map<String, String> out = new java.util.HashMap<>();
        t.regions().forEach(r -> out.put(r.id(), r.name()));
        t.zones().forEach(z -> out.put(z.id(), z.name()));
        t.populations().forEach(p -> out.put(p.id(), p.name()));
        t.components().forEach(c -> out.put(c.id(), c.name()));
        return out;
    }

    private static List<Field> routing(Design d, GlobalRouting g) {
        Function<GlobalRouting, Design> put = x -> d.withTopology(d.topology().withRouting(x));
        return List.of(
                choice("kind", "Kind", g.kind().id(), Arrays.stream(RoutingKind.values()).map(RoutingKind::id).toList(),
                        "How clients are steered to a region",
                        v -> put.apply(new GlobalRouting(parse(RoutingKind.class, v), g.dnsTtlSeconds(),
                                g.healthCheckIntervalSeconds(), g.failureThreshold(), g.convergenceSeconds(),
                                g.dnsCacheTailShare(), g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice()))),
                num("dnsTtlSeconds", "DNS TTL (s)", g.dnsTtlSeconds(), "How long resolvers cache an answer",
                        v -> put.apply(new GlobalRouting(g.kind(), number(v, "dnsTtlSeconds"),
                                g.healthCheckIntervalSeconds(), g.failureThreshold(), g.convergenceSeconds(),
                                g.dnsCacheTailShare(), g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice()))),
                num("healthCheckIntervalSeconds", "Health check every (s)", g.healthCheckIntervalSeconds(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(),
                                number(v, "healthCheckIntervalSeconds"), g.failureThreshold(), g.convergenceSeconds(),
                                g.dnsCacheTailShare(), g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice()))),
                num("failureThreshold", "Failed checks to remove", g.failureThreshold(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                integer(v, "failureThreshold"), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice()))),
                num("convergenceSeconds", "Anycast convergence (s)", g.convergenceSeconds(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), number(v, "convergenceSeconds"), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice()))),
                num("dnsCacheTailShare", "Stale-DNS clients", g.dnsCacheTailShare(),
                        "Share of clients that keep a dead address past the TTL, 0–1",
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), number(v, "dnsCacheTailShare"),
                                g.dnsCacheTailSeconds(), g.reliability(), g.monthlyPrice()))),
                num("dnsCacheTailSeconds", "…for how long (s)", g.dnsCacheTailSeconds(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                number(v, "dnsCacheTailSeconds"), g.reliability(), g.monthlyPrice()))),
                num("availability", "Availability", g.reliability().availability(), "Of the routing layer itself",
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), Reliability.ofSla(number(v, "availability")),
                                g.monthlyPrice()))),
                num("monthlyPrice", "Price per month (USD)", g.monthlyPrice(), null,
                        v -> put.apply(new GlobalRouting(g.kind(), g.dnsTtlSeconds(), g.healthCheckIntervalSeconds(),
                                g.failureThreshold(), g.convergenceSeconds(), g.dnsCacheTailShare(),
                                g.dnsCacheTailSeconds(), g.reliability(), number(v, "monthlyPrice")))));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String id) {
        return io.meridian.model.EnumIds.parse(type, id, "value");
    }
}
