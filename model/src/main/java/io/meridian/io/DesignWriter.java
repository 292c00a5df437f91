package io.meridian.io;

import static io.meridian.io.JsonFields.number;
import static io.meridian.io.JsonFields.optional;
import static io.meridian.io.JsonFields.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Alternative;
import io.meridian.model.Assumptions;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.Defaults;
import io.meridian.model.Design;
import io.meridian.model.EnumIds;
import io.meridian.model.InputRange;
import io.meridian.model.RangeShape;
import io.meridian.model.UncertainInput;
import io.meridian.model.Uncertainties;
import io.meridian.model.Layout;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.PromotionMode;
import io.meridian.model.FailureScenario;
import io.meridian.model.ProviderProfile;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Writes the canonical {@value Design#SCHEMA} form: every field in a fixed order, every value resolved
 * (a catalogue region's name, coordinates and availability are written beside its {@code "catalog"} id),
 * so that reading it back gives an equal {@link Design}. Optional values that are unset are left out.
 */
public final class DesignWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DesignWriter() {
    }

    /** The file's text: pretty-printed UTF-8 JSON ending in a newline. */
    public static String toJson(Design design) {
        try {
            return DesignJson.WRITER.writeValueAsString(tree(design)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree always serialises", e);
        }
    }

    public static void write(Design design, OutputStream out) throws IOException {
        out.write(toJson(design).getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode tree(Design design) {
        ObjectNode root = NODES.objectNode();
        root.put("schema", Design.SCHEMA);
        root.put("name", design.name());
        root.put("description", design.description());
        topology(root, design.topology());
        ArrayNode alternatives = root.putArray("alternatives");
        for (Alternative a : design.alternatives()) {
            ObjectNode o = alternatives.addObject();
            o.put("id", a.id());
            o.put("name", a.name());
            o.put("description", a.description());
            topology(o, a.topology());
        }
        if (!design.space().isEmpty()) {
            SearchSpaceWriter.write(root.putObject("search"), design.space());
        }
        ObjectNode layout = root.putObject("layout");
        ObjectNode positions = layout.putObject("positions");
        // Sorted by id so that the file does not depend on the order elements were placed in.
        new TreeMap<>(design.layout().positions()).forEach((id, p) -> {
            ObjectNode o = positions.putObject(id);
            number(o, "x", p.x());
            number(o, "y", p.y());
        });
        if (!design.layout().cards().isEmpty()) {
            ObjectNode cards = layout.putObject("cards");
            new TreeMap<>(design.layout().cards()).forEach((id, c) -> {
                ObjectNode o = cards.putObject(id);
                number(o, "dx", c.dx());
                number(o, "dy", c.dy());
            });
        }
        ranges(root, design.uncertainties());
        return root;
    }

    /**
     * Each range back where it was read, in place of its point value. A range whose field now holds another value
     * (edited since it was read) or whose element is gone is dropped: the edit wins. A field left out because it
     * holds its default (zoneAvailability) gets the range back.
     */
    private static void ranges(ObjectNode root, Uncertainties uncertainties) {
        for (UncertainInput input : uncertainties.inputs()) {
            ObjectNode parent = JsonPaths.parentOf(root, input.path());
            String field = JsonPaths.lastField(input.path());
            if (parent == null) {
                continue;
            }
            JsonNode value = parent.get(field);
            if (value == null || value.isNumber() && value.doubleValue() == input.range().pointValue()) {
                parent.set(field, range(input.range()));
            }
        }
    }

    private static ObjectNode range(InputRange r) {
        ObjectNode o = NODES.objectNode();
        if (r.shape() != RangeShape.TRIANGULAR) {
            o.put("distribution", EnumIds.id(r.shape()));
        }
        JsonFields.optional(o, "low", r.low());
        JsonFields.optional(o, "likely", r.likely());
        JsonFields.optional(o, "high", r.high());
        JsonFields.optional(o, "median", r.median());
        JsonFields.optional(o, "p90", r.p90());
        if (r.label() != null) {
            o.put("label", r.label());
        }
        return o;
    }

    private static void topology(ObjectNode o, Topology t) {
        assumptions(o.putObject("assumptions"), t.assumptions());
        ArrayNode regions = o.putArray("regions");
        t.regions().forEach(r -> region(regions.addObject(), r));
        ArrayNode components = o.putArray("components");
        t.components().forEach(c -> component(components.addObject(), c));
        ArrayNode links = o.putArray("links");
        t.links().forEach(l -> link(links.addObject(), l));
        ArrayNode datasets = o.putArray("datasets");
        t.datasets().forEach(d -> dataset(datasets.addObject(), d));
        if (t.routing() != null) {
            SettingsWriter.routing(o.putObject("routing"), t.routing());
        }
        ArrayNode populations = o.putArray("populations");
        t.populations().forEach(p -> population(populations.addObject(), p));
        ArrayNode zones = o.putArray("zones");
        t.zones().forEach(z -> zone(zones.addObject(), z));
        SettingsWriter.objectives(o.putObject("objectives"), t.objectives());
        SettingsWriter.commonCauses(o.putObject("commonCauses"), t.commonCauses());
        if (!t.providers().isEmpty()) {
            ArrayNode providers = o.putArray("providers");
            for (ProviderProfile p : t.providers()) {
                ObjectNode n = providers.addObject();
                n.put("provider", p.provider().id());
                number(n, "availability", p.availability());
                number(n, "mttrHours", p.mttrHours());
                number(n, "discountPercent", p.discountPercent());
            }
        }
        if (!t.scenarios().isEmpty()) {
            ArrayNode scenarios = o.putArray("scenarios");
            for (FailureScenario s : t.scenarios()) {
                ObjectNode n = scenarios.addObject();
                n.put("id", s.id());
                n.put("name", s.name());
                ArrayNode failedRegions = n.putArray("regions");
                s.regionIds().forEach(failedRegions::add);
                ArrayNode failedProviders = n.putArray("providers");
                s.providers().forEach(p -> failedProviders.add(p.id()));
            }
        }
    }

    private static void assumptions(ObjectNode o, Assumptions a) {
        number(o, "fiberKmPerMs", a.fiberKmPerMs());
        if (a.routeInflation() != null) {
            number(o, "routeInflation", a.routeInflation());
        }
        if (a.overheadRttMs() != null) {
            number(o, "overheadRttMs", a.overheadRttMs());
        }
        number(o, "commitWaitEpsilonMs", a.commitWaitEpsilonMs());
        number(o, "downtimeCostPerHour", a.downtimeCostPerHour());
        number(o, "reconnectSeconds", a.reconnectSeconds());
        number(o, "partitionSeconds", a.partitionSeconds());
        number(o, "wanCutHours", a.wanCutHours());
        number(o, "transferPricePerGb", a.transferPricePerGb());
        number(o, "inRegionSwitchoverSeconds", a.inRegionSwitchoverSeconds());
        number(o, "switchoverFailureOnDemand", a.switchoverFailureOnDemand());
        number(o, "operatorDecisionMinutes", a.operatorDecisionMinutes());
    }

    private static void region(ObjectNode o, Region r) {
        o.put("id", r.id());
        if (r.catalogId() != null) {
            o.put("catalog", r.catalogId());
        }
        o.put("name", r.name());
        o.put("provider", r.provider().id());
        number(o, "lat", r.location().lat());
        number(o, "lon", r.location().lon());
        o.put("jurisdiction", r.jurisdiction());
        number(o, "availability", r.availability());
        number(o, "mttrHours", r.mttrHours());
        o.put("zones", r.zones());
        // The zone defaults are left out, as the reader fills them in: files keep what their author chose.
        if (r.zoneAvailability() != Defaults.ZONE_AVAILABILITY) {
            number(o, "zoneAvailability", r.zoneAvailability());
        }
        if (r.zoneMttrHours() != Defaults.ZONE_MTTR_HOURS) {
            number(o, "zoneMttrHours", r.zoneMttrHours());
        }
    }

    private static void component(ObjectNode o, Component c) {
        o.put("id", c.id());
        o.put("kind", c.kind().id());
        o.put("name", c.name());
        o.put("region", c.regionId());
        o.put("instances", c.instances());
        number(o, "hourlyPrice", c.hourlyPrice());
        reliability(o, c.reliability());
        if (c.zoneRedundant()) {
            o.put("zoneRedundant", true);
        }
        if (c.serviceTime() != null) {
            number(o, "serviceTimeMs", c.serviceTime().p50Ms());
            number(o, "serviceTimeP99Ms", c.serviceTime().p99Ms());
        }
        ComponentSpec spec = c.spec();
        if (spec instanceof ComponentSpec.Service s) {
            number(o, "capacityPerInstanceRps", s.capacityPerInstanceRps());
            number(o, "targetUtilization", s.targetUtilization());
            if (s.overload() != Defaults.OVERLOAD_BEHAVIOUR) {
                o.put("overload", s.overload().id());
            }
            if (s.maxInstances() != null) {
                o.put("maxInstances", s.maxInstances());
            }
            if (s.maxInstances() != null || s.warmupMinutes() != Defaults.WARMUP_MINUTES) {
                number(o, "warmupMinutes", s.warmupMinutes());
            }
        } else if (spec instanceof ComponentSpec.Database d) {
            o.put("engine", d.engine());
            o.put("role", d.role().id());
            number(o, "applyRatePerWorker", d.applyRatePerWorker());
            o.put("workers", d.workers());
            number(o, "promoteSeconds", d.promoteSeconds());
            optional(o, "switchoverSeconds", c.switchoverSeconds());
        } else if (spec instanceof ComponentSpec.Cache cache) {
            o.put("engine", cache.engine());
            optional(o, "switchoverSeconds", c.switchoverSeconds());
        } else if (spec instanceof ComponentSpec.Queue q) {
            o.put("engine", q.engine());
            number(o, "retentionHours", q.retentionHours());
            number(o, "throughputRps", q.throughputRps());
            number(o, "consumerLagSeconds", q.consumerLagSeconds());
        } else if (spec instanceof ComponentSpec.ObjectStore store) {
            number(o, "storedGb", store.storedGb());
            number(o, "writtenGbPerMonth", store.writtenGbPerMonth());
        }
        // A load balancer has no fields of its own.
    }

    private static void link(ObjectNode o, Link l) {
        o.put("id", l.id());
        o.put("kind", l.kind().id());
        o.put("from", l.from());
        o.put("to", l.to());
        switch (l.kind()) {
            case DEPENDENCY -> o.put("hard", l.hard());
            case REPLICATION -> {
                o.put("mode", l.mode().id());
                number(o, "lagMs", l.lagMs());
                if (l.via() != null) {
                    o.put("via", l.via());
                }
                if (l.ackTimeoutMs() != null) {
                    number(o, "ackTimeoutMs", l.ackTimeoutMs());
                }
                if (l.lagP50Ms() != null) {
                    number(o, "lagP50Ms", l.lagP50Ms());
                }
                if (l.lagP99Ms() != null) {
                    number(o, "lagP99Ms", l.lagP99Ms());
                }
            }
            case NETWORK -> number(o, "rttMs", l.rttMs());
        }
    }

    private static void dataset(ObjectNode o, Dataset d) {
        o.put("id", d.id());
        o.put("name", d.name());
        o.put("strategy", d.strategy().id());
        o.put("conflict", d.conflict().id());
        number(o, "writesPerSecond", d.writesPerSecond());
        number(o, "recordBytes", d.recordBytes());
        o.put("commutative", d.commutative());
        if (d.zoneId() != null) {
            o.put("zone", d.zoneId());
        }
        ArrayNode copies = o.putArray("copies");
        d.copies().forEach(copies::add);
        number(o, "mergeRatePerSecond", d.mergeRatePerSecond());
        if (d.promotion() != PromotionMode.AUTOMATIC) {
            o.put("promotion", d.promotion().id());
        }
        if (d.promotionOrder() != null) {
            ArrayNode order = o.putArray("promotionOrder");
            d.promotionOrder().forEach(order::add);
        }
        if (d.decisionMinutes() != null) {
            number(o, "decisionMinutes", d.decisionMinutes());
        }
        if (d.burst() != null) {
            number(o, "burstWritesPerSecond", d.burst().writesPerSecond());
            number(o, "burstSeconds", d.burst().seconds());
        }
        if (d.fencingSeconds() != null) {
            number(o, "fencingSeconds", d.fencingSeconds());
        }
        if (d.readConsistency() != null) {
            o.put("readConsistency", d.readConsistency().id());
        }
        if (d.quorumLeader() != null) {
            o.put("quorumLeader", d.quorumLeader().id());
        }
    }

    private static void population(ObjectNode o, Population p) {
        o.put("id", p.id());
        o.put("name", p.name());
        number(o, "lat", p.location().lat());
        number(o, "lon", p.location().lon());
        number(o, "requestsPerSecond", p.requestsPerSecond());
        number(o, "readFraction", p.readFraction());
        if (p.zoneId() != null) {
            o.put("zone", p.zoneId());
        }
        if (p.homeRegionId() != null) {
            o.put("homeRegion", p.homeRegionId());
        }
        ArrayNode weights = o.putArray("weights");
        for (RouteWeight w : p.weights()) {
            ObjectNode weight = weights.addObject();
            weight.put("region", w.regionId());
            number(weight, "share", w.share());
        }
        if (p.reads() != null) {
            ArrayNode reads = o.putArray("reads");
            p.reads().forEach(reads::add);
        }
        if (p.writes() != null) {
            ArrayNode writes = o.putArray("writes");
            p.writes().forEach(writes::add);
        }
        optional(o, "responseBytes", p.responseBytes());
    }

    private static void zone(ObjectNode o, ResidencyZone z) {
        o.put("id", z.id());
        o.put("name", z.name());
        ArrayNode regions = o.putArray("regions");
        z.regionIds().forEach(regions::add);
    }
}
