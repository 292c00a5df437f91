package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Defaults;
import io.meridian.model.Provider;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Cloud: Compute Engine instances and managed instance groups (with their autoscalers), Cloud SQL and its
 * read replicas, Spanner instance configurations, Memorystore, Cloud Storage, forwarding rules; the global external
 * load balancer (anycast) and Cloud DNS routing policies as the routing layer.
 */
final class GcpMapper extends CloudMapper {
    /** Spanner multi-region configurations: default leader, other read-write region, witness (Google's docs). */
    private static final Map<String, List<String>> SPANNER_CONFIGS = Map.of(
            "nam3", List.of("us-east4", "us-east1", "us-central1"),
            "eur3", List.of("europe-west1", "europe-west4", "europe-north1"),
            "asia1", List.of("asia-northeast1", "asia-northeast2", "asia-northeast3"));
    private static final Pattern CUSTOM_TIER = Pattern.compile("db-custom-(\\d+)-(\\d+)");

    private final List<ObjectNode> tiers = new ArrayList<>();
    private final List<ObjectNode> balancers = new ArrayList<>();

    GcpMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
        instances();
        groups();
        forwardingRules();
        cloudSql();
        spanner();
        memorystore();
        buckets();
        globalLoadBalancer();
        cloudDns();
        loadBalancersInFrontOfTiers(balancers, tiers);
    }

    private void instances() {
        for (List<IacResource> group : inventory.groups("google_compute_instance")) {
            IacResource r = group.get(0);
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String type = machineType(r.text("machine_type"));
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (Compute Engine "
                    + AwsMapper.orUnknown(type) + ")", region, group.size(), null,
                    draft.hourly(Provider.GCP, type, r.group()), r.group());
            tiers.add(c);
            group.forEach(i -> draft.mapped(i, id(c)));
        }
    }

    private void groups() {
        for (IacResource r : inventory.ofType("google_compute_instance_group_manager",
                "google_compute_region_instance_group_manager")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            Optional<IacResource> template = inventory.ref(r, "version", "google_compute_instance_template",
                    "google_compute_region_instance_template");
            String type = template.map(t -> machineType(t.text("machine_type"))).orElse(null);
            Optional<IacResource> scaler = inventory.ofType("google_compute_autoscaler",
                    "google_compute_region_autoscaler").stream()
                    .filter(a -> inventory.ref(a, "target", r.type()).map(t -> t == r).orElse(false)).findFirst();
            double min = scaler.map(a -> a.number("autoscaling_policy", 0, "min_replicas").orElse(1)).orElse(1.0);
            int size = (int) r.number("target_size").orElse(min);
            Integer max = scaler.map(a -> (int) a.number("autoscaling_policy", 0, "max_replicas").orElse(size))
                    .orElse(null);
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (managed instance group, "
                    + AwsMapper.orUnknown(type) + ")", region, Math.max(1, size), max,
                    draft.hourly(Provider.GCP, type, r.address()), r.address());
            tiers.add(c);
            draft.mapped(r, id(c));
            template.ifPresent(t -> draft.mapped(t, id(c) + " (machine type)"));
            scaler.ifPresent(a -> draft.mapped(a, id(c) + " (maxInstances)"));
        }
        skipUnused("no mapped instance group uses it", "google_compute_instance_template",
                "google_compute_region_instance_template", "google_compute_autoscaler",
                "google_compute_region_autoscaler");
    }

    private void forwardingRules() {
        for (IacResource r : inventory.ofType("google_compute_forwarding_rule")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            ObjectNode c = draft.component(r.localName() + "-lb-" + region, "load-balancer", r.localName()
                    + " (regional load balancer)", region, 1, draft.hourly(Provider.GCP, "cloud-lb-forwarding-rule",
                    r.address()), Defaults.IMPORT_LOAD_BALANCER_AVAILABILITY);
            c.put("zoneRedundant", true);
            balancers.add(c);
            draft.mapped(r, id(c));
        }
    }

    private void cloudSql() {
        Map<IacResource, ObjectNode> instances = new LinkedHashMap<>();
        for (IacResource r : inventory.ofType("google_sql_database_instance")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String version = Optional.ofNullable(r.text("database_version")).orElse("");
            String engine = version.toUpperCase(Locale.ROOT).startsWith("POSTGRES") ? "postgresql"
                    : version.toUpperCase(Locale.ROOT).startsWith("MYSQL") ? "mysql" : version.toLowerCase(Locale.ROOT);
            String tier = r.text("settings", 0, "tier");
            boolean ha = "REGIONAL".equalsIgnoreCase(r.text("settings", 0, "availability_type"));
            double hourly = draft.hourly(Provider.GCP, sqlItem(tier), r.address());
            ObjectNode c = draft.component(r.localName() + "-" + region, "database", r.localName() + " (Cloud SQL "
                            + engine + " " + AwsMapper.orUnknown(tier) + (ha ? ", HA" : "") + ")", region, 1,
                    ha ? 2 * hourly : hourly, ha ? Defaults.IMPORT_DATABASE_AVAILABILITY
                            : Defaults.IMPORT_INSTANCE_AVAILABILITY);
            c.put("engine", engine);
            c.put("role", "primary");
            if (ha) {
                c.put("zoneRedundant", true);
            }
            instances.put(r, c);
            draft.mapped(r, id(c));
        }
        Map<IacResource, List<String>> replicas = new LinkedHashMap<>();
        instances.forEach((r, c) -> inventory.ref(r, "master_instance_name", "google_sql_database_instance")
                .filter(instances::containsKey).ifPresent(primary -> {
                    c.put("role", "replica");
                    replicas.computeIfAbsent(primary, p -> new ArrayList<>()).add(id(c));
                }));
        instances.forEach((r, c) -> {
            if (c.path("role").asText().equals("primary")) {
                primaryWithReplicas(r.localName(), r.localName(), id(c), replicas.getOrDefault(r, List.of()),
                        "async", "manual");
            }
        });
        if (!replicas.isEmpty()) {
            draft.note("Cloud SQL read replicas are promoted by an operator (promotion manual).");
        }
    }

    /** {@code db-custom-2-7680} → {@code cloud-sql-2vcpu-7.5gb}, the catalogue's item for that shape. */
    static String sqlItem(String tier) {
        if (tier == null) {
            return null;
        }
        Matcher m = CUSTOM_TIER.matcher(tier);
        if (!m.matches()) {
            return tier;
        }
        double gb = Integer.parseInt(m.group(2)) / 1024.0;
        return "cloud-sql-" + m.group(1) + "vcpu-" + plain(gb) + "gb";
    }

    private void spanner() {
        for (IacResource r : inventory.ofType("google_spanner_instance")) {
            String config = Optional.ofNullable(r.text("config")).orElse("");
            config = config.substring(config.lastIndexOf('/') + 1);
            double nodes = r.number("num_nodes").orElse(r.number("processing_units").orElse(1000) / 1000);
            int perRegion = (int) Math.max(1, Math.ceil(nodes));
            double hourly = draft.hourly(Provider.GCP, "spanner-node", r.address());
            if (config.startsWith("regional-")) {
                String region = draft.region(r, config.substring("regional-".length()));
                if (region == null) {
                    continue;
                }
                ObjectNode c = spannerNode(r, region, "primary", perRegion, hourly);
                draft.dataset(r.localName(), r.localName() + " (Spanner)", "majority-quorum", "none",
                        List.of(id(c)), "automatic");
                draft.mapped(r, id(c));
                continue;
            }
            List<String> layout = SPANNER_CONFIGS.get(config);
            if (layout == null) {
                draft.skip(r, "Spanner configuration '" + config + "' is not one the importer knows (regional-*, "
                        + String.join(", ", SPANNER_CONFIGS.keySet().stream().sorted().toList()) + ")");
                continue;
            }
            List<String> copies = new ArrayList<>();
            String[] roles = {"primary", "voter", "witness"};
            for (int i = 0; i < layout.size(); i++) {
                String region = draft.region(r, layout.get(i));
                if (region == null) {
                    continue;
                }
                copies.add(id(spannerNode(r, region, roles[i], i == 2 ? 1 : perRegion, hourly)));
            }
            for (String to : copies.subList(1, copies.size())) {
                draft.replication(copies.get(0), to, "quorum-member");
            }
            draft.dataset(r.localName(), r.localName() + " (Spanner " + config + ")", "commit-wait", "none", copies,
                    "automatic");
            draft.mapped(r, String.join(", ", copies));
        }
    }

    private ObjectNode spannerNode(IacResource r, String region, String role, int nodes, double hourly) {
        ObjectNode c = draft.component(r.localName() + "-" + region, "database", r.localName() + " (Spanner "
                + role + ")", region, nodes, hourly, Defaults.IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY);
        c.put("engine", "spanner");
        c.put("role", role);
        c.put("zoneRedundant", true);
        return c;
    }

    private void memorystore() {
        for (IacResource r : inventory.ofType("google_redis_instance")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            boolean ha = "STANDARD_HA".equalsIgnoreCase(r.text("tier"));
            double gb = r.number("memory_size_gb").orElse(1);
            double perGb = draft.hourly(Provider.GCP, ha ? "memorystore-redis-standard-per-gb"
                    : "memorystore-redis-basic-per-gb", r.address());
            ObjectNode c = draft.component(r.localName() + "-" + region, "cache", r.localName() + " (Memorystore "
                    + (ha ? "Standard" : "Basic") + ", " + plain(gb) + " GB)", region, 1, perGb * gb, managed());
            c.put("engine", "redis");
            if (ha) {
                c.put("zoneRedundant", true);
            }
            draft.mapped(r, id(c));
        }
    }

    private void buckets() {
        for (IacResource r : inventory.ofType("google_storage_bucket")) {
            String location = r.region();
            if (location != null && !location.contains("-")) {
                draft.skip(r, "multi-region location '" + location.toUpperCase(Locale.ROOT) + "' is not one "
                        + "catalogue region (Meridian places an object store in one region)");
                continue;
            }
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            ObjectNode c = draft.component(r.localName() + "-" + region, "object-store", r.localName()
                    + " (Cloud Storage)", region, 1, 0, managed());
            c.put("zoneRedundant", true);
            draft.mapped(r, id(c));
        }
    }

    private void globalLoadBalancer() {
        List<IacResource> rules = inventory.ofType("google_compute_global_forwarding_rule");
        if (rules.isEmpty()) {
            return;
        }
        double interval = 0;
        int threshold = 0;
        for (IacResource b : inventory.ofType("google_compute_backend_service")) {
            Optional<IacResource> check = inventory.ref(b, "health_checks", "google_compute_health_check");
            if (check.isPresent()) {
                interval = Math.max(interval, check.get().number("check_interval_sec").orElse(5));
                threshold = Math.max(threshold, (int) check.get().number("unhealthy_threshold").orElse(2));
                draft.mapped(check.get(), "routing (health check)");
            }
            draft.mapped(b, "routing (backend service)");
        }
        if (threshold == 0) {
            interval = Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS;
            threshold = Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD;
        }
        for (IacResource part : inventory.ofType("google_compute_url_map", "google_compute_target_http_proxy",
                "google_compute_target_https_proxy", "google_compute_global_address")) {
            draft.mapped(part, "routing");
        }
        rules.forEach(r -> draft.mapped(r, "routing"));
        double monthly = rules.size() * draft.price(Provider.GCP, "cloud-lb-forwarding-rule").orElse(0)
                * Defaults.HOURS_PER_MONTH;
        draft.routing(new DesignDraft.RoutingCandidate(rules.get(0).group(), RoutingKind.ANYCAST, 0, interval,
                threshold, RoutingService.GOOGLE_CLOUD_LOAD_BALANCING, monthly, "global external load balancer, "
                + "health checks every " + plain(interval) + " s × " + threshold));
    }

    private void cloudDns() {
        List<IacResource> policies = new ArrayList<>();
        boolean geo = false;
        boolean failover = false;
        double ttl = 0;
        for (IacResource r : inventory.ofType("google_dns_record_set")) {
            List<JsonNode> policy = r.list("routing_policy");
            if (policy.isEmpty()) {
                draft.skip(r, "a simple record: no routing policy, so it steers nothing between regions");
                continue;
            }
            geo |= policy.get(0).has("geo") && !policy.get(0).get("geo").isEmpty();
            failover |= policy.get(0).has("primary_backup") && !policy.get(0).get("primary_backup").isEmpty();
            ttl = Math.max(ttl, r.number("ttl").orElse(300));
            policies.add(r);
            draft.mapped(r, "routing");
        }
        if (policies.isEmpty()) {
            return;
        }
        List<IacResource> zones = inventory.ofType("google_dns_managed_zone");
        zones.forEach(z -> draft.mapped(z, "routing (managed zone)"));
        RoutingKind kind = geo ? RoutingKind.GEO_DNS : RoutingKind.WEIGHTED_DNS;
        if (failover) {
            draft.note("Cloud DNS primary-backup records send everyone to the primary while it is healthy: give each "
                    + "population that region as its home region.");
        }
        draft.routing(new DesignDraft.RoutingCandidate(policies.get(0).group(), kind, ttl,
                Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS, Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD,
                RoutingService.GOOGLE_CLOUD_DNS, Math.max(1, zones.size())
                * draft.price(Provider.GCP, "cloud-dns-zone").orElse(0), "Cloud DNS routing policy, TTL "
                + plain(ttl) + " s"));
    }

    /** {@code zones/europe-west1-b/machineTypes/n2-standard-2} or {@code n2-standard-2} → {@code n2-standard-2}. */
    static String machineType(String value) {
        return value == null ? null : value.substring(value.lastIndexOf('/') + 1);
    }
}
