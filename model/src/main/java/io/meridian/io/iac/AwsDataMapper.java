package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.model.Defaults;
import io.meridian.model.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AWS databases: RDS instances and their read replicas, Aurora clusters and global clusters, DynamoDB tables and
 * global tables. Each primary gets one dataset over its copies; cross-region copies are asynchronous, and promoted
 * by hand (an RDS read replica, an Aurora Global Database secondary) or are writers themselves (DynamoDB).
 */
final class AwsDataMapper extends CloudMapper {
    private final Map<IacResource, ObjectNode> clusters = new LinkedHashMap<>();

    AwsDataMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
        auroraClusters();
        globalClusters();
        dbInstances();
        dynamoTables();
    }

    private void auroraClusters() {
        for (IacResource r : inventory.ofType("aws_rds_cluster")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            List<IacResource> members = inventory.referencing(r, "cluster_identifier", "aws_rds_cluster_instance");
            String instanceClass = members.isEmpty() ? r.text("db_cluster_instance_class")
                    : members.get(0).text("instance_class");
            String engine = Optional.ofNullable(r.text("engine")).orElse("aurora");
            String item = engine.startsWith("aurora") && instanceClass != null ? "aurora-" + instanceClass : null;
            ObjectNode c = draft.component(r.localName() + "-" + region, "database", r.localName() + " ("
                            + engine + " cluster, " + Math.max(1, members.size()) + " × "
                            + AwsMapper.orUnknown(instanceClass) + ")", region, Math.max(1, members.size()),
                    draft.hourly(Provider.AWS, item, r.address()), Defaults.IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY);
            c.put("engine", engine);
            c.put("role", "primary");
            c.put("zoneRedundant", true); // Aurora keeps six copies of its storage across three zones
            clusters.put(r, c);
            draft.mapped(r, id(c));
            members.forEach(m -> draft.mapped(m, id(c) + " (instance)"));
        }
        skipUnused("its cluster was not mapped", "aws_rds_cluster_instance");
    }

    private void globalClusters() {
        for (IacResource g : inventory.ofType("aws_rds_global_cluster")) {
            List<IacResource> members = inventory.referencing(g, "global_cluster_identifier", "aws_rds_cluster")
                    .stream().filter(clusters::containsKey).toList();
            if (members.isEmpty()) {
                draft.skip(g, "none of its member clusters was mapped");
                continue;
            }
            IacResource primary = inventory.ref(g, "source_db_cluster_identifier", "aws_rds_cluster")
                    .filter(clusters::containsKey)
                    // A secondary cluster may not set the master user: the one that does is the primary.
                    .or(() -> members.stream().filter(m -> m.text("master_username") != null).findFirst())
                    .orElse(members.get(0));
            List<String> secondaries = new ArrayList<>();
            for (IacResource m : members) {
                if (m != primary) {
                    clusters.get(m).put("role", "replica");
                    secondaries.add(id(clusters.get(m)));
                }
            }
            primaryWithReplicas(g.localName(), g.localName() + " (Aurora Global Database)",
                    id(clusters.get(primary)), secondaries, "async", "manual");
            draft.mapped(g, "dataset " + g.localName() + ", replication " + id(clusters.get(primary)) + " -> "
                    + String.join(", ", secondaries));
            draft.note(g.address() + ": cross-region failover of an Aurora Global Database is started by an "
                    + "operator (promotion manual).");
            members.forEach(clusters::remove);
        }
        for (Map.Entry<IacResource, ObjectNode> standalone : clusters.entrySet()) {
            draft.dataset(standalone.getKey().localName(), standalone.getKey().localName(), "single-primary",
                    "none", List.of(id(standalone.getValue())), "automatic");
        }
    }

    private void dbInstances() {
        Map<IacResource, ObjectNode> instances = new LinkedHashMap<>();
        for (IacResource r : inventory.ofType("aws_db_instance")) {
            String region = draft.region(r);
            if (region == null) {
                continue;
            }
            String engine = Optional.ofNullable(r.text("engine")).orElse("");
            String cls = r.text("instance_class");
            boolean multiAz = r.flag("multi_az");
            double hourly = draft.hourly(Provider.AWS, cls == null ? null : "rds-" + family(engine) + "-" + cls,
                    r.address());
            ObjectNode c = draft.component(r.localName() + "-" + region, "database", r.localName() + " (RDS "
                            + engine + " " + AwsMapper.orUnknown(cls) + (multiAz ? ", Multi-AZ" : "") + ")", region, 1,
                    multiAz ? 2 * hourly : hourly, multiAz ? Defaults.IMPORT_DATABASE_AVAILABILITY
                            : Defaults.IMPORT_INSTANCE_AVAILABILITY);
            c.put("engine", family(engine));
            c.put("role", "primary");
            if (multiAz) {
                c.put("zoneRedundant", true); // a synchronous standby in another zone, priced as a second instance
            }
            instances.put(r, c);
            draft.mapped(r, id(c));
        }
        Map<IacResource, List<String>> replicasOf = new LinkedHashMap<>();
        for (Map.Entry<IacResource, ObjectNode> e : instances.entrySet()) {
            Optional<IacResource> source = inventory.ref(e.getKey(), "replicate_source_db", "aws_db_instance")
                    .filter(instances::containsKey);
            if (source.isPresent()) {
                e.getValue().put("role", "replica");
                replicasOf.computeIfAbsent(source.get(), s -> new ArrayList<>()).add(id(e.getValue()));
            } else if (e.getKey().text("replicate_source_db") != null) {
                e.getValue().put("role", "replica");
                draft.note(e.getKey().address() + " replicates a database outside this import; it stands alone.");
            }
        }
        for (Map.Entry<IacResource, ObjectNode> e : instances.entrySet()) {
            if (e.getValue().path("role").asText().equals("primary")) {
                primaryWithReplicas(e.getKey().localName(), e.getKey().localName(), id(e.getValue()),
                        replicasOf.getOrDefault(e.getKey(), List.of()), "async", "manual");
            }
        }
        if (!replicasOf.isEmpty()) {
            draft.note("RDS read replicas are promoted by an operator (promotion manual).");
        }
    }

    private void dynamoTables() {
        for (IacResource r : inventory.ofType("aws_dynamodb_table")) {
            String home = draft.region(r);
            if (home == null) {
                continue;
            }
            List<String> copies = new ArrayList<>();
            copies.add(id(table(r, home)));
            for (JsonNode replica : r.list("replica")) {
                String code = AwsMapper.text(replica, "region_name");
                String region = code == null ? null : draft.region(r, code);
                if (region != null && !region.equals(home)) {
                    copies.add(id(table(r, region)));
                }
            }
            multiPrimary(r.localName(), r.localName() + (copies.size() > 1 ? " (DynamoDB global table)" : ""),
                    copies, "lww");
            draft.mapped(r, String.join(", ", copies));
        }
        if (!inventory.ofType("aws_dynamodb_table").isEmpty()) {
            draft.note("DynamoDB tables are priced per request, not per hour: they are unpriced here.");
        }
    }

    private ObjectNode table(IacResource r, String region) {
        ObjectNode c = draft.component(r.localName() + "-" + region, "database", r.localName()
                + " (DynamoDB)", region, 1, 0, Defaults.IMPORT_DISTRIBUTED_DATABASE_AVAILABILITY);
        c.put("engine", "dynamodb");
        c.put("role", "primary");
        c.put("zoneRedundant", true);
        return c;
    }

    /** The price catalogue's engine word: postgres → postgresql, mariadb → mysql. */
    static String family(String engine) {
        String e = engine.toLowerCase(Locale.ROOT);
        if (e.contains("postgres")) {
            return "postgresql";
        }
        if (e.contains("mysql") || e.contains("mariadb")) {
            return "mysql";
        }
        return e;
    }
}
