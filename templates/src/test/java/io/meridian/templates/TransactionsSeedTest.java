package io.meridian.templates;

import static io.meridian.templates.Seed.MS;
import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.RegionLoad;
import io.meridian.cost.CostCategory;
import io.meridian.cost.CostReport;
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
 * 7,210.6 km. Typical RTT = distance / 100 km/ms × the corridor's inflation + its overhead (corridors.csv), plus
 * 1.75 × (1 − d / 500) ms under 500 km. Corridors used: NA within 1.682, 1 ms; EU within 1.92, 2 ms; SEA within
 * 1.828, 3 ms; EAS within 1.721, 3 ms; SA within 1.942, 2 ms; NA–EU 1.54, 0; NA–SEA 1.388, 0; NA–EAS 1.389, 0;
 * EU–EAS 2.308, 10 ms; SA–SEA 1.984, 10 ms. New York → us-east-1 (350.6 km): 3.506 × 1.682 + 1 + 0.523 = 7.420 ms;
 * Singapore users at ap-southeast-1 (0 km): 3 + 1.75 = 4.75 ms; us-east-1 ↔ ap-southeast-1: 155.289 × 1.388
 * = 215.541 ms.
 */
class TransactionsSeedTest {

    @Test
    void ledgerTwoPhaseCommitCostsFarMoreThanTheSeeds100ms() {
        Seed s = Seed.of("ledger-2pc");
        // "Latency increases (must wait for lock replication to all regions, ~100ms)."
        // New York → us-east-1 7.420 ms, then the prepare round to Singapore, 215.541 ms, and the decision logged
        // at the us-east-1 participant (same region: the intra-region hop, 1 ms): the client waits 223.961 ms.
        assertThat(s.writeMs("balances", "us-east")).isCloseTo(223.961, MS);
        // The locks are held for both rounds: 2 × 215.541 + 1 = 432.081 ms.
        assertThat(s.lockHoldMs("balances", "us-east")).isCloseTo(432.081, MS);
        // Even on the fiber floor the client waits 3.506 + 155.289 = 158.795 ms, over the seed's figure.
        assertThat(s.writeFloorMs("balances", "us-east")).isCloseTo(158.795, MS);
        assertThat(s.writeFloorMs("balances", "us-east")).isGreaterThan(100);
        // Singapore users: served in ap-southeast-1 (4.75 ms), farthest participant us-east-1: 4.75 + 215.541 + 1.
        assertThat(s.writeMs("balances", "asia")).isCloseTo(221.291, MS);
        assertThat(s.topology.dataset("balances").orElseThrow().copies()).hasSize(4);
    }

    @Test
    void ledgerCompensationCommitsInTheHomeRegion() {
        // "User initiates withdrawal" in the account's home region only: New York → us-east-1 7.420 ms; Singapore
        // 4.75 ms; each + the intra-region hop to the home copy, 1 ms.
        Seed s = Seed.of("ledger-2pc", "compensation");
        assertThat(s.topology.dataset("balances").orElseThrow().strategy()).isEqualTo(WriteStrategy.HOME_REGION);
        assertThat(s.writeMs("balances", "us-east")).isCloseTo(8.420, MS);
        assertThat(s.writeMs("balances", "asia")).isCloseTo(5.75, MS);
        // "transaction latency jumps from 100ms to 5s": contention follows the lock hold, not what the client waits:
        // a lock held 432.081 ms serialises a hot account to 1000 / 432.081 = 2.31 transactions a second.
        assertThat(1000 / Seed.of("ledger-2pc").lockHoldMs("balances", "us-east")).isCloseTo(2.31, MS);
    }

