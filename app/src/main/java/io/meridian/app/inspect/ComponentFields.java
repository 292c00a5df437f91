package io.meridian.app.inspect;

import static io.meridian.app.inspect.PropertyForms.choice;
import static io.meridian.app.inspect.PropertyForms.fixed;
import static io.meridian.app.inspect.PropertyForms.num;
import static io.meridian.app.inspect.PropertyForms.text;
import static io.meridian.app.inspect.Values.integer;
import static io.meridian.app.inspect.Values.number;
import static io.meridian.app.inspect.Values.numberOr;
import static io.meridian.app.inspect.Values.optionalNumber;

import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Defaults;
import io.meridian.model.ModelException;
import io.meridian.model.OverloadBehaviour;
import io.meridian.model.ServiceTime;
import io.meridian.model.Design;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The inspector's fields for a component: the common ones, then those of its kind. */
final class ComponentFields {
    private ComponentFields() {
    }

    static String kindLabel(Component c) {
        return switch (c.kind()) {
            case SERVICE -> "Service";
            case DATABASE -> "Database";
            case CACHE -> "Cache";
            case QUEUE -> "Queue";
            case OBJECT_STORE -> "Object store";
            case LOAD_BALANCER -> "Load balancer";
        };
    }

    static List<Field> of(Design d, Component c) {
        Function<Component, Design> put = x -> d.withTopology(d.topology().withComponent(x));
        Function<ComponentSpec, Design> spec = s -> put.apply(c.withSpec(s));
        List<Field> f = new ArrayList<>();
        f.add(fixed("id", "Id", c.id(), "Links name the component by this id"));
        f.add(text("name", "Name", c.name(), null, v -> put.apply(c.withName(v))));
        f.add(choice("region", "Region", c.regionId(), d.topology().regions().stream().map(Region::id).toList(),
                "The region it runs in", v -> put.apply(c.withRegion(v))));
        f.add(num("instances", "Instances", c.instances(), "Identical instances or nodes",
                v -> put.apply(c.withInstances(integer(v, "instances")))));
        f.add(num("hourlyPrice", "Price per instance-hour (USD)", c.hourlyPrice(), null,
                v -> put.apply(c.withHourlyPrice(number(v, "hourlyPrice")))));
        Reliability r = c.reliability();
        if (r.isSla()) {
            f.add(num("availability", "Availability", r.sla(), "Of one instance, e.g. 0.999",
                    v -> put.apply(c.withReliability(Reliability.ofSla(number(v, "availability"))))));
        } else {
            f.add(num("mtbfHours", "MTBF (h)", r.mtbfHours(), "Mean time between failures of one instance",
                    v -> put.apply(c.withReliability(Reliability.ofMtbf(number(v, "mtbfHours"), r.mttrHours())))));
            f.add(num("mttrHours", "MTTR (h)", r.mttrHours(), "Mean time to repair one instance",
                    v -> put.apply(c.withReliability(Reliability.ofMtbf(r.mtbfHours(), number(v, "mttrHours"))))));
        }
        f.add(new Field("zoneRedundant", "Zone-redundant", String.valueOf(c.zoneRedundant()), Field.Type.CHECK,
                List.of(), "A managed multi-AZ service (RDS Multi-AZ, Aurora, DynamoDB, S3): no zone outage takes it",
                v -> put.apply(c.withZoneRedundant(Boolean.parseBoolean(v)))));
        f.addAll(serviceTime(c, put));
        ComponentSpec s = c.spec();
        if (s instanceof ComponentSpec.Service svc) {
            f.addAll(service(svc, spec));
        } else if (s instanceof ComponentSpec.Database db) {
            f.add(text("engine", "Engine", db.engine(), "postgresql, mysql, aurora, spanner, cockroachdb…",
                    v -> spec.apply(new ComponentSpec.Database(v, db.role(), db.applyRatePerWorker(), db.workers(),
                            db.promoteSeconds()))));
            f.add(choice("role", "Role", db.role().id(),
                    Arrays.stream(DatabaseRole.values()).map(DatabaseRole::id).toList(), null,
                    v -> spec.apply(new ComponentSpec.Database(db.engine(), PropertyForms.parse(DatabaseRole.class, v),
                            db.applyRatePerWorker(), db.workers(), db.promoteSeconds()))));
            f.add(num("applyRatePerWorker", "Apply rate per worker (writes/s)", db.applyRatePerWorker(),
                    "Writes/s one replication apply worker sustains",
                    v -> spec.apply(new ComponentSpec.Database(db.engine(), db.role(),
                            number(v, "applyRatePerWorker"), db.workers(), db.promoteSeconds()))));
            f.add(num("workers", "Apply workers", db.workers(), "1 = single-threaded apply",
                    v -> spec.apply(new ComponentSpec.Database(db.engine(), db.role(), db.applyRatePerWorker(),
                            integer(v, "workers"), db.promoteSeconds()))));
            f.add(num("promoteSeconds", "Promotion time (s)", db.promoteSeconds(), "Time to promote to primary",
                    v -> spec.apply(new ComponentSpec.Database(db.engine(), db.role(), db.applyRatePerWorker(),
                            db.workers(), number(v, "promoteSeconds")))));
            f.add(switchover(c, put, d.topology().assumptions().inRegionSwitchoverSeconds(),
                    "the design's in-region switchover (Assumptions)"));
        } else if (s instanceof ComponentSpec.Cache cache) {
            f.add(text("engine", "Engine", cache.engine(), "redis, memcached…",
                    v -> spec.apply(new ComponentSpec.Cache(v))));
            f.add(switchover(c, put, Defaults.CACHE_SWITCHOVER_SECONDS, "a cache's default"));
        } else if (s instanceof ComponentSpec.Queue q) {
            f.add(text("engine", "Engine", q.engine(), "kafka, kinesis, sqs, pubsub…",
                    v -> spec.apply(new ComponentSpec.Queue(v, q.retentionHours(), q.throughputRps(),
                            q.consumerLagSeconds()))));
            f.add(num("retentionHours", "Retention (h)", q.retentionHours(), null,
                    v -> spec.apply(new ComponentSpec.Queue(q.engine(), number(v, "retentionHours"), q.throughputRps(),
                            q.consumerLagSeconds()))));
            f.add(num("throughputRps", "Throughput (msg/s)", q.throughputRps(), null,
                    v -> spec.apply(new ComponentSpec.Queue(q.engine(), q.retentionHours(), number(v, "throughputRps"),
                            q.consumerLagSeconds()))));
            f.add(num("consumerLagSeconds", "Consumer lag (s)", q.consumerLagSeconds(), null,
                    v -> spec.apply(new ComponentSpec.Queue(q.engine(), q.retentionHours(), q.throughputRps(),
                            number(v, "consumerLagSeconds")))));
        } else if (s instanceof ComponentSpec.ObjectStore store) {
            f.add(num("storedGb", "Stored (GB)", store.storedGb(), "Data kept, priced per GB-month",
                    v -> spec.apply(new ComponentSpec.ObjectStore(number(v, "storedGb"), store.writtenGbPerMonth()))));
            f.add(num("writtenGbPerMonth", "Written (GB/month)", store.writtenGbPerMonth(),
                    "Data added or changed a month: what each of its replication links copies to another store; "
                            + "empty for 0",
                    v -> spec.apply(new ComponentSpec.ObjectStore(store.storedGb(),
                            numberOr(v, "writtenGbPerMonth", 0)))).withPrompt(Values.byDefault(0, "GB")));
        }
        return f;
    }

