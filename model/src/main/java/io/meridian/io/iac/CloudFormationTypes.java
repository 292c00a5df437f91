package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudFormation resource types in Terraform's words: the type and the attributes the AWS mappers read, each with
 * the top-level property it came from (for references). A type without a counterpart keeps its CloudFormation
 * name and is listed as skipped. Property names: the AWS CloudFormation Template Reference.
 */
final class CloudFormationTypes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CloudFormationTypes() {
    }

    /** The Terraform type, the attributes, and per attribute the CloudFormation property it came from. */
    record Translation(String type, ObjectNode values, Map<String, String> sources) {
    }

    private static final class Builder {
        final ObjectNode values = F.objectNode();
        final Map<String, String> sources = new LinkedHashMap<>();
        final JsonNode props;

        Builder(JsonNode props) {
            this.props = props;
        }

        Builder copy(String tf, String cfn) {
            JsonNode v = props.get(cfn);
            if (v != null && !v.isNull()) {
                values.set(tf, v);
            }
            sources.put(tf, cfn);
            return this;
        }

        /** A nested property as a one-element block list, as Terraform writes nested blocks. */
        Builder block(String tf, String cfn, String... pairs) {
            JsonNode v = props.get(cfn);
            sources.put(tf, cfn);
            if (v == null || v.isNull()) {
                return this;
            }
            ObjectNode b = F.objectNode();
            if (pairs.length == 0 && v.isObject()) {
                b.setAll((ObjectNode) v);
            } else if (pairs.length == 1) {
                b.set(pairs[0], v);
            } else {
                for (int i = 0; i + 1 < pairs.length; i += 2) {
                    JsonNode inner = v.get(pairs[i + 1]);
                    if (inner != null && !inner.isNull()) {
                        b.set(pairs[i], inner);
                    }
                }
            }
            values.putArray(tf).add(b);
            return this;
        }

        Translation as(String type) {
            return new Translation(type, values, sources);
        }
    }

    static Translation translate(String cfnType, JsonNode props, JsonNode raw, String region) {
        Builder b = new Builder(props);
        return switch (cfnType) {
            case "AWS::EC2::Instance" -> b.copy("instance_type", "InstanceType").as("aws_instance");
            case "AWS::EC2::LaunchTemplate" -> {
                b.copy("name", "LaunchTemplateName");
                JsonNode type = props.path("LaunchTemplateData").get("InstanceType");
                if (type != null && !type.isNull()) {
                    b.values.set("instance_type", type);
                }
                yield b.as("aws_launch_template");
            }
            case "AWS::AutoScaling::AutoScalingGroup" -> b.copy("desired_capacity", "DesiredCapacity")
                    .copy("min_size", "MinSize").copy("max_size", "MaxSize")
                    .block("launch_template", "LaunchTemplate", "id", "LaunchTemplateId", "name",
                            "LaunchTemplateName")
                    .block("mixed_instances_policy", "MixedInstancesPolicy").as("aws_autoscaling_group");
            case "AWS::ECS::Service" -> b.copy("desired_count", "DesiredCount").as("aws_ecs_service");
            case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                b.copy("load_balancer_type", "Type");
                yield b.as("aws_lb");
            }
            case "AWS::ElasticLoadBalancing::LoadBalancer" -> b.as("aws_elb");
            case "AWS::RDS::DBInstance" -> raw.has("DBClusterIdentifier")
                    ? b.copy("cluster_identifier", "DBClusterIdentifier").copy("instance_class", "DBInstanceClass")
                            .as("aws_rds_cluster_instance")
                    : b.copy("identifier", "DBInstanceIdentifier").copy("engine", "Engine")
                            .copy("instance_class", "DBInstanceClass").copy("multi_az", "MultiAZ")
                            .copy("replicate_source_db", "SourceDBInstanceIdentifier").as("aws_db_instance");
            case "AWS::RDS::DBCluster" -> b.copy("cluster_identifier", "DBClusterIdentifier").copy("engine", "Engine")
                    .copy("global_cluster_identifier", "GlobalClusterIdentifier")
                    .copy("master_username", "MasterUsername")
                    .copy("db_cluster_instance_class", "DBClusterInstanceClass").as("aws_rds_cluster");
            case "AWS::RDS::GlobalCluster" -> b.copy("global_cluster_identifier", "GlobalClusterIdentifier")
                    .copy("source_db_cluster_identifier", "SourceDBClusterIdentifier").copy("engine", "Engine")
                    .as("aws_rds_global_cluster");
            case "AWS::DynamoDB::Table" -> b.copy("name", "TableName").as("aws_dynamodb_table");
            case "AWS::DynamoDB::GlobalTable" -> {
                b.copy("name", "TableName");
                ArrayNode replicas = b.values.putArray("replica");
                for (JsonNode r : props.path("Replicas")) {
                    String code = r.path("Region").asText("");
                    if (!code.isEmpty() && !code.equals(region)) {
                        replicas.addObject().put("region_name", code);
                    }
                }
                yield b.as("aws_dynamodb_table");
            }
            case "AWS::ElastiCache::ReplicationGroup" -> b.copy("replication_group_id", "ReplicationGroupId")
                    .copy("node_type", "CacheNodeType").copy("num_cache_clusters", "NumCacheClusters")
                    .copy("num_node_groups", "NumNodeGroups").copy("replicas_per_node_group", "ReplicasPerNodeGroup")
                    .copy("automatic_failover_enabled", "AutomaticFailoverEnabled")
                    .copy("multi_az_enabled", "MultiAZEnabled").copy("engine", "Engine")
                    .copy("global_replication_group_id", "GlobalReplicationGroupId")
                    .as("aws_elasticache_replication_group");
            case "AWS::ElastiCache::GlobalReplicationGroup" -> {
                b.copy("global_replication_group_id", "GlobalReplicationGroupIdSuffix");
                b.sources.put("primary_replication_group_id", "Members");
                for (JsonNode m : props.path("Members")) {
                    if ("PRIMARY".equalsIgnoreCase(m.path("Role").asText())) {
                        b.values.set("primary_replication_group_id", m.get("ReplicationGroupId"));
                    }
                }
                yield b.as("aws_elasticache_global_replication_group");
            }
            case "AWS::S3::Bucket" -> b.copy("bucket", "BucketName").as("aws_s3_bucket");
            case "AWS::MSK::Cluster" -> b.copy("number_of_broker_nodes", "NumberOfBrokerNodes")
                    .block("broker_node_group_info", "BrokerNodeGroupInfo", "instance_type", "InstanceType")
                    .as("aws_msk_cluster");
            case "AWS::Route53::RecordSet" -> b.copy("name", "Name").copy("ttl", "TTL")
                    .copy("health_check_id", "HealthCheckId")
                    .block("failover_routing_policy", "Failover", "type")
                    .block("latency_routing_policy", "Region", "region")
                    .block("weighted_routing_policy", "Weight", "weight")
                    .block("geolocation_routing_policy", "GeoLocation")
                    .block("alias", "AliasTarget").as("aws_route53_record");
            case "AWS::Route53::HealthCheck" -> {
                JsonNode config = props.path("HealthCheckConfig");
                copyFrom(b, config, "request_interval", "RequestInterval");
                copyFrom(b, config, "failure_threshold", "FailureThreshold");
                yield b.as("aws_route53_health_check");
            }
            case "AWS::Route53::HostedZone" -> b.copy("name", "Name").as("aws_route53_zone");
            case "AWS::GlobalAccelerator::Accelerator" -> b.as("aws_globalaccelerator_accelerator");
            case "AWS::GlobalAccelerator::Listener" -> b.as("aws_globalaccelerator_listener");
            case "AWS::GlobalAccelerator::EndpointGroup" -> b
                    .copy("health_check_interval_seconds", "HealthCheckIntervalSeconds")
                    .copy("threshold_count", "ThresholdCount").as("aws_globalaccelerator_endpoint_group");
            case "AWS::CloudFront::Distribution" -> b.as("aws_cloudfront_distribution");
            default -> b.as(cfnType);
        };
    }

    private static void copyFrom(Builder b, JsonNode from, String tf, String cfn) {
        JsonNode v = from.get(cfn);
        if (v != null && !v.isNull()) {
            b.values.set(tf, v);
        }
    }
}
