package io.meridian.io.iac;

import static io.meridian.io.iac.ImportFixtures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.Evaluator;
import io.meridian.io.DesignWriter;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.ComponentSpec;
import io.meridian.model.DatabaseRole;
import io.meridian.model.Design;
import io.meridian.model.LinkKind;
import io.meridian.model.PromotionMode;
import io.meridian.model.Region;
import io.meridian.model.ReplicationMode;
import io.meridian.model.RoutingKind;
import io.meridian.model.RoutingService;
import io.meridian.model.WriteStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smaller Google Cloud and Azure plans (gcp-two-region.plan.json, azure-two-region.plan.json). */
class GcpAzureImportTest {
    private static Component component(Design d, String id) {
        return d.topology().component(id).orElseThrow(() -> new AssertionError("no " + id + " in "
                + d.topology().components().stream().map(Component::id).toList()));
    }

    private static List<String> replications(Design d) {
        return d.topology().links().stream().filter(l -> l.kind() == LinkKind.REPLICATION)
                .map(l -> l.from() + "->" + l.to() + ":" + l.mode().id()).toList();
    }

    @Test
    void google() throws Exception {
        IacImporter.Result result = ImportFixtures.terraform("gcp-two-region.plan.json");
        Design d = result.design();
        // Instance groups first (europe-west1 from its region attribute, us-central1), then Spanner eur3's others.
        assertThat(d.topology().regions()).extracting(Region::catalogId).containsExactly("gcp:europe-west1",
                "gcp:us-central1", "gcp:europe-west4", "gcp:europe-north1");
        Component eu = component(d, "app_eu-europe-west1");
        assertThat(eu.instances()).isEqualTo(4); // target_size 4
        assertThat(((ComponentSpec.Service) eu.spec()).maxInstances()).isEqualTo(12); // autoscaler max_replicas
        assertThat(eu.hourlyPrice()).isEqualTo(0.097118); // n2-standard-2 from the instance template
        assertThat(component(d, "app_us-us-central1").instances()).isEqualTo(2);
        // Cloud SQL: db-custom-2-7680 is cloud-sql-2vcpu-7.5gb at $0.1351/h; REGIONAL (HA) is twice: $0.2702/h.
        assertThat(component(d, "main-europe-west1").hourlyPrice()).isCloseTo(0.2702, within(1e-9));
        assertThat(component(d, "main-europe-west1").zoneRedundant()).isTrue();
        assertThat(((ComponentSpec.Database) component(d, "replica-us-central1").spec()).role())
                .isEqualTo(DatabaseRole.REPLICA);
        // Spanner eur3: leader europe-west1, voter europe-west4, witness europe-north1; quorum-member links.
        assertThat(((ComponentSpec.Database) component(d, "ledger-europe-north1").spec()).role())
                .isEqualTo(DatabaseRole.WITNESS);
        assertThat(d.topology().dataset("ledger").orElseThrow().strategy()).isEqualTo(WriteStrategy.COMMIT_WAIT);
        assertThat(replications(d)).containsExactlyInAnyOrder("main-europe-west1->replica-us-central1:async",
                "ledger-europe-west1->ledger-europe-west4:quorum-member",
                "ledger-europe-west1->ledger-europe-north1:quorum-member");
        // Memorystore Standard HA 5 GB × $0.064 per GB-hour = $0.32/h
        assertThat(component(d, "cache-europe-west1").hourlyPrice()).isCloseTo(0.32, within(1e-9));
        // 2 tiers + 2 Cloud SQL + 3 Spanner + 1 cache
        assertThat(d.topology().components()).hasSize(8);
        // The global external load balancer is anycast; the Cloud DNS geo policy is noted, not used.
        var routing = d.topology().routing();
        assertThat(routing.kind()).isEqualTo(RoutingKind.ANYCAST);
        assertThat(routing.healthCheckIntervalSeconds()).isEqualTo(5);
        assertThat(routing.failureThreshold()).isEqualTo(2);
        assertThat(routing.services()).containsExactly(RoutingService.GOOGLE_CLOUD_LOAD_BALANCING);
        assertThat(routing.monthlyPrice()).isCloseTo(18.25, within(1e-9)); // 1 rule × $0.025/h × 730 h
        assertThat(result.summary().notes()).anyMatch(n -> n.startsWith("google_dns_record_set.api implies geo-dns"));
        assertThat(result.summary().skipped()).extracting(ImportSummary.Skipped::address)
                .containsExactlyInAnyOrder("google_storage_bucket.assets", "google_pubsub_topic.events");
        assertThat(DesignWriter.toJson(d)).doesNotContain("gcp-ROOT-secret");
        assertThat(Evaluator.evaluate(d).baseline().verdict()).isNotNull();
    }

