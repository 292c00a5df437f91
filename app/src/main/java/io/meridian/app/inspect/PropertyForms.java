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
            return new Form("Global routing", RoutingFields.of(d, t.routing()));
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
                return new Form("Users · " + population.get().name(), PopulationFields.of(d, population.get()));
            }
            var link = t.link(id);
            if (link.isPresent()) {
                return new Form("Link · " + link.get().id(), LinkFields.of(d, link.get()));
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
                        d::withDescription));
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
        t.datasets().forEach(x -> out.put(x.id(), x.name()));
        return out;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String id) {
        return io.meridian.model.EnumIds.parse(type, id, "value");
    }
}
