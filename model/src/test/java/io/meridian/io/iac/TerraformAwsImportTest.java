package io.meridian.io.iac;

import static io.meridian.io.iac.ImportFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Dataset;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.PromotionMode;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import io.meridian.model.WriteStrategy;
import io.meridian.model.Region;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two-region AWS plan (fixtures/aws-two-region.plan.json): modules per region with an ASG + launch template,
 * an ALB and an Aurora cluster in each, joined by an Aurora global cluster; a DynamoDB global table; S3 replication;
 * Route 53 failover records with health checks.
 */
class TerraformAwsImportTest {
    private static IacImporter.Result result;
    private static Design design;

    @BeforeAll
    static void importPlan() throws Exception {
        result = ImportFixtures.terraform("aws-two-region.plan.json");
        design = result.design();
    }

    private static Component component(String id) {
        return design.topology().component(id).orElseThrow(() -> new AssertionError("no component " + id + " in "
                + design.topology().components().stream().map(Component::id).toList()));
    }

    @Test
    void regionsComeFromTheProviderConfigurationsAndTheRegionAttribute() {
        // module.region_us uses provider "aws" (region = var.primary_region = us-east-1); module.region_west uses
        // "aws.secondary" (constant us-west-2); aws_s3_bucket.assets_replica states region = us-west-2 itself.
        assertThat(design.topology().regions()).extracting(Region::id, Region::catalogId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("us-east-1", "aws:us-east-1"),
                        org.assertj.core.groups.Tuple.tuple("us-west-2", "aws:us-west-2"));
        assertThat(component("assets_replica-us-west-2").regionId()).isEqualTo("us-west-2");
    }

    @Test
    void componentKindsAndCounts() {
        // 2 ASG tiers; 2 ALBs; 2 Aurora clusters + 2 DynamoDB copies; 2 buckets; nothing else.
        assertThat(count(design, ComponentKind.SERVICE)).isEqualTo(2);
        assertThat(count(design, ComponentKind.LOAD_BALANCER)).isEqualTo(2);
        assertThat(count(design, ComponentKind.DATABASE)).isEqualTo(4);
        assertThat(count(design, ComponentKind.OBJECT_STORE)).isEqualTo(2);
        assertThat(design.topology().components()).hasSize(10); // 2 + 2 + 4 + 2
    }

    @Test
    void anAutoScalingGroupIsATierWithItsLaunchTemplatesInstanceTypePriced() {
        Component app = component("app-us-east-1");
        // desired_capacity 6, max_size 12; m5.large lists at $0.096/h in the price catalogue.
        assertThat(app.instances()).isEqualTo(6);
        assertThat(((ComponentSpec.Service) app.spec()).maxInstances()).isEqualTo(12);
        assertThat(app.hourlyPrice()).isEqualTo(0.096);
        assertThat(component("app-us-west-2").instances()).isEqualTo(3);
        assertThat(component("app-lb-us-east-1").hourlyPrice()).isEqualTo(0.0225); // alb
    }

    @Test
    void theAuroraGlobalClusterIsAPrimaryAndASecondaryWithAsyncReplicationAndOneDataset() {
        Component primary = component("orders-us-east-1");
        Component secondary = component("orders-us-west-2");
        // count = 2 cluster instances in us-east-1, 1 in us-west-2; aurora-db.r5.large $0.29/h each.
        assertThat(primary.instances()).isEqualTo(2);
        assertThat(secondary.instances()).isEqualTo(1);
        assertThat(primary.hourlyPrice()).isEqualTo(0.29);
        assertThat(((ComponentSpec.Database) primary.spec()).role()).isEqualTo(DatabaseRole.PRIMARY);
        assertThat(((ComponentSpec.Database) secondary.spec()).role()).isEqualTo(DatabaseRole.REPLICA);
        assertThat(primary.zoneRedundant()).isTrue();
        Dataset orders = design.topology().dataset("orders").orElseThrow();
        assertThat(orders.strategy()).isEqualTo(WriteStrategy.SINGLE_PRIMARY);
        assertThat(orders.copies()).containsExactly("orders-us-east-1", "orders-us-west-2");
        assertThat(orders.promotion()).isEqualTo(PromotionMode.MANUAL);
        assertThat(replications()).contains("orders-us-east-1->orders-us-west-2:async");
    }