    /** A service tier's capacity, overload behaviour and autoscaling; each edit keeps the others. */
    private static List<Field> service(ComponentSpec.Service svc, Function<ComponentSpec, Design> spec) {
        return List.of(
                num("capacityPerInstanceRps", "Capacity per instance (req/s)", svc.capacityPerInstanceRps(),
                        "Requests/s one instance carries at 100% utilisation",
                        v -> spec.apply(new ComponentSpec.Service(number(v, "capacityPerInstanceRps"),
                                svc.targetUtilization(), svc.overload(), svc.maxInstances(), svc.warmupMinutes()))),
                num("targetUtilization", "Target utilisation", svc.targetUtilization(),
                        "Highest utilisation in normal operation, 0–1",
                        v -> spec.apply(new ComponentSpec.Service(svc.capacityPerInstanceRps(),
                                number(v, "targetUtilization"), svc.overload(), svc.maxInstances(),
                                svc.warmupMinutes()))),
                choice("overload", "When overloaded", svc.overload().id(),
                        Arrays.stream(OverloadBehaviour.values()).map(OverloadBehaviour::id).toList(),
                        "shed: admission control rejects the excess and serves up to capacity; collapse: no "
                                + "admission control, goodput falls to nothing and the load moves on (default: "
                                + Defaults.OVERLOAD_BEHAVIOUR.id() + ")",
                        v -> spec.apply(new ComponentSpec.Service(svc.capacityPerInstanceRps(),
                                svc.targetUtilization(), PropertyForms.parse(OverloadBehaviour.class, v),
                                svc.maxInstances(), svc.warmupMinutes()))),
                new Field("maxInstances", "Autoscale up to (instances)", Values.format(
                        svc.maxInstances() == null ? null : svc.maxInstances().doubleValue()), Field.Type.NUMBER,
                        List.of(), "After a failure the tier grows towards the instances its load needs, up to this "
                        + "many; empty: it does not autoscale",
                        v -> spec.apply(new ComponentSpec.Service(svc.capacityPerInstanceRps(),
                                svc.targetUtilization(), svc.overload(),
                                v.isBlank() ? null : integer(v, "maxInstances"), svc.warmupMinutes())))
                        .withPrompt("no autoscaling"),
                num("warmupMinutes", "Warm-up of added instances (min)", svc.warmupMinutes(),
                        "How long added instances take to serve (read with autoscaling); empty for the default",
                        v -> spec.apply(new ComponentSpec.Service(svc.capacityPerInstanceRps(),
                                svc.targetUtilization(), svc.overload(), svc.maxInstances(),
                                numberOr(v, "warmupMinutes", Defaults.WARMUP_MINUTES))))
                        .withPrompt(Values.byDefault(Defaults.WARMUP_MINUTES, "min")));
    }

