package io.meridian.templates;

import static io.meridian.templates.Seed.MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.RegionLoad;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.WriteStrategy;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 questions 4 and 8 (two-phase commit), seed 001 (CockroachDB) and seed 002 (Spanner). Distances by hand
 * (Vincenty, WGS84): us-east-1–ap-southeast-1 15,528.9 km; Singapore–São Paulo 15,999.9 km; São Paulo–Tokyo
 * 18,533.8 km; GCP us-east1–europe-west1 6,840.1 km; us-central1–us-east1 1,663.0 km; europe-west1–us-central1
 * 7,210.6 km. Typical RTT = distance / 100 km/ms × 1.5 + 2 ms.
 */
class TransactionsSeedTest {

    @Test
    void ledgerTwoPhaseCommitCostsFarMoreThanTheSeeds100ms() {
        Seed s = Seed.of("ledger-2pc");
        // "Latency increases (must wait for lock replication to all regions, ~100ms)."
        // New York → us-east-1 7.259 ms, then 2 rounds to Singapore: 2 × (155.289 × 1.5 + 2) = 469.866 ms.
        assertThat(s.writeMs("balances", "us-east")).isCloseTo(477.125, MS);
        // Even on the fiber floor: 3.506 + 2 × 155.289 = 314.08 ms, three times the seed's figure.
        assertThat(s.writeFloorMs("balances", "us-east")).isCloseTo(314.084, MS);
        assertThat(s.writeFloorMs("balances", "us-east")).isGreaterThan(3 * 100);
        // Singapore users: served in ap-southeast-1 (2 ms overhead), farthest participant us-east-1: 2 + 469.866.
        assertThat(s.writeMs("balances", "asia")).isCloseTo(471.866, MS);
        assertThat(s.topology.dataset("balances").orElseThrow().copies()).hasSize(4);
    }

    @Test
    void ledgerCompensationCommitsInTheHomeRegion() {
        // "User initiates withdrawal" in the account's home region only: New York → us-east-1 7.259 ms; Singapore 2 ms.
        Seed s = Seed.of("ledger-2pc", "compensation");
        assertThat(s.topology.dataset("balances").orElseThrow().strategy()).isEqualTo(WriteStrategy.HOME_REGION);
        assertThat(s.writeMs("balances", "us-east")).isCloseTo(7.259, MS);
        assertThat(s.writeMs("balances", "asia")).isCloseTo(2.0, MS);
        // "transaction latency jumps from 100ms to 5s": a lock held ~477 ms serialises a hot account to ~2 per second.
        assertThat(1000 / Seed.of("ledger-2pc").writeMs("balances", "us-east")).isCloseTo(2.1, MS);
    }

    @Test
    void tenRegionTwoPhaseCommitIsHalfASecondAndNeedsEveryRegion() {
        Seed s = Seed.of("ten-region-multicloud-2pc");
        // "You now run 10 regions: 5 in AWS, 3 in Azure, 2 in GCP."
        Map<Provider, Long> byProvider = s.topology.regions().stream()
                .collect(Collectors.groupingBy(Region::provider, Collectors.counting()));
        assertThat(byProvider).containsExactlyInAnyOrderEntriesOf(Map.of(Provider.AWS, 5L, Provider.AZURE, 3L,
                Provider.GCP, 2L));
        // "Strong consistency (2PC) = high latency (500ms+)".
        // Singapore: 2 ms + 2 × (159.999 × 1.5 + 2) = 486.0 ms; São Paulo: 2.013 + 2 × (185.338 × 1.5 + 2) = 562.03 ms.
        assertThat(s.writeMs("credits", "users-gcp-asia-se1")).isCloseTo(485.998, MS);
        assertThat(s.writeMs("credits", "users-sae1")).isCloseTo(562.03, MS);
        // "Eventual consistency = low latency (50ms)": a local commit in Singapore, 2 ms.
        assertThat(Seed.of("ten-region-multicloud-2pc", "compensation").writeMs("credits", "users-gcp-asia-se1"))
                .isCloseTo(2.0, MS);
        // "If any region is partitioned (can't reach), entire transaction aborts": all ten regions at 99.95%
        // must be up: 0.9995^10 = 0.99501, (1 − 0.99501) × 8,766 h = 43.7 h a year without transfers.
        assertThat(Math.pow(0.9995, 10)).isCloseTo(0.99501, MS);
        assertThat(s.topology.regions()).allSatisfy(r -> assertThat(r.availability()).isEqualTo(0.9995));
    }