    @Test
    void tenRegionTwoPhaseCommitHoldsLocksHalfASecondAndNeedsEveryRegion() {
        Seed s = Seed.of("ten-region-multicloud-2pc");
        // "You now run 10 regions: 5 in AWS, 3 in Azure, 2 in GCP."
        Map<Provider, Long> byProvider = s.topology.regions().stream()
                .collect(Collectors.groupingBy(Region::provider, Collectors.counting()));
        assertThat(byProvider).containsExactlyInAnyOrderEntriesOf(Map.of(Provider.AWS, 5L, Provider.AZURE, 3L,
                Provider.GCP, 2L));
        // "Strong consistency (2PC) = high latency (500ms+)".
        // Both ends of the farthest pair: gcp:asia-southeast1 ↔ aws:sa-east-1, 15,989.7 km, corridor SA–SEA:
        // 159.897 × 1.984 + 10 = 327.236 ms. Singapore users (12.4 km from Jurong West, SEA within):
        // 0.124 × 1.828 + 3 + 1.75 × (1 − 12.4/500) = 4.933 ms, + the prepare round 327.236 + the decision logged
        // at the local participant (intra-region hop, 1 ms) = 333.169 ms; the locks are held 2 × 327.236 + 1 =
        // 655.472 ms. São Paulo users (0.9 km, SA within): 0.009 × 1.942 + 2 + 1.747 = 3.764 ms, + 327.236 + 1 =
        // 332.0 ms.
        assertThat(s.writeMs("credits", "users-gcp-asia-se1")).isCloseTo(333.169, MS);
        assertThat(s.lockHoldMs("credits", "users-gcp-asia-se1")).isCloseTo(655.472, MS);
        assertThat(s.writeMs("credits", "users-sae1")).isCloseTo(332.0, MS);
        // "Eventual consistency = low latency (50ms)": a local commit in Singapore, 4.933 + 1 = 5.933 ms.
        assertThat(Seed.of("ten-region-multicloud-2pc", "compensation").writeMs("credits", "users-gcp-asia-se1"))
                .isCloseTo(5.933, MS);
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
        // row's home region": New York → us-east1 990.4 km → 9.904 × 1.682 + 1 = 17.659 ms; Paris → europe-west1
        // 210.1 km → 2.101 × 1.92 + 2 + 1.75 × (1 − 210.1/500) = 7.048 ms.
        // Each + the intra-region hop to the home copy, 1 ms.
        assertThat(s.writeMs("user-profiles", "us-users")).isCloseTo(18.659, MS);
        assertThat(s.writeMs("user-profiles", "eu-users")).isCloseTo(8.048, MS);
        // "ALTER TABLE feature_flags SET LOCALITY GLOBAL; -- Reads served locally": reads cost the local RTT only,
        // Hong Kong → asia-east2 10.5 km: 0.105 × 1.721 + 3 + 1.713 = 4.894 ms.
        assertThat(s.readMs("asia-users")).isCloseTo(4.894, MS);
        // Global writes go to the lease holder in us-east1 (the first voter listed), whose quorum (europe-west1,
        // NA–EU: 68.401 × 1.54 = 105.337 ms) runs beside the wait 2 × 250 ms: the longer counts.
        // US: 17.659 + 1 (local lease holder) + max(105.337, 500) = 518.659 ms; EU: 7.048 + 105.337 + 500 = 612.385
        // ms (the trip to the lease holder is paid, the quorum round is hidden by the wait); Asia: 4.894 + 189.921 +
        // 500 = 694.815 ms.
        assertThat(s.writeMs("feature-flags", "us-users")).isCloseTo(518.659, MS);
        assertThat(s.writeMs("feature-flags", "eu-users")).isCloseTo(612.385, MS);
        assertThat(s.writeMs("feature-flags", "asia-users")).isCloseTo(694.815, MS);
        // Strong reads at every follower are local: 2ε = 500 ms covers the farthest one-way trip from the lease
        // holder, 189.921 / 2 = 94.96 ms (Hong Kong reads 4.894 + 1 = 5.894 ms).
        assertThat(s.readMs("feature-flags", "asia-users")).isCloseTo(5.894, MS);
    }

    @Test
    void cockroachSurviveRegionPaysTheRttToTheNearestOtherRegion() {
        // Seed 002: "Raft quorum requires acknowledgment from majority of replicas (2 of 3 regions) → latency = RTT to
        // nearest non-local region." The lease holder stays home (quorumLeader home-region), 1 ms from the API.
        // US: 17.659 + 1 + 105.337; EU: 7.048 + 1 + 105.337; Asia: 4.894 + 1 + 189.921 (us-east1, NA–EAS 136.733 ×
        // 1.389; europe-west1 is farther by route, EU–EAS 94.482 × 2.308 + 10 = 228.064).
        Seed s = Seed.of("cockroach-regional-by-row", "survive-region");
        assertThat(s.writeMs("user-profiles", "us-users")).isCloseTo(123.996, MS);
        assertThat(s.writeMs("user-profiles", "eu-users")).isCloseTo(113.385, MS);
        assertThat(s.writeMs("user-profiles", "asia-users")).isCloseTo(195.815, MS);
    }