    @Test
    void azure() throws Exception {
        IacImporter.Result result = ImportFixtures.terraform("azure-two-region.plan.json");
        Design d = result.design();
        // "West Europe" as written in the scale set is the catalogue's westeurope.
        assertThat(d.topology().regions()).extracting(Region::catalogId)
                .containsExactly("azure:westeurope", "azure:northeurope");
        Component weu = component(d, "app_weu-westeurope");
        assertThat(weu.instances()).isEqualTo(3);
        assertThat(((ComponentSpec.Service) weu.spec()).maxInstances()).isEqualTo(9); // autoscale maximum
        assertThat(weu.hourlyPrice()).isEqualTo(0.096); // Standard_D2s_v5 → d2s-v5
        // 2 scale sets + 2 load balancers + SQL primary and geo-secondary + 2 Cosmos DB copies + cache + storage
        assertThat(d.topology().components()).hasSize(10);
        assertThat(count(d, ComponentKind.DATABASE)).isEqualTo(4);
        assertThat(component(d, "orders-westeurope").hourlyPrice()).isEqualTo(0.5044); // GP_Gen5_2
        var orders = d.topology().dataset("orders").orElseThrow();
        assertThat(orders.copies()).containsExactly("orders-westeurope", "orders-northeurope");
        assertThat(orders.promotion()).isEqualTo(PromotionMode.AUTOMATIC); // failover policy mode Automatic
        // Cosmos DB: failover_priority 0 (westeurope) writes, northeurope is its async copy.
        assertThat(d.topology().dataset("profiles").orElseThrow().copies())
                .containsExactly("profiles-westeurope", "profiles-northeurope");
        assertThat(replications(d)).containsExactlyInAnyOrder("orders-westeurope->orders-northeurope:async",
                "profiles-westeurope->profiles-northeurope:async");
        var routing = d.topology().routing();
        assertThat(routing.kind()).isEqualTo(RoutingKind.WEIGHTED_DNS); // Priority
        assertThat(routing.dnsTtlSeconds()).isEqualTo(30);
        assertThat(routing.healthCheckIntervalSeconds()).isEqualTo(10);
        assertThat(routing.failureThreshold()).isEqualTo(3); // tolerated 2, so the 3rd failure drops it
        assertThat(routing.monthlyPrice()).isCloseTo(0.72, within(1e-9)); // 2 endpoints × $0.36
        assertThat(result.summary().skipped()).extracting(ImportSummary.Skipped::address)
                .containsExactly("azurerm_resource_group.main");
        assertThat(DesignWriter.toJson(d)).doesNotContain("AZ-SQL-secret", "COSMOS-PRIMARY-KEY-secret",
                "COSMOS-CONN-secret", "REDIS-KEY-secret", "AZ-VMSS-secret");
        assertThat(Evaluator.evaluate(d).baseline().verdict()).isNotNull();
    }

    @Test
    void priceItemNames() {
        assertThat(GcpMapper.sqlItem("db-custom-4-15360")).isEqualTo("cloud-sql-4vcpu-15gb");
        assertThat(AzureMapper.sizeItem("Standard_E2s_v5")).isEqualTo("e2s-v5");
        assertThat(AzureMapper.sqlItem("GP_Gen5_2")).isEqualTo("sql-database-gp-2vcore");
        assertThat(AzureMapper.failuresToDrop(4, 3)).isEqualTo(2);
        assertThat(ReplicationMode.ASYNC.id()).isEqualTo("async");
    }
}
