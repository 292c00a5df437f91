package io.meridian.io;

import io.meridian.model.Defaults;
import io.meridian.model.FailureScenario;
import io.meridian.model.Provider;
import io.meridian.model.ProviderProfile;
import io.meridian.model.ConflictResolution;
import io.meridian.model.Dataset;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Population;
import io.meridian.model.PromotionMode;
import io.meridian.model.QuorumLeader;
import io.meridian.model.ReadConsistency;
import io.meridian.model.ReplicationMode;
import io.meridian.model.ResidencyZone;
import io.meridian.model.RouteWeight;
import io.meridian.model.WriteBurst;
import io.meridian.model.WriteStrategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads links, datasets, populations and residency zones. */
final class ElementReader {
    static final List<String> LINK_COMMON_FIELDS = List.of("id", "kind", "from", "to");
    static final Map<LinkKind, List<String>> LINK_KIND_FIELDS = new EnumMap<>(Map.of(
            LinkKind.DEPENDENCY, List.of("hard"),
            LinkKind.REPLICATION, List.of("mode", "lagMs", "via", "ackTimeoutMs", "lagP50Ms", "lagP99Ms"),
            LinkKind.NETWORK, List.of("rttMs")));
    static final Set<String> DATASET_FIELDS = Set.of("id", "name", "strategy", "conflict", "writesPerSecond",
            "recordBytes", "commutative", "zone", "copies", "mergeRatePerSecond", "promotion", "promotionOrder",
            "decisionMinutes", "burstWritesPerSecond", "burstSeconds", "fencingSeconds",
            "readConsistency", "quorumLeader");
    static final Set<String> POPULATION_FIELDS = Set.of("id", "name", "lat", "lon", "requestsPerSecond",
            "readFraction", "zone", "homeRegion", "weights", "reads", "writes", "responseBytes");
    static final Set<String> WEIGHT_FIELDS = Set.of("region", "share");
    static final Set<String> ZONE_FIELDS = Set.of("id", "name", "regions");
    static final Set<String> PROVIDER_FIELDS = Set.of("provider", "availability", "mttrHours", "discountPercent");
    static final Set<String> SCENARIO_FIELDS = Set.of("id", "name", "regions", "providers");

    /** Defaults for optional fields; file-format.md documents each. */
    static final double RECORD_BYTES = 1024;
    static final double READ_FRACTION = 0.9;

    private ElementReader() {
    }

    static Link link(FieldReader f) {
        String id = f.text("id");
        LinkKind kind = f.choice("kind", LinkKind.class, null);
        Set<String> allowed = new HashSet<>(LINK_COMMON_FIELDS);
        if (kind != null) {
            allowed.addAll(LINK_KIND_FIELDS.get(kind));
        } else {
            LINK_KIND_FIELDS.values().forEach(allowed::addAll);
        }
        f.rejectUnknown(allowed, name -> LINK_KIND_FIELDS.entrySet().stream()
                .filter(e -> e.getValue().contains(name)).findFirst()
                .map(e -> "field '" + name + "' does not apply to a " + kind.id() + " link (only to "
                        + e.getKey().id() + ")").orElse(null));
        String from = f.text("from");
        String to = f.text("to");
        if (kind == null) {
            return null;
        }
        boolean hard = kind == LinkKind.DEPENDENCY && f.bool("hard", true);
        boolean replication = kind == LinkKind.REPLICATION;
        ReplicationMode mode = replication ? f.choice("mode", ReplicationMode.class, null) : null;
        double lagMs = replication ? f.number("lagMs", 0.0) : 0;
        String via = replication ? f.optionalText("via") : null;
        Double rttMs = kind == LinkKind.NETWORK ? f.number("rttMs", null) : null;
        Double ackTimeoutMs = replication ? f.optionalNumber("ackTimeoutMs") : null;
        Double p50 = replication ? f.optionalNumber("lagP50Ms") : null;
        Double p99 = replication ? f.optionalNumber("lagP99Ms") : null;
        return f.build(() -> new Link(id, kind, from, to, hard, mode, lagMs, via, rttMs, ackTimeoutMs, p50, p99));
    }