    @Test
    void theDynamoDbGlobalTableIsACopyPerRegionOneMultiPrimaryDataset() {
        Dataset sessions = design.topology().dataset("sessions").orElseThrow();
        assertThat(sessions.strategy()).isEqualTo(WriteStrategy.MULTI_PRIMARY);
        assertThat(sessions.copies()).containsExactly("sessions-us-east-1", "sessions-us-west-2");
        assertThat(replications()).contains("sessions-us-east-1->sessions-us-west-2:async",
                "sessions-us-west-2->sessions-us-east-1:async");
    }

    @Test
    void linksAreTheReplicationsAndEachBalancerInFrontOfItsRegionsTier() {
        // Aurora 1 + DynamoDB 2 + S3 1 replications; 2 load balancer → tier dependencies.
        assertThat(replications()).containsExactlyInAnyOrder("orders-us-east-1->orders-us-west-2:async",
                "sessions-us-east-1->sessions-us-west-2:async", "sessions-us-west-2->sessions-us-east-1:async",
                "assets-us-east-1->assets_replica-us-west-2:async");
        assertThat(design.topology().links().stream().filter(l -> l.kind() == LinkKind.DEPENDENCY)
                .map(l -> l.from() + "->" + l.to()))
                .containsExactlyInAnyOrder("app-lb-us-east-1->app-us-east-1", "app-lb-us-west-2->app-us-west-2");
    }

    @Test
    void route53FailoverRecordsWithHealthChecksAreTheRoutingLayer() {
        GlobalRouting routing = design.topology().routing();
        assertThat(routing.kind()).isEqualTo(RoutingKind.WEIGHTED_DNS);
        assertThat(routing.dnsTtlSeconds()).isEqualTo(60); // alias records: the ELB target's 60 s
        assertThat(routing.healthCheckIntervalSeconds()).isEqualTo(10); // request_interval = 10
        assertThat(routing.failureThreshold()).isEqualTo(3);
        assertThat(routing.services()).containsExactly(RoutingService.ROUTE53);
        // 1 hosted zone × $0.50 + 2 health checks × $0.50 = $1.50 a month
        assertThat(routing.monthlyPrice()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void theSummaryListsEverySkippedResourceWithWhy() {
        assertThat(result.summary().skipped()).extracting(ImportSummary.Skipped::address).containsExactlyInAnyOrder(
                "module.region_us.aws_lb_target_group.app", "module.region_west.aws_lb_target_group.app",
                "aws_route53_record.www", "aws_vpc.main", "aws_sqs_queue.orders_dlq", "random_password.db");
        assertThat(result.summary().skipped()).filteredOn(s -> s.address().equals("aws_sqs_queue.orders_dlq"))
                .singleElement().extracting(ImportSummary.Skipped::why).asString().contains("not mapped");
        // 27 resources: 21 mapped + 6 skipped
        assertThat(result.summary().mapped()).hasSize(21);
        assertThat(result.summary().mapped()).contains(new ImportSummary.Mapped(
                "module.region_us.aws_rds_cluster_instance.orders[1]", "orders-us-east-1 (instance)"));
        assertThat(result.summary().notes()).anyMatch(n -> n.startsWith("No populations were imported"));
    }

    @Test
    void theImportedDesignHasALayoutAndEvaluates() {
        assertThat(design.layout().positions()).containsKeys("app-us-east-1", "orders-us-west-2");
        assertThat(design.topology().populations()).isEmpty();
        Evaluation e = Evaluator.evaluate(design).baseline();
        // Compute: 6 × $0.096 × 730 h = $420.48 in us-east-1.
        double appMonthly = e.cost().lines().stream().filter(l -> l.elementId().equals("app-us-east-1"))
                .mapToDouble(l -> l.monthly().value()).sum();
        assertThat(appMonthly).isCloseTo(420.48, within(1e-6));
    }

    private static List<String> replications() {
        return design.topology().links().stream().filter(l -> l.kind() == LinkKind.REPLICATION)
                .map(TerraformAwsImportTest::describe).toList();
    }

    private static String describe(Link l) {
        return l.from() + "->" + l.to() + ":" + (l.mode() == ReplicationMode.ASYNC ? "async" : l.mode().id());
    }
}