    /**
     * Service time p50 and p99 (ms), without the network. Empty p50: not stated (0); empty p99 with a p50: the
     * default tail, p50 × {@link Defaults#SERVICE_TIME_P99_FACTOR}.
     */
    static List<Field> serviceTime(Component c, Function<Component, Design> put) {
        ServiceTime t = c.serviceTime();
        Double p50 = t == null ? null : t.p50Ms();
        Double p99 = t == null ? null : t.p99Ms();
        String tail = "× " + Values.format(Defaults.SERVICE_TIME_P99_FACTOR) + " the median";
        return List.of(
                new Field("serviceTimeMs", "Service time p50 (ms)", Values.format(p50), Field.Type.NUMBER, List.of(),
                        "Median time to handle one request, without the network; empty: not stated (0)",
                        v -> {
                            Double median = optionalNumber(v, "serviceTimeMs");
                            return put.apply(c.withServiceTime(median == null ? null
                                    : t == null ? ServiceTime.ofMedian(median) : new ServiceTime(median, t.p99Ms())));
                        }).withPrompt("not stated"),
                new Field("serviceTimeP99Ms", "Service time p99 (ms)", Values.format(p99), Field.Type.NUMBER,
                        List.of(), "99th percentile; empty: " + tail,
                        v -> {
                            if (t == null) {
                                throw new ModelException("serviceTimeP99Ms", "state the median serviceTimeMs first");
                            }
                            Double tailMs = optionalNumber(v, "serviceTimeP99Ms");
                            return put.apply(c.withServiceTime(tailMs == null ? ServiceTime.ofMedian(t.p50Ms())
                                    : new ServiceTime(t.p50Ms(), tailMs)));
                        }).withPrompt("default: " + tail));
    }

    /** A database or cache pool's switchover to a spare in its region; empty: the default, shown as the prompt. */
    private static Field switchover(Component c, Function<Component, Design> put, double byDefault, String whose) {
        return new Field("switchoverSeconds", "Switchover in region (s)", Values.format(c.switchoverSeconds()),
                Field.Type.NUMBER, List.of(), "Time to switch to a spare instance in the region when the active one "
                + "fails; empty: " + whose,
                v -> put.apply(c.withSwitchoverSeconds(optionalNumber(v, "switchoverSeconds"))))
                .withPrompt(Values.byDefault(byDefault, "s"));
    }
}
