package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Defaults;
import io.meridian.model.Provider;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Azure: virtual machines and scale sets (with autoscale settings), load balancers and application gateways, Azure
 * SQL databases and failover groups, Cosmos DB accounts with their locations, Azure Cache for Redis (and linked
 * servers), storage accounts; Traffic Manager and Front Door as the routing layer.
 */
final class AzureMapper extends CloudMapper {
    private final List<ObjectNode> tiers = new ArrayList<>();
    private final List<ObjectNode> balancers = new ArrayList<>();

    AzureMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
        virtualMachines();
        scaleSets();
        loadBalancers();
        sql();
        cosmos();
        redis();
        storage();
        trafficManager();
        frontDoor();
        loadBalancersInFrontOfTiers(balancers, tiers);
    }

    /** {@code Standard_D2s_v5} → {@code d2s-v5}, the price catalogue's item. */
    static String sizeItem(String size) {
        return size == null ? null : size.toLowerCase(Locale.ROOT).replaceFirst("^standard_", "").replace('_', '-');
    }

    private void virtualMachines() {
        for (List<IacResource> group : inventory.groups("azurerm_linux_virtual_machine",
                "azurerm_windows_virtual_machine", "azurerm_virtual_machine")) {
            IacResource r = group.get(0);
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String size = Optional.ofNullable(r.text("size")).orElse(r.text("vm_size"));
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (VM " + AwsMapper.orUnknown(size)
                    + ")", region, group.size(), null, draft.hourly(Provider.AZURE, sizeItem(size), r.group()), r.group());
            tiers.add(c);
            group.forEach(i -> draft.mapped(i, id(c)));
        }
    }

    private void scaleSets() {
        for (IacResource r : inventory.ofType("azurerm_linux_virtual_machine_scale_set",
                "azurerm_windows_virtual_machine_scale_set", "azurerm_orchestrated_virtual_machine_scale_set")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String sku = Optional.ofNullable(r.text("sku")).orElse(r.text("sku_name"));
            Optional<IacResource> autoscale = inventory.referencing(r, "target_resource_id",
                    "azurerm_monitor_autoscale_setting").stream().findFirst();
            int instances = (int) r.number("instances").orElse(autoscale.map(a -> a.number("profile", 0, "capacity",
                    0, "default").orElse(1)).orElse(1.0));
            Integer max = autoscale.map(a -> (int) a.number("profile", 0, "capacity", 0, "maximum").orElse(instances))
                    .orElse(null);
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (scale set "
                    + AwsMapper.orUnknown(sku) + ")", region, Math.max(1, instances), max,
                    draft.hourly(Provider.AZURE, sizeItem(sku), r.address()), r.address());
            tiers.add(c);
            draft.mapped(r, id(c));
            autoscale.ifPresent(a -> draft.mapped(a, id(c) + " (maxInstances)"));
        }
    }

    private void loadBalancers() {
        for (IacResource r : inventory.ofType("azurerm_lb", "azurerm_application_gateway")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            boolean gateway = r.type().equals("azurerm_application_gateway");
            ObjectNode c = draft.component(r.localName() + "-lb-" + region, "load-balancer", r.localName()
                    + (gateway ? " (application gateway)" : " (load balancer)"), region, 1,
                    draft.hourly(Provider.AZURE, gateway ? "application-gateway" : "load-balancer-standard",
                            r.address()), Defaults.IMPORT_LOAD_BALANCER_AVAILABILITY);
            c.put("zoneRedundant", true);
            balancers.add(c);
            draft.mapped(r, id(c));
        }
    }

    private void sql() {
        Map<IacResource, ObjectNode> databases = new LinkedHashMap<>();
        for (IacResource db : inventory.ofType("azurerm_mssql_database")) {
            Optional<IacResource> server = inventory.ref(db, "server_id", "azurerm_mssql_server");
            String region = draft.region(db, server.map(IacResource::region).orElse(db.region()));
            if (region == null) {
                continue;
            }
            databases.put(db, sqlDatabase(db, region, "primary"));
            draft.mapped(db, id(databases.get(db)));
            server.ifPresent(s -> draft.mapped(s, "server of " + id(databases.get(db))));
        }
        for (IacResource g : inventory.ofType("azurerm_mssql_failover_group")) {
            List<IacResource> partners = new ArrayList<>();
            for (IacResource s : inventory.ofType("azurerm_mssql_server")) {
                if (inventory.ref(g, "partner_server", "azurerm_mssql_server").map(p -> p == s).orElse(false)) {
                    partners.add(s);
                }
            }
            List<IacResource> members = inventory.ofType("azurerm_mssql_database").stream()
                    .filter(databases::containsKey)
                    .filter(db -> g.referencesOf("databases").contains(db.group())
                            || g.list("databases").stream().anyMatch(v -> v.asText().equals(db.text("id"))))
                    .toList();
            if (partners.isEmpty() || members.isEmpty()) {
                draft.skip(g, "its partner server or its databases were not found among the mapped ones");
                continue;
            }
            boolean automatic = "Automatic".equalsIgnoreCase(g.text("read_write_endpoint_failover_policy", 0, "mode"));
            for (IacResource db : members) {
                List<String> secondaries = new ArrayList<>();
                for (IacResource partner : partners) {
                    String region = draft.region(g, partner.region());
                    if (region != null) {
                        secondaries.add(id(sqlDatabase(db, region, "replica")));
                    }
                    draft.mapped(partner, "partner server of " + g.localName());
                }
                primaryWithReplicas(db.localName(), db.localName() + " (failover group " + g.localName() + ")",
                        id(databases.remove(db)), secondaries, "async", automatic ? "automatic" : "manual");
            }
            draft.mapped(g, "datasets " + String.join(", ", members.stream().map(IacResource::localName).toList()));
            if (automatic) {
                draft.note(g.address() + ": automatic failover after a grace period of "
                        + plain(g.number("read_write_endpoint_failover_policy", 0, "grace_minutes").orElse(60))
                        + " min (grace_minutes); the model promotes automatically.");
            }
        }
        databases.forEach((db, c) -> draft.dataset(db.localName(), db.localName(), "single-primary", "none",
                List.of(id(c)), "automatic"));
        skipUnused("no mapped database uses this server", "azurerm_mssql_server");
    }

    private ObjectNode sqlDatabase(IacResource db, String region, String role) {
        String sku = db.text("sku_name");
        boolean zoneRedundant = db.flag("zone_redundant");
        ObjectNode c = draft.component(db.localName() + "-" + region, "database", db.localName() + " (Azure SQL "
                        + AwsMapper.orUnknown(sku) + (role.equals("replica") ? ", geo-secondary" : "") + ")", region, 1,
                draft.hourly(Provider.AZURE, sqlItem(sku), db.address()), zoneRedundant
                        ? Defaults.IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY : Defaults.IMPORT_DATABASE_AVAILABILITY);
        c.put("engine", "sqlserver");
        c.put("role", role);
        if (zoneRedundant) {
            c.put("zoneRedundant", true);
        }
        return c;
    }

    /** {@code GP_Gen5_2} → {@code sql-database-gp-2vcore}. */
    static String sqlItem(String sku) {
        if (sku == null) {
            return null;
        }
        String[] parts = sku.toLowerCase(Locale.ROOT).split("_");
        return parts.length == 3 ? "sql-database-" + parts[0] + "-" + parts[2] + "vcore" : sku.toLowerCase(Locale.ROOT);
    }

    private void cosmos() {
        for (IacResource r : inventory.ofType("azurerm_cosmosdb_account")) {
            List<JsonNode> locations = new ArrayList<>(r.list("geo_location"));
            locations.sort(Comparator.comparingInt(l -> l.path("failover_priority").asInt()));
            boolean multiWrite = r.flag("multiple_write_locations_enabled") || r.flag("enable_multiple_write_locations");
            boolean automatic = r.flag("automatic_failover_enabled") || r.flag("enable_automatic_failover");
            String consistency = Optional.ofNullable(r.text("consistency_policy", 0, "consistency_level")).orElse("Session");
            List<String> copies = new ArrayList<>();
            for (int i = 0; i < locations.size(); i++) {
                String code = locations.get(i).path("location").asText(null);
                String region = code == null ? null : draft.region(r, Regions.azure(code));
                if (region == null) {
                    continue;
                }
                ObjectNode c = draft.component(r.localName() + "-" + region, "database", r.localName()
                        + " (Cosmos DB, priority " + locations.get(i).path("failover_priority").asInt() + ")", region, 1,
                        0, Defaults.IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY);
                c.put("engine", "cosmosdb");
                c.put("role", multiWrite || copies.isEmpty() ? "primary" : "replica");
                if (locations.get(i).path("zone_redundant").asBoolean(false)) {
                    c.put("zoneRedundant", true);
                }
                copies.add(id(c));
            }
            if (copies.isEmpty()) {
                continue;
            }
            if (multiWrite) {
                multiPrimary(r.localName(), r.localName() + " (Cosmos DB, multi-region writes)", copies, "lww");
            } else {
                primaryWithReplicas(r.localName(), r.localName() + " (Cosmos DB)", copies.get(0),
                        copies.subList(1, copies.size()), "Strong".equalsIgnoreCase(consistency) ? "sync" : "async",
                        automatic ? "automatic" : "manual");
            }
            draft.mapped(r, String.join(", ", copies));
            draft.note(r.address() + ": Cosmos DB is priced per request unit, not per hour: unpriced here; "
                    + "consistency " + consistency + ".");
        }
    }

    private void redis() {
        Map<IacResource, ObjectNode> caches = new LinkedHashMap<>();
        for (IacResource r : inventory.ofType("azurerm_redis_cache", "azurerm_managed_redis")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String sku = Optional.ofNullable(r.text("sku_name")).orElse("");
            String item = (sku + "-" + Optional.ofNullable(r.text("family")).orElse("")
                    + plain(r.number("capacity").orElse(0))).toLowerCase(Locale.ROOT);
            ObjectNode c = draft.component(r.localName() + "-" + region, "cache", r.localName() + " (Azure Cache for "
                    + "Redis " + item + ")", region, 1, draft.hourly(Provider.AZURE, "redis-" + item, r.address()),
                    managed());
            c.put("engine", "redis");
            if (!sku.equalsIgnoreCase("Basic")) {
                c.put("zoneRedundant", !r.list("zones").isEmpty());
            }
            caches.put(r, c);
            draft.mapped(r, id(c));
        }
        for (IacResource link : inventory.ofType("azurerm_redis_linked_server")) {
            Optional<IacResource> from = inventory.ref(link, "target_redis_cache_name", "azurerm_redis_cache")
                    .filter(caches::containsKey);
            Optional<IacResource> to = inventory.ref(link, "linked_redis_cache_id", "azurerm_redis_cache")
                    .filter(caches::containsKey);
            if (from.isEmpty() || to.isEmpty() || from.get() == to.get()) {
                draft.skip(link, "its two caches were not both found among the mapped ones");
                continue;
            }
            draft.replication(id(caches.get(from.get())), id(caches.get(to.get())), "async");
            draft.mapped(link, "replication " + id(caches.get(from.get())) + " -> " + id(caches.get(to.get())));
        }
    }

    private void storage() {
        for (IacResource r : inventory.ofType("azurerm_storage_account")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String replication = Optional.ofNullable(r.text("account_replication_type")).orElse("LRS")
                    .toUpperCase(Locale.ROOT);
            ObjectNode c = draft.component(r.localName() + "-" + region, "object-store", r.localName()
                    + " (storage account " + replication + ")", region, 1, 0, managed());
            if (replication.contains("ZRS")) {
                c.put("zoneRedundant", true);
            }
            if (replication.contains("GRS") || replication.contains("GZRS")) {
                draft.note(r.address() + ": " + replication + " copies to the region's pair, which the code does not "
                        + "name: add the paired region's store and an async replication link to model it.");
            }
            draft.mapped(r, id(c));
        }
    }

    private void trafficManager() {
        for (IacResource r : inventory.ofType("azurerm_traffic_manager_profile")) {
            String method = Optional.ofNullable(r.text("traffic_routing_method")).orElse("Performance");
            RoutingKind kind = switch (method) {
                case "Performance" -> RoutingKind.LATENCY_DNS;
                case "Geographic" -> RoutingKind.GEO_DNS;
                default -> RoutingKind.WEIGHTED_DNS; // Weighted, Priority (failover), MultiValue, Subnet
            };
            double ttl = r.number("dns_config", 0, "ttl").orElse(Defaults.IMPORT_ALIAS_TTL_SECONDS);
            double interval = r.number("monitor_config", 0, "interval_in_seconds")
                    .orElse(Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS);
            // An endpoint is degraded once more than the tolerated number of probes failed.
            int threshold = (int) r.number("monitor_config", 0, "tolerated_number_of_failures")
                    .orElse(Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD - 1) + 1;
            List<IacResource> endpoints = new ArrayList<>();
            for (String type : List.of("azurerm_traffic_manager_azure_endpoint", "azurerm_traffic_manager_external_endpoint")) {
                endpoints.addAll(inventory.referencing(r, "profile_id", type));
            }
            endpoints.forEach(e -> draft.mapped(e, "routing (endpoint)"));
            double monthly = endpoints.size() * draft.price(Provider.AZURE, "traffic-manager-health-check").orElse(0);
            if ("Priority".equals(method)) {
                draft.note("Traffic Manager priority routing sends everyone to the first endpoint's region while it "
                        + "is healthy: give each population that region as its home region.");
            }
            draft.routing(new DesignDraft.RoutingCandidate(r.group(), kind, ttl, interval, Math.max(1, threshold),
                    RoutingService.AZURE_TRAFFIC_MANAGER, monthly, "Traffic Manager " + method + ", TTL " + plain(ttl)
                    + " s, probes every " + plain(interval) + " s"));
            draft.mapped(r, "routing");
        }
    }

    private void frontDoor() {
        List<IacResource> profiles = inventory.ofType("azurerm_cdn_frontdoor_profile", "azurerm_frontdoor");
        if (profiles.isEmpty()) {
            return;
        }
        double interval = 0;
        int threshold = 0;
        for (IacResource g : inventory.ofType("azurerm_cdn_frontdoor_origin_group")) {
            interval = Math.max(interval, g.number("health_probe", 0, "interval_in_seconds").orElse(100));
            threshold = Math.max(threshold, failuresToDrop(g.number("load_balancing", 0, "sample_size").orElse(4),
                    g.number("load_balancing", 0, "successful_samples_required").orElse(3)));
            draft.mapped(g, "routing (origin group)");
        }
        for (IacResource classic : inventory.ofType("azurerm_frontdoor")) {
            interval = Math.max(interval, classic.number("backend_pool_health_probe", 0, "interval_in_seconds")
                    .orElse(30));
            threshold = Math.max(threshold, failuresToDrop(classic.number("backend_pool_load_balancing", 0,
                    "sample_size").orElse(4), classic.number("backend_pool_load_balancing", 0,
                    "successful_samples_required").orElse(2)));
        }
        if (threshold == 0) {
            interval = Defaults.IMPORT_HEALTH_CHECK_INTERVAL_SECONDS;
            threshold = Defaults.IMPORT_HEALTH_CHECK_FAILURE_THRESHOLD;
        }
        inventory.ofType("azurerm_cdn_frontdoor_origin", "azurerm_cdn_frontdoor_endpoint", "azurerm_cdn_frontdoor_route")
                .forEach(o -> draft.mapped(o, "routing"));
        profiles.forEach(p -> draft.mapped(p, "routing"));
        draft.routing(new DesignDraft.RoutingCandidate(profiles.get(0).group(), RoutingKind.ANYCAST, 0, interval,
                threshold, RoutingService.AZURE_FRONT_DOOR, profiles.size()
                * draft.price(Provider.AZURE, "front-door-standard").orElse(0), "Front Door, probes every "
                + plain(interval) + " s, " + threshold + " failed samples drop an origin"));
    }

    /** Front Door drops an origin once fewer than {@code required} of the last {@code samples} probes succeed. */
    static int failuresToDrop(double samples, double required) {
        return (int) Math.max(1, samples - required + 1);
    }
}