    @Test
    void tenRegionSurvivesAnAzureOutageWithoutOverload() {
        // Azure's three regions down: each Azure population moves to its nearest surviving region, which then carries
        // 2 × 1,000 req/s on 15 × 200 req/s: 66.7%, under the 70% target.
        CapacityScenario azure = Seed.of("ten-region-multicloud-2pc").capacity()
                .scenario(CapacityEngine.providerScenarioId(Provider.AZURE)).orElseThrow();
        assertThat(azure.initial().overloadedRegionIds()).isEmpty();
        assertThat(azure.initial().aboveTargetRegionIds()).isEmpty();
        for (String r : new String[] {"use1", "euw1", "gcp-asia-se1"}) {
            RegionLoad load = azure.initial().region(r).orElseThrow();
            assertThat(load.utilisation().value()).as(r).isCloseTo(66.667, MS);
        }
    }

    @Test
    void cockroachRegionalByRowWritesLocallyAndGlobalTablesWaitOutTheClockOffset() {
        Seed s = Seed.of("cockroach-regional-by-row");
        // "ALTER TABLE user_profiles SET LOCALITY REGIONAL BY ROW; -- CockroachDB automatically routes writes to the
        // row's home region": New York → us-east1 990.4 km → 16.856 ms; Paris → europe-west1 5.151 ms.
        assertThat(s.writeMs("user-profiles", "us-users")).isCloseTo(16.856, MS);
        assertThat(s.writeMs("user-profiles", "eu-users")).isCloseTo(5.151, MS);
        // "ALTER TABLE feature_flags SET LOCALITY GLOBAL; -- Reads served locally": reads cost the local RTT only.
        assertThat(s.readMs("asia-users")).isCloseTo(2.158, MS);
        // Global writes: quorum to europe-west1 (104.601 ms) + 2 × 250 ms: 16.856 + 104.601 + 500 = 621.457 ms.
        assertThat(s.writeMs("feature-flags", "us-users")).isCloseTo(621.457, MS);
    }

    @Test
    void cockroachSurviveRegionPaysTheRttToTheNearestOtherRegion() {
        // Seed 002: "Raft quorum requires acknowledgment from majority of replicas (2 of 3 regions) → latency = RTT to
        // nearest non-local region." US: 16.856 + 104.601; EU: 5.151 + 104.601; Asia: 2.158 + 143.723 (europe-west1).
        Seed s = Seed.of("cockroach-regional-by-row", "survive-region");
        assertThat(s.writeMs("user-profiles", "us-users")).isCloseTo(121.457, MS);
        assertThat(s.writeMs("user-profiles", "eu-users")).isCloseTo(109.752, MS);
        assertThat(s.writeMs("user-profiles", "asia-users")).isCloseTo(145.881, MS);
    }

    @Test
    void spannerCommitWaitIsSevenMilliseconds() {
        Seed s = Seed.of("spanner-external-consistency");
        // "must wait for TrueTime uncertainty interval, typically 7ms": 2ε with ε = 3.5 ms.
        assertThat(2 * s.topology.assumptions().commitWaitEpsilonMs()).isEqualTo(7.0);
        // Chicago → us-central1 12.345 ms + quorum ack from us-east1 26.946 ms + 7 ms = 46.291 ms.
        assertThat(s.writeMs("orders", "us-users")).isCloseTo(46.291, MS);
        // Paris → europe-west1 5.151 + to the leader 110.159 + quorum 26.946 + 7 = 149.256 ms.
        assertThat(s.writeMs("orders", "eu-users")).isCloseTo(149.256, MS);
        // DynamoDB global tables: Chicago → us-east-1 915.2 km → 15.728 ms, committed at the nearest copy.
        assertThat(Seed.of("spanner-external-consistency", "dynamodb-global-tables").writeMs("orders", "us-users"))
                .isCloseTo(15.728, MS);
    }
}
