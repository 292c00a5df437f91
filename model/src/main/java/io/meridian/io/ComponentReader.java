package io.meridian.io;

import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Defaults;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.Reliability;
import io.meridian.model.ServiceTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads a component: the common fields, then the fields of its kind, flat beside them. */
final class ComponentReader {
    static final List<String> COMMON_FIELDS = List.of("id", "kind", "name", "region", "instances", "hourlyPrice",
            "availability", "mtbfHours", "mttrHours", "zoneRedundant", "serviceTimeMs", "serviceTimeP99Ms");
    static final Map<ComponentKind, List<String>> KIND_FIELDS = new EnumMap<>(Map.of(
            ComponentKind.SERVICE, List.of("capacityPerInstanceRps", "targetUtilization", "overload", "maxInstances",
                    "warmupMinutes"),
            ComponentKind.DATABASE, List.of("engine", "role", "applyRatePerWorker", "workers", "promoteSeconds",
                    "switchoverSeconds"),
            ComponentKind.CACHE, List.of("engine", "switchoverSeconds"),
            ComponentKind.QUEUE, List.of("engine", "retentionHours", "throughputRps", "consumerLagSeconds"),
            ComponentKind.OBJECT_STORE, List.of("storedGb", "writtenGbPerMonth"),
            ComponentKind.LOAD_BALANCER, List.of()));

    /** Defaults for optional kind fields; file-format.md documents each with its source. */
    static final double TARGET_UTILIZATION = 0.7;
    static final double APPLY_RATE_PER_WORKER = io.meridian.model.Defaults.APPLY_RATE_PER_WORKER;
    static final double PROMOTE_SECONDS = 30;
    static final double RETENTION_HOURS = 24;

    Component read(FieldReader f) {
        String id = f.text("id");
        ComponentKind kind = f.choice("kind", ComponentKind.class, null);
        rejectUnknown(f, kind);
        String name = f.text("name", "");
        String region = f.text("region");
        int instances = f.integer("instances", 1);
        double hourlyPrice = f.number("hourlyPrice", 0.0);
        Supplier<Reliability> reliability = reliability(f, null);
        if (kind == null) {
            return null;
        }
        Supplier<ComponentSpec> spec = spec(f, kind);
        // A database or cache switches to an in-region spare; absent = its kind's default.
        Double switchover = kind == ComponentKind.DATABASE || kind == ComponentKind.CACHE
                ? f.optionalNumber("switchoverSeconds") : null;
        boolean zoneRedundant = f.bool("zoneRedundant", false);
        Double serviceP50 = f.optionalNumber("serviceTimeMs");
        Double serviceP99 = f.optionalNumber("serviceTimeP99Ms");
        if (serviceP99 != null && serviceP50 == null) {
            f.missing("serviceTimeMs");
        }
        return f.build(() -> new Component(id, name, region, instances, hourlyPrice, reliability.get(), spec.get(),
                switchover, zoneRedundant, serviceP50 == null ? null : serviceP99 == null
                        ? ServiceTime.ofMedian(serviceP50) : new ServiceTime(serviceP50, serviceP99)));
    }

    /**
     * "availability", or "mtbfHours" and "mttrHours". Returns the construction, not the value, so that the
     * model's check runs inside {@link FieldReader#build} and its problem is located.
     */
    static Supplier<Reliability> reliability(FieldReader f, Double defaultAvailability) {
        Double sla = f.optionalNumber("availability");
        Double mtbf = f.optionalNumber("mtbfHours");
        Double mttr = f.optionalNumber("mttrHours");
        if (sla == null && mtbf == null && mttr == null && defaultAvailability != null) {
            return () -> Reliability.ofSla(defaultAvailability);
        }
        return () -> new Reliability(sla, mtbf, mttr);
    }

    private static Supplier<ComponentSpec> spec(FieldReader f, ComponentKind kind) {
        return switch (kind) {
            case SERVICE -> {
                double capacity = f.number("capacityPerInstanceRps", null);
                double target = f.number("targetUtilization", TARGET_UTILIZATION);
                OverloadBehaviour overload = f.choice("overload", OverloadBehaviour.class,
                        Defaults.OVERLOAD_BEHAVIOUR);
                Integer maxInstances = f.optionalNumber("maxInstances") == null ? null
                        : f.integer("maxInstances", 0);
                double warmup = f.number("warmupMinutes", Defaults.WARMUP_MINUTES);
                yield () -> new ComponentSpec.Service(capacity, target, overload, maxInstances, warmup);
            }
            case DATABASE -> {
                String engine = f.text("engine", "");
                DatabaseRole role = f.choice("role", DatabaseRole.class, DatabaseRole.PRIMARY);
                double applyRate = f.number("applyRatePerWorker", APPLY_RATE_PER_WORKER);
                int workers = f.integer("workers", 1);
                double promote = f.number("promoteSeconds", PROMOTE_SECONDS);
                yield () -> new ComponentSpec.Database(engine, role, applyRate, workers, promote);
            }
            case CACHE -> {
                String engine = f.text("engine", "");
                yield () -> new ComponentSpec.Cache(engine);
            }
            case QUEUE -> {
                String engine = f.text("engine", "");
                double retention = f.number("retentionHours", RETENTION_HOURS);
                double throughput = f.number("throughputRps", null);
                double consumerLag = f.number("consumerLagSeconds", 0.0);
                yield () -> new ComponentSpec.Queue(engine, retention, throughput, consumerLag);
            }
            case OBJECT_STORE -> {
                double storedGb = f.number("storedGb", 0.0);
                double writtenGb = f.number("writtenGbPerMonth", 0.0);
                yield () -> new ComponentSpec.ObjectStore(storedGb, writtenGb);
            }
            case LOAD_BALANCER -> ComponentSpec.LoadBalancer::new;
        };
    }

    /** A field of another kind gets a reason that names the kinds it belongs to, not "unknown". */
    private static void rejectUnknown(FieldReader f, ComponentKind kind) {
        Set<String> allowed = new HashSet<>(COMMON_FIELDS);
        if (kind != null) {
            allowed.addAll(KIND_FIELDS.get(kind));
        } else {
            KIND_FIELDS.values().forEach(allowed::addAll);
        }
        f.rejectUnknown(allowed, name -> {
            List<String> owners = KIND_FIELDS.entrySet().stream().filter(e -> e.getValue().contains(name))
                    .map(e -> e.getKey().id()).toList();
            return owners.isEmpty() ? null : "field '" + name + "' does not apply to a " + kind.id()
                    + " (only to " + String.join(", ", owners) + ")";
        });
    }
}
