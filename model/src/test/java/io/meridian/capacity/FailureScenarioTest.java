package io.meridian.capacity;

import static io.meridian.capacity.CapacityDesigns.database;
import static io.meridian.capacity.CapacityDesigns.homed;
import static io.meridian.capacity.CapacityDesigns.region;
import static io.meridian.capacity.CapacityDesigns.share;
import static io.meridian.capacity.CapacityDesigns.tier;
import static io.meridian.capacity.CapacityDesigns.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.FailureScenario;
import io.meridian.model.Provider;
import io.meridian.model.ResidencyZone;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureScenarioTest {

    /**
     * EU users (2,000 rps) may only use eu-west-1; US users (3,000 rps) live in us-east-1 and may go anywhere.
     * Each region has 100 instances of 100 rps: 10,000 rps.
     */
    private static Topology residency() {
        return Topology.EMPTY
                .withRegion(region("us-east-1", Provider.AWS, 38.9, -77.4))
                .withRegion(region("eu-west-1", Provider.AWS, 53.3, -6.3))
                .withComponent(tier("api-us", "us-east-1", 100, 100, 0.8))
                .withComponent(tier("api-eu", "eu-west-1", 100, 100, 0.8))
                .withZone(new ResidencyZone("eu", "EU", List.of("eu-west-1")))
                .withPopulation(homed("eu-users", 50, 10, 2000, "eu", "eu-west-1"))
                .withPopulation(homed("us-users", 40, -80, 3000, null, "us-east-1"));
    }

    @Test
    void residencyKeepsEuUsersOutOfUsRegionsSoTheyGoUnserved() {
        CapacityScenario lostEu = CapacityEngine.evaluate(residency()).scenario("region:eu-west-1").orElseThrow();
        // us-east-1 keeps only its own 3,000 rps (30%): the EU 2,000 rps may not move there.
        assertThat(lostEu.result().region("us-east-1").orElseThrow().load().value()).isCloseTo(3000, within(1e-9));
        assertThat(lostEu.result().unserved()).singleElement().satisfies(u -> {
            assertThat(u.populationId()).isEqualTo("eu-users");
            assertThat(u.requestsPerSecond()).isEqualTo(2000);
            assertThat(u.reason()).isEqualTo("every region residency zone 'eu' permits is down (eu-west-1)");
        });
        assertThat(lostEu.result().unservedRps().value()).isEqualTo(2000);
    }

    @Test
    void usersWithoutAZoneMoveToTheNextRegion() {
        CapacityScenario lostUs = CapacityEngine.evaluate(residency()).scenario("region:us-east-1").orElseThrow();
        // 2,000 + 3,000 = 5,000 rps on 10,000 → 50%.
        assertThat(lostUs.result().region("eu-west-1").orElseThrow().utilisation().value())
                .isCloseTo(50, within(1e-9));
        assertThat(lostUs.result().unserved()).isEmpty();
    }

    /**
     * 6,000 rps weighted 40% us-east-1, 40% us-west-2 (AWS), 20% us-central1 (GCP); capacity 5,000 / 5,000 /
     * 8,000 rps at target 0.8.
     */
    private static Topology twoProviders() {
        return Topology.EMPTY
                .withRegion(region("us-east-1", Provider.AWS, 38.9, -77.4))
                .withRegion(region("us-west-2", Provider.AWS, 45.8, -119.7))
                .withRegion(region("us-central1", Provider.GCP, 41.3, -95.9))
                .withComponent(tier("api-east", "us-east-1", 50, 100, 0.8))
                .withComponent(tier("api-west", "us-west-2", 50, 100, 0.8))
                .withComponent(tier("api-central", "us-central1", 80, 100, 0.8))
                .withPopulation(weighted("users", 6000, share("us-east-1", 0.4), share("us-west-2", 0.4),
                        share("us-central1", 0.2)));
    }

    @Test
    void aProviderScenarioTakesAllItsRegions() {
        CapacityReport report = CapacityEngine.evaluate(twoProviders());
        CapacityScenario aws = report.scenario("provider:aws").orElseThrow();
        assertThat(aws.kind()).isEqualTo(ScenarioKind.PROVIDER);
        assertThat(aws.failedRegionIds()).containsExactly("us-east-1", "us-west-2");
        // All 6,000 rps on us-central1's 8,000 → 75%, under the 80% target.
        RegionLoad central = aws.initial().region("us-central1").orElseThrow();
        assertThat(central.utilisation().value()).isCloseTo(75, within(1e-9));
        assertThat(central.aboveTarget()).isFalse();
        assertThat(aws.cascades()).isFalse();

        CapacityScenario gcp = report.scenario("provider:gcp").orElseThrow();
        // us-central1's 20% splits 50/50 over the AWS regions: 3,000 rps each on 5,000 → 60%.
        assertThat(gcp.initial().region("us-east-1").orElseThrow().utilisation().value()).isCloseTo(60, within(1e-9));
    }

    @Test
    void instancesToSurviveAnyProviderAndAnyRegion() {
        CapacityReport report = CapacityEngine.evaluate(twoProviders());
        InstanceRequirements anyProvider = report.anyProvider();
        assertThat(anyProvider.loss()).isEqualTo(SurviveLoss.ANY_PROVIDER);
        assertThat(anyProvider.scenarioIds()).containsExactly("baseline", "provider:aws", "provider:gcp");
        // api-east: peak 3,000 (GCP down) → ceil(3,000 / 80) = ceil(37.5) = 38, 12 spare.
        // api-central: peak 6,000 (AWS down) → ceil(6,000 / 80) = 75, 5 spare.
        assertThat(anyProvider.tiers()).extracting(t -> t.needed().value()).containsExactly(38.0, 38.0, 75.0);
        assertThat(anyProvider.tiers()).extracting(TierRequirement::delta).containsExactly(-12, -12, -5);
        assertThat(anyProvider.met()).isTrue();

        InstanceRequirements anyRegion = report.anyRegion();
        // us-west-2 down: its 40% re-scales over the rest, 0.4/0.6 and 0.2/0.6 → east 4,000, central 2,000 rps.
        // api-east: ceil(4,000 / 80) = 50 exactly (shares re-scaled in floating point must not ask for 51).
        // api-central: peak 2,000 → ceil(2,000 / 80) = 25.
        assertThat(anyRegion.tiers()).extracting(t -> t.needed().value()).containsExactly(50.0, 50.0, 25.0);
        assertThat(anyRegion.tiers()).extracting(TierRequirement::worstScenarioId)
                .containsExactly("region:us-west-2", "region:us-east-1", "region:us-east-1");
    }

    @Test
    void aUserScenarioFailsRegionsAndProvidersTogether() {
        Topology t = twoProviders().withScenario(new FailureScenario("east-and-gcp", "East coast and GCP",
                List.of("us-east-1"), List.of(Provider.GCP)));
        CapacityScenario s = CapacityEngine.evaluate(t).scenario("east-and-gcp").orElseThrow();
        assertThat(s.kind()).isEqualTo(ScenarioKind.USER);
        assertThat(s.name()).isEqualTo("East coast and GCP");
        assertThat(s.failedRegionIds()).containsExactly("us-east-1", "us-central1");
        assertThat(s.failedProviders()).containsExactly(Provider.GCP);
        // us-west-2 alone: 6,000 rps on 5,000 → 120%, overloaded; it falls and all 6,000 rps go unserved.
        assertThat(s.initial().region("us-west-2").orElseThrow().utilisation().value()).isCloseTo(120, within(1e-9));
        assertThat(s.cascade()).singleElement().satisfies(step ->
                assertThat(step.fallen()).extracting(FallenRegion::regionId).containsExactly("us-west-2"));
        assertThat(s.result().unservedRps().value()).isCloseTo(6000, within(1e-9));
    }

    @Test
    void scenariosComeInOrderBaselineRegionsProvidersThenUser() {
        Topology t = twoProviders().withScenario(new FailureScenario("both-aws", "", List.of("us-east-1",
                "us-west-2"), List.of()));
        assertThat(CapacityEngine.evaluate(t).scenarios()).extracting(CapacityScenario::id).containsExactly(
                "baseline", "region:us-east-1", "region:us-west-2", "region:us-central1", "provider:aws",
                "provider:gcp", "both-aws");
    }

    @Test
    void aCascadeRunsRoundByRoundUntilStable() {
        // 9,000 rps in thirds over a (5,000 rps), b (4,000) and c (6,000).
        Topology t = Topology.EMPTY
                .withRegion(region("a", Provider.AWS, 0, 0))
                .withRegion(region("b", Provider.AWS, 0, 10))
                .withRegion(region("c", Provider.AWS, 0, 20))
                .withComponent(tier("api-a", "a", 50, 100, 0.8))
                .withComponent(tier("api-b", "b", 40, 100, 0.8))
                .withComponent(tier("api-c", "c", 60, 100, 0.8))
                .withPopulation(weighted("users", 9000, share("a", 1.0 / 3), share("b", 1.0 / 3),
                        share("c", 1.0 / 3)));
        CapacityScenario lostA = CapacityEngine.evaluate(t).scenario("region:a").orElseThrow();
        // Round 1: b carries 4,500 on 4,000 → 112.5% and falls (c: 4,500 on 6,000 → 75%).
        assertThat(lostA.initial().overloadedRegionIds()).containsExactly("b");
        assertThat(lostA.cascade()).hasSize(2);
        assertThat(lostA.cascade().get(0).fallen().get(0).utilisation().value()).isCloseTo(112.5, within(1e-9));
        // Round 2: c carries all 9,000 on 6,000 → 150% and falls; nobody is served.
        assertThat(lostA.cascade().get(0).after().region("c").orElseThrow().utilisation().value())
                .isCloseTo(150, within(1e-9));
        assertThat(lostA.cascade().get(1).fallen()).extracting(FallenRegion::regionId).containsExactly("c");
        assertThat(lostA.cascade().get(1).step()).isEqualTo(2);
        assertThat(lostA.result().downRegionIds()).containsExactly("a", "b", "c");
        assertThat(lostA.result().unservedRps().value()).isCloseTo(9000, within(1e-9));
    }

    @Test
    void theSmallerTierIsTheBottleneck() {
        // One region, 3,000 rps through api (50 × 100 = 5,000 rps, target 0.8) and auth (20 × 200 = 4,000, 0.7).
        Topology t = Topology.EMPTY
                .withRegion(region("r", Provider.AWS, 0, 0))
                .withComponent(tier("api", "r", 50, 100, 0.8))
                .withComponent(tier("auth", "r", 20, 200, 0.7))
                .withPopulation(homed("users", 0, 1, 3000, null, "r"));
        CapacityReport report = CapacityEngine.evaluate(t);
        RegionLoad r = report.baseline().result().region("r").orElseThrow();
        // api 3,000 / 5,000 = 60% (under 80%); auth 3,000 / 4,000 = 75% (over 70%).
        assertThat(r.tiers()).extracting(tl -> tl.utilisation().value()).containsExactly(60.0, 75.0);
        assertThat(r.tiers()).extracting(TierLoad::aboveTarget).containsExactly(false, true);
        assertThat(r.bottleneckTierId()).isEqualTo("auth");
        assertThat(r.utilisation().value()).isEqualTo(75);
        assertThat(r.aboveTarget()).isTrue();
        // api: ceil(3,000 / 80) = ceil(37.5) = 38, 12 spare; auth: ceil(3,000 / 140) = ceil(21.4) = 22, 2 short.
        assertThat(report.anyRegion().tiers()).extracting(TierRequirement::delta).containsExactly(-12, 2);

        // At 4,500 rps auth runs at 112.5% while api is at 90%: auth brings the region down.
        CapacityReport heavy = CapacityEngine.evaluate(t.withPopulation(homed("users", 0, 1, 4500, null, "r")));
        assertThat(heavy.baseline().cascade()).singleElement().satisfies(step ->
                assertThat(step.fallen().get(0).bottleneckTierId()).isEqualTo("auth"));
        assertThat(heavy.baseline().result().unservedRps().value()).isEqualTo(4500);
    }

    @Test
    void aRegionWithoutServiceTiersHasNoLimitToReport() {
        Topology t = Topology.EMPTY
                .withRegion(region("r", Provider.AWS, 0, 0))
                .withComponent(database("db", "r"))
                .withPopulation(homed("users", 0, 1, 1_000_000, null, "r"));
        CapacityReport report = CapacityEngine.evaluate(t);
        RegionLoad r = report.baseline().result().region("r").orElseThrow();
        assertThat(r.load().value()).isEqualTo(1_000_000);
        assertThat(r.utilisation()).isNull();
        assertThat(r.note()).isEqualTo("no service tier: no capacity limit to report");
        assertThat(r.overloaded()).isFalse();
        assertThat(report.baseline().cascades()).isFalse();
        assertThat(report.anyRegion().tiers()).isEmpty();
    }

    @Test
    void anEmptyDesignHasOnlyTheBaseline() {
        CapacityReport report = CapacityEngine.evaluate(Topology.EMPTY);
        assertThat(report.scenarios()).extracting(CapacityScenario::id).containsExactly("baseline");
        assertThat(report.baseline().result().unservedRps().value()).isZero();
        assertThat(report.anyProvider()).isNull();
    }
}