    @Test
    void spannerCommitWaitIsSevenMillisecondsBesideTheQuorum() {
        Seed s = Seed.of("spanner-external-consistency");
        // "must wait for TrueTime uncertainty interval, typically 7ms": 2ε with ε = 3.5 ms, stated by the template.
        assertThat(2 * s.topology.assumptions().commitWaitEpsilonMs()).isEqualTo(7.0);
        // Chicago → us-central1 689.6 km: 6.896 × 1.682 + 1 = 12.600 ms, the API → local leader hop 1 ms, then the
        // quorum ack from us-east1 (1,663.0 km: 16.630 × 1.682 + 1 = 28.972 ms) beside the 7 ms wait:
        // 12.600 + 1 + max(28.972, 7) = 42.572 ms.
        assertThat(s.writeMs("orders", "us-users")).isCloseTo(42.572, MS);
        // Paris → europe-west1 7.048 + to the leader (NA–EU 72.106 × 1.54 = 111.043) + max(28.972, 7) = 147.063 ms.
        assertThat(s.writeMs("orders", "eu-users")).isCloseTo(147.063, MS);
        // A strong read in Paris: the local read-only replica waits for safe time, 111.043 / 2 = 55.5 ms one way from
        // the leader is more than 2ε = 7 ms, so it asks the leader: 7.048 + 1 (to the local replica) + 111.043 =
        // 119.091 ms.
        assertThat(s.readMs("orders", "eu-users")).isCloseTo(119.091, MS);
        // DynamoDB global tables: Chicago → us-east-1 915.2 km → 9.152 × 1.682 + 1 = 16.394 ms, at the nearest copy,
        // + 1 ms within the region.
        assertThat(Seed.of("spanner-external-consistency", "dynamodb-global-tables").writeMs("orders", "us-users"))
                .isCloseTo(17.394, MS);
    }

    @Test
    void ledgerTwoPhaseCommitPaysForItsMessagesNotZero() {
        // Every region holds a participant, so each withdrawal is coordinated where it arrives and reaches the 3 others:
        // out a prepare (256 B record + 200 B) and a decision (200 B), back a vote and an acknowledgement (200 B each):
        // 3 × (656 + 400) = 3,168 B per write. 750 writes/s × 3,168 B × 2,628,000 s / 1e9 = 6,244.128 GB a month,
        // all between AWS regions at the us-east-1 reference $0.02/GB: $124.88256 (it showed $0 before issue 11).
        CostReport cost = Seed.of("ledger-2pc").cost(0.999);
        assertThat(cost.transfers().get(0).monthly().value()).isCloseTo(124.88256, Seed.EXACT);
        assertThat(cost.monthly(CostCategory.TRANSFER)).isCloseTo(124.88256, Seed.EXACT);
    }

    @Test
    void tenRegionTwoPhaseCommitPaysEachSourcesPriceForEveryPair() {
        // 10 equal populations: a tenth of the 1,000 writes/s arrives in each region. From X to Y per write:
        // 0.1 × (256 + 400) while X coordinates + 0.1 × 400 while Y does = 105.6 B; 1,000 × 105.6 × 2,628,000 / 1e9
        // = 277.5168 GB a month for each of the 90 ordered pairs, priced where it leaves. Per source, the prices to
        // its 9 peers: 4 AWS (us-east-1, us-west-2, eu-west-1, ap-northeast-1): 4 × 0.02 + 5 × 0.09 egress = 0.53 each;
        // sa-east-1: 4 × 0.138 + 5 × 0.15 (its own egress) = 1.302; 3 Azure: 2 × 0.05 inter-continent + 7 × 0.087 =
        // 0.709 each; 2 GCP: 0.05 + 8 × 0.12 = 1.01 each. Sum 2.12 + 1.302 + 2.127 + 2.02 = 7.569:
        // 277.5168 × 7.569 = $2,100.5246592 a month (it showed $0 before issue 11).
        CostReport cost = Seed.of("ten-region-multicloud-2pc").cost(0.99);
        assertThat(cost.monthly(CostCategory.TRANSFER)).isCloseTo(2100.5246592, Seed.EXACT);
    }
}