    static Dataset dataset(FieldReader f) {
        f.rejectUnknown(DATASET_FIELDS);
        String id = f.text("id");
        String name = f.text("name", "");
        WriteStrategy strategy = f.choice("strategy", WriteStrategy.class, WriteStrategy.SINGLE_PRIMARY);
        ConflictResolution conflict = f.choice("conflict", ConflictResolution.class, ConflictResolution.NONE);
        double writesPerSecond = f.number("writesPerSecond", 0.0);
        double recordBytes = f.number("recordBytes", RECORD_BYTES);
        boolean commutative = f.bool("commutative", false);
        String zone = f.optionalText("zone");
        List<String> copies = f.texts("copies");
        double mergeRate = f.number("mergeRatePerSecond", 0.0);
        PromotionMode promotion = f.choice("promotion", PromotionMode.class, PromotionMode.AUTOMATIC);
        List<String> order = f.has("promotionOrder") ? f.texts("promotionOrder") : null;
        Double decisionMinutes = f.optionalNumber("decisionMinutes");
        Double burstRate = f.optionalNumber("burstWritesPerSecond");
        Double burstSeconds = f.optionalNumber("burstSeconds");
        if ((burstRate == null) != (burstSeconds == null)) {
            f.missing(burstRate == null ? "burstWritesPerSecond" : "burstSeconds");
        }
        Double fencing = f.optionalNumber("fencingSeconds");
        ReadConsistency reads = f.has("readConsistency")
                ? f.choice("readConsistency", ReadConsistency.class, null) : null;
        QuorumLeader quorumLeader = f.has("quorumLeader")
                ? f.choice("quorumLeader", QuorumLeader.class, null) : null;
        return f.build(() -> new Dataset(id, name, strategy, conflict, writesPerSecond, recordBytes, commutative,
                zone, copies, mergeRate, promotion, order, decisionMinutes,
                burstRate == null || burstSeconds == null ? null : new WriteBurst(burstRate, burstSeconds), fencing,
                reads, quorumLeader));
    }

    static Population population(FieldReader f) {
        f.rejectUnknown(POPULATION_FIELDS);
        String id = f.text("id");
        String name = f.text("name", "");
        double lat = f.number("lat", null);
        double lon = f.number("lon", null);
        double requestsPerSecond = f.number("requestsPerSecond", null);
        double readFraction = f.number("readFraction", READ_FRACTION);
        String zone = f.optionalText("zone");
        String homeRegion = f.optionalText("homeRegion");
        List<RouteWeight> weights = new ArrayList<>();
        for (FieldReader.Item item : f.array("weights")) {
            FieldReader w = FieldReader.of(item.value(), item.path(), f.log());
            if (w != null) {
                w.rejectUnknown(WEIGHT_FIELDS);
                String region = w.text("region");
                double share = w.number("share", null);
                weights.add(w.build(() -> new RouteWeight(region, share)));
            }
        }
        List<String> reads = f.has("reads") ? f.texts("reads") : null;
        List<String> writes = f.has("writes") ? f.texts("writes") : null;
        Double responseBytes = f.optionalNumber("responseBytes");
        return f.build(() -> new Population(id, name, new GeoPoint(lat, lon), requestsPerSecond, readFraction, zone,
                homeRegion, weights, reads, writes, responseBytes));
    }

    static ResidencyZone zone(FieldReader f) {
        f.rejectUnknown(ZONE_FIELDS);
        String id = f.text("id");
        String name = f.text("name", "");
        List<String> regions = f.texts("regions");
        return f.build(() -> new ResidencyZone(id, name, regions));
    }

    /** A provider as a failure domain and its discount; unstated values take {@link Defaults}' provider figures. */
    static ProviderProfile provider(FieldReader f) {
        f.rejectUnknown(PROVIDER_FIELDS);
        Provider provider = f.choice("provider", Provider.class, null);
        double availability = f.number("availability", Defaults.PROVIDER_AVAILABILITY);
        double mttrHours = f.number("mttrHours", Defaults.PROVIDER_MTTR_HOURS);
        double discountPercent = f.number("discountPercent", 0.0);
        return provider == null ? null
                : f.build(() -> new ProviderProfile(provider, availability, mttrHours, discountPercent));
    }

    static FailureScenario scenario(FieldReader f) {
        f.rejectUnknown(SCENARIO_FIELDS);
        String id = f.text("id");
        String name = f.text("name", "");
        List<String> regions = f.texts("regions");
        List<Provider> providers = f.choices("providers", Provider.class);
        return f.build(() -> new FailureScenario(id, name, regions, providers));
    }
}
