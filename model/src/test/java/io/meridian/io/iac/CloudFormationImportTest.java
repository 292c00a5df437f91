package io.meridian.io.iac;

import static io.meridian.io.iac.ImportFixtures.count;
import static io.meridian.io.iac.ImportFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.meridian.catalog.RegionCatalog;
import io.meridian.evaluation.Evaluator;
import io.meridian.io.DesignWriter;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.LinkKind;
import io.meridian.model.Region;
import io.meridian.model.RoutingKind;
import io.meridian.model.WriteStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pair of stacks, checkout-east.yaml in us-east-1 and checkout-west.yaml in us-west-2, imported as one design. */
class CloudFormationImportTest {
    private static IacImporter.Result result;
    private static Design design;

    @BeforeAll
    static void importStacks() {
        result = IacImporter.cloudFormation(List.of(
                new CloudFormationReader.Stack(fixture("checkout-east.yaml"), "us-east-1"),
                new CloudFormationReader.Stack(fixture("checkout-west.yaml"), "us-west-2")),
                RegionCatalog.builtin(), ImportFixtures.PRICES);
        design = result.design();
    }

    @Test
    void eachStackIsInItsRegion() {
        assertThat(design.topology().regions()).extracting(Region::catalogId)
                .containsExactly("aws:us-east-1", "aws:us-west-2");
    }

    @Test
    void theIntrinsicFunctionsAreWorkedOut() {
        // !Ref InstanceType → the parameter's default m5.large ($0.096/h); !Ref AppLaunchTemplate links the group to
        // its template; DesiredCapacity "4" and MaxSize "10" are strings in the template.
        var app = design.topology().component("AppGroup-us-east-1").orElseThrow();
        assertThat(app.instances()).isEqualTo(4);
        assertThat(((ComponentSpec.Service) app.spec()).maxInstances()).isEqualTo(10);
        assertThat(app.hourlyPrice()).isEqualTo(0.096);
        assertThat(design.topology().component("AppGroup-us-west-2").orElseThrow().instances()).isEqualTo(2);
    }

    @Test
    void kindsCountsAndReplication() {
        // per region: ASG tier, ALB, Aurora cluster, DynamoDB copy, bucket → 2 × 5 = 10
        assertThat(count(design, ComponentKind.SERVICE)).isEqualTo(2);
        assertThat(count(design, ComponentKind.LOAD_BALANCER)).isEqualTo(2);
        assertThat(count(design, ComponentKind.DATABASE)).isEqualTo(4);
        assertThat(count(design, ComponentKind.OBJECT_STORE)).isEqualTo(2);
        // Aurora: the east cluster (2 instances) is the source of OrdersGlobal; the west one joins by name (1).
        var east = design.topology().component("OrdersCluster-us-east-1").orElseThrow();
        var west = design.topology().component("OrdersCluster-us-west-2").orElseThrow();
        assertThat(east.instances()).isEqualTo(2);
        assertThat(west.instances()).isEqualTo(1);
        assertThat(((ComponentSpec.Database) west.spec()).role()).isEqualTo(DatabaseRole.REPLICA);
        assertThat(design.topology().links().stream().filter(l -> l.kind() == LinkKind.REPLICATION)
                .map(l -> l.from() + "->" + l.to())).containsExactlyInAnyOrder(
                "OrdersCluster-us-east-1->OrdersCluster-us-west-2", "Sessions-us-east-1->Sessions-us-west-2",
                "Sessions-us-west-2->Sessions-us-east-1", "Assets-us-east-1->Assets-us-west-2");
        assertThat(design.topology().dataset("Sessions").orElseThrow().strategy())
                .isEqualTo(WriteStrategy.MULTI_PRIMARY);
    }

    @Test
    void failoverRecordsAreTheRoutingLayerAndAnSnsTopicIsSkipped() {
        var routing = design.topology().routing();
        assertThat(routing.kind()).isEqualTo(RoutingKind.WEIGHTED_DNS);
        assertThat(routing.healthCheckIntervalSeconds()).isEqualTo(10);
        assertThat(routing.dnsTtlSeconds()).isEqualTo(60);
        // no hosted zone resource: 1 zone assumed × $0.50 + 2 health checks × $0.50
        assertThat(routing.monthlyPrice()).isCloseTo(1.5, within(1e-9));
        assertThat(result.summary().skipped()).extracting(ImportSummary.Skipped::address)
                .containsExactlyInAnyOrder("checkout-east.Alarms", "checkout-east.ReplicationRole");
        assertThat(Evaluator.evaluate(design).baseline().cost().lines()).isNotEmpty();
    }

    @Test
    void theNoEchoPasswordIsNeverRead() {
        assertThat(DesignWriter.toJson(design)).doesNotContain("DbPassword").doesNotContain("MasterUserPassword");
    }

    @Test
    void badTemplatesAreOneLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "Resources:\n  A:\n    Type: [unclosed\n");
        assertThatThrownBy(() -> CloudFormationReader.read(List.of(new CloudFormationReader.Stack(broken, "us-east-1"))))
                .isInstanceOf(ImportException.class).hasMessageStartingWith(broken + ": not YAML: ")
                .hasMessageNotContaining("\n");
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "AWSTemplateFormatVersion: '2010-09-09'\nOutputs: {}\n");
        assertThatThrownBy(() -> CloudFormationReader.read(List.of(new CloudFormationReader.Stack(none, "us-east-1"))))
                .hasMessage(none + ": not a CloudFormation template: no Resources");
    }
}
