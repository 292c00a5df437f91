package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Defaults;
import io.meridian.model.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AWS compute, load balancers, caches, object stores and queues; databases in {@link AwsDataMapper}, routing in
 * {@link AwsRoutingMapper}. Instances of one resource ({@code count}/{@code for_each}) become one tier.
 */
final class AwsMapper extends CloudMapper {
    private final List<ObjectNode> tiers = new ArrayList<>();
    private final List<ObjectNode> balancers = new ArrayList<>();

    AwsMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
        instances();
        autoscalingGroups();
        ecsServices();
        loadBalancers();
        new AwsDataMapper(inventory, draft).map();
        caches();
        buckets();
        queues();
        new AwsRoutingMapper(inventory, draft).map();
        loadBalancersInFrontOfTiers(balancers, tiers);
    }

    private void instances() {
        for (List<IacResource> group : inventory.groups("aws_instance")) {
            IacResource r = group.get(0);
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String type = r.text("instance_type");
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (EC2 " + orUnknown(type)
                    + ")", region, group.size(), null, draft.hourly(Provider.AWS, type, r.group()), r.group());
            tiers.add(c);
            group.forEach(i -> draft.mapped(i, id(c)));
        }
    }

    private void autoscalingGroups() {
        for (IacResource r : inventory.ofType("aws_autoscaling_group")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            Optional<IacResource> template = inventory.ref(r, "launch_template", "aws_launch_template");
            if (template.isEmpty()) {
                template = inventory.ref(r, "mixed_instances_policy", "aws_launch_template");
            }
            String type = template.map(t -> t.text("instance_type")).orElse(null);
            int desired = (int) r.number("desired_capacity").orElse(r.number("min_size").orElse(1));
            int max = (int) r.number("max_size").orElse(desired);
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (Auto Scaling group, "
                    + orUnknown(type) + ")", region, Math.max(1, desired), max,
                    draft.hourly(Provider.AWS, type, r.address()), r.address());
            if (type == null) {
                draft.note(r.address() + ": no launch template instance type found; the tier is unpriced.");
            }
            tiers.add(c);
            draft.mapped(r, id(c));
            template.ifPresent(t -> draft.mapped(t, id(c) + " (instance type)"));
        }
        skipUnused("no mapped Auto Scaling group uses this launch template", "aws_launch_template");
    }

    private void ecsServices() {
        for (IacResource r : inventory.ofType("aws_ecs_service")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            int desired = (int) r.number("desired_count").orElse(1);
            ObjectNode c = draft.service(r.localName() + "-" + region, r.localName() + " (ECS service)", region,
                    Math.max(1, desired), null, 0, r.address());
            draft.note(r.address() + ": ECS tasks have no instance type in the price catalogue; the tier is "
                    + "unpriced (Fargate is priced per vCPU and GB).");
            tiers.add(c);
            draft.mapped(r, id(c));
        }
    }

    private void loadBalancers() {
        for (IacResource r : inventory.ofType("aws_lb", "aws_alb", "aws_elb")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String lbType = r.type().equals("aws_elb") ? "classic" : Optional.ofNullable(
                    r.text("load_balancer_type")).orElse("application");
            String item = switch (lbType) {
                case "network" -> "nlb";
                case "application" -> "alb";
                default -> null;
            };
            ObjectNode c = draft.component(r.localName() + "-lb-" + region, "load-balancer", r.localName() + " ("
                    + lbType + " load balancer)", region, 1, draft.hourly(Provider.AWS, item, r.address()),
                    Defaults.IMPORT_LOAD_BALANCER_AVAILABILITY);
            c.put("zoneRedundant", true); // an ELB runs nodes in each of its subnets' zones
            balancers.add(c);
            draft.mapped(r, id(c));
        }
    }

    private void caches() {
        List<ObjectNode> groups = new ArrayList<>();
        List<IacResource> groupResources = new ArrayList<>();
        for (IacResource r : inventory.ofType("aws_elasticache_replication_group")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String node = r.text("node_type");
            int nodes = (int) r.number("num_cache_clusters").orElse(
                    r.number("num_node_groups").orElse(1) * (r.number("replicas_per_node_group").orElse(0) + 1));
            ObjectNode c = draft.component(r.localName() + "-" + region, "cache", r.localName()
                            + " (ElastiCache " + orUnknown(node) + ")", region, nodes,
                    draft.hourly(Provider.AWS, node == null ? null : "elasticache-" + node, r.address()), managed());
            c.put("engine", Optional.ofNullable(r.text("engine")).orElse("redis"));
            if (r.flag("multi_az_enabled") || r.flag("automatic_failover_enabled") && nodes > 1) {
                c.put("zoneRedundant", true);
            }
            groups.add(c);
            groupResources.add(r);
            draft.mapped(r, id(c));
        }
        for (IacResource g : inventory.ofType("aws_elasticache_global_replication_group")) {
            Optional<IacResource> primary = inventory.ref(g, "primary_replication_group_id",
                    "aws_elasticache_replication_group");
            if (primary.isEmpty() || !groupResources.contains(primary.get())) {
                draft.skip(g, "its primary replication group was not found among the mapped ones");
                continue;
            }
            String from = id(groups.get(groupResources.indexOf(primary.get())));
            List<String> to = new ArrayList<>();
            for (IacResource member : inventory.referencing(g, "global_replication_group_id",
                    "aws_elasticache_replication_group")) {
                if (member != primary.get() && groupResources.contains(member)) {
                    String m = id(groups.get(groupResources.indexOf(member)));
                    draft.replication(from, m, "async");
                    to.add(m);
                }
            }
            draft.mapped(g, "replication " + from + " -> " + String.join(", ", to));
        }
        for (IacResource r : inventory.ofType("aws_elasticache_cluster")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String node = r.text("node_type");
            ObjectNode c = draft.component(r.localName() + "-" + region, "cache", r.localName() + " (ElastiCache "
                            + orUnknown(node) + ")", region, (int) r.number("num_cache_nodes").orElse(1),
                    draft.hourly(Provider.AWS, node == null ? null : "elasticache-" + node, r.address()), managed());
            c.put("engine", Optional.ofNullable(r.text("engine")).orElse("redis"));
            draft.mapped(r, id(c));
        }
    }

    private void buckets() {
        List<IacResource> buckets = new ArrayList<>();
        List<ObjectNode> stores = new ArrayList<>();
        for (IacResource r : inventory.ofType("aws_s3_bucket")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            ObjectNode c = draft.component(r.localName() + "-" + region, "object-store", r.localName()
                    + " (S3 bucket)", region, 1, 0, managed());
            c.put("zoneRedundant", true);
            buckets.add(r);
            stores.add(c);
            draft.mapped(r, id(c));
        }
        if (!buckets.isEmpty()) {
            draft.note("Object stores hold 0 GB (storedGb): the code does not say how much data; state it.");
        }
        for (IacResource rc : inventory.ofType("aws_s3_bucket_replication_configuration")) {
            Optional<IacResource> source = inventory.ref(rc, "bucket", "aws_s3_bucket");
            Optional<IacResource> target = inventory.ref(rc, "rule", "aws_s3_bucket");
            if (source.isEmpty() || target.isEmpty() || !buckets.contains(source.get())
                    || !buckets.contains(target.get()) || source.get() == target.get()) {
                draft.skip(rc, "its source and destination buckets were not both found among the mapped buckets");
                continue;
            }
            String from = id(stores.get(buckets.indexOf(source.get())));
            String to = id(stores.get(buckets.indexOf(target.get())));
            draft.replication(from, to, "async");
            draft.mapped(rc, "replication " + from + " -> " + to);
        }
    }

    private void queues() {
        for (IacResource r : inventory.ofType("aws_msk_cluster")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String type = r.text("broker_node_group_info", 0, "instance_type");
            ObjectNode c = draft.component(r.localName() + "-" + region, "queue", r.localName() + " (MSK "
                            + orUnknown(type) + ")", region, (int) r.number("number_of_broker_nodes").orElse(1),
                    draft.hourly(Provider.AWS, type == null ? null : "msk-" + type, r.address()), managed());
            c.put("engine", "kafka");
            c.put("throughputRps", Defaults.IMPORT_QUEUE_THROUGHPUT_RPS);
            c.put("zoneRedundant", true);
            draft.note("Queues carry throughputRps " + plain(Defaults.IMPORT_QUEUE_THROUGHPUT_RPS)
                    + " msg/s (importQueueThroughputRps): the code states brokers, not message rates.");
            draft.mapped(r, id(c));
        }
    }

    static String orUnknown(String type) {
        return type == null ? "type unknown" : type;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
