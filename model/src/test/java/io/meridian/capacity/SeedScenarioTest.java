package io.meridian.capacity;

import static io.meridian.capacity.CapacityDesigns.region;
import static io.meridian.capacity.CapacityDesigns.share;
import static io.meridian.capacity.CapacityDesigns.tier;
import static io.meridian.capacity.CapacityDesigns.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.model.Provider;
import io.meridian.model.SurviveLoss;
import io.meridian.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * The seed's question: us-east-1 carries 60% and us-west-2 40% of 7,500 rps with 50 instances of 100 rps each
 * per region, where one region alone would need 75. Losing us-east-1 overloads us-west-2: a cascade.
 */
class SeedScenarioTest {

    private static Topology seed(int instancesPerRegion) {
        return Topology.EMPTY
                .withRegion(region("us-east-1", Provider.AWS, 38.9, -77.4))
                .withRegion(region("us-west-2", Provider.AWS, 45.8, -119.7))
                .withComponent(tier("api-east", "us-east-1", instancesPerRegion, 100, 0.8))
                .withComponent(tier("api-west", "us-west-2", instancesPerRegion, 100, 0.8))
                .withPopulation(weighted("users", 7500, share("us-east-1", 0.6), share("us-west-2", 0.4)));
    }

    private static final CapacityReport REPORT = CapacityEngine.evaluate(seed(50));

    @Test
    void baselineRunsEastAboveTargetAndWestWithin() {
        LoadState normal = REPORT.baseline().result();
        RegionLoad east = normal.region("us-east-1").orElseThrow();
        RegionLoad west = normal.region("us-west-2").orElseThrow();
        // 7,500 × 0.6 = 4,500 rps on 50 × 100 = 5,000 rps → 90%, above the 80% target.
        assertThat(east.load().value()).isCloseTo(4500, within(1e-9));
        assertThat(east.utilisation().value()).isCloseTo(90, within(1e-9));
        assertThat(east.aboveTarget()).isTrue();
        assertThat(east.overloaded()).isFalse();
        // 7,500 × 0.4 = 3,000 rps on 5,000 → 60%.
        assertThat(west.utilisation().value()).isCloseTo(60, within(1e-9));
        assertThat(west.aboveTarget()).isFalse();
        assertThat(REPORT.baseline().cascades()).isFalse();
        assertThat(normal.unserved()).isEmpty();
    }

    @Test
    void losingEastOverloadsWestAndTheCascadeLeavesEveryoneUnserved() {
        CapacityScenario lostEast = REPORT.scenario("region:us-east-1").orElseThrow();
        assertThat(lostEast.kind()).isEqualTo(ScenarioKind.REGION);
        assertThat(lostEast.failedRegionIds()).containsExactly("us-east-1");
        // All 7,500 rps move to us-west-2: 7,500 / 5,000 = 150%.
        RegionLoad west = lostEast.initial().region("us-west-2").orElseThrow();
        assertThat(west.load().value()).isCloseTo(7500, within(1e-9));
        assertThat(west.utilisation().value()).isCloseTo(150, within(1e-9));
        assertThat(west.overloaded()).isTrue();
        assertThat(lostEast.initial().overloadedRegionIds()).containsExactly("us-west-2");

        assertThat(lostEast.cascade()).hasSize(1);
        CascadeStep step = lostEast.cascade().get(0);
        assertThat(step.fallen()).extracting(FallenRegion::regionId).containsExactly("us-west-2");
        assertThat(step.fallen().get(0).reason()).isEqualTo("api-west at 150% (7500 rps on 5000 rps of capacity)");
        assertThat(lostEast.result()).isSameAs(step.after());
        assertThat(lostEast.result().downRegionIds()).containsExactly("us-east-1", "us-west-2");
        assertThat(lostEast.result().unserved()).extracting(UnservedLoad::populationId).containsExactly("users");
        assertThat(lostEast.result().unservedRps().value()).isCloseTo(7500, within(1e-9));
    }

    @Test
    void eachRegionNeeds94InstancesToSurviveTheOther() {
        InstanceRequirements anyRegion = REPORT.anyRegion();
        assertThat(anyRegion.loss()).isEqualTo(SurviveLoss.ANY_REGION);
        assertThat(anyRegion.scenarioIds()).containsExactly("baseline", "region:us-east-1", "region:us-west-2");
        // Peak 7,500 rps when the other region is down; ceil(7,500 / (100 × 0.8)) = ceil(93.75) = 94.
        assertThat(anyRegion.tiers()).extracting(t -> t.needed().value()).containsExactly(94.0, 94.0);
        assertThat(anyRegion.tiers()).extracting(TierRequirement::delta).containsExactly(44, 44);
        TierRequirement east = anyRegion.tiers().get(0);
        assertThat(east.worstScenarioId()).isEqualTo("region:us-west-2");
        assertThat(east.needed().explain()).contains("ceil(peak load / (capacity per instance × target utilisation))",
                "peak load=7500", "capacity per instance=100", "target utilisation=0.8");
        assertThat(anyRegion.met()).isFalse();
        assertThat(REPORT.anyProvider()).as("a single provider").isNull();
    }

    @Test
    void with94InstancesEachLosingARegionNoLongerCascades() {
        CapacityReport sized = CapacityEngine.evaluate(seed(94));
        CapacityScenario lostEast = sized.scenario("region:us-east-1").orElseThrow();
        // 7,500 / 9,400 = 79.8%: under the 80% target.
        assertThat(lostEast.initial().region("us-west-2").orElseThrow().utilisation().value())
                .isCloseTo(100 * 7500 / 9400.0, within(1e-9));
        assertThat(lostEast.cascades()).isFalse();
        assertThat(lostEast.result().aboveTargetRegionIds()).isEmpty();
        assertThat(sized.anyRegion().met()).isTrue();
    }

    @Test
    void losingTheOnlyProviderLeavesNothing() {
        CapacityScenario aws = REPORT.scenario("provider:aws").orElseThrow();
        assertThat(aws.failedProviders()).containsExactly(Provider.AWS);
        assertThat(aws.failedRegionIds()).containsExactly("us-east-1", "us-west-2");
        assertThat(aws.cascades()).isFalse();
        assertThat(aws.result().unservedRps().value()).isCloseTo(7500, within(1e-9));
        assertThat(aws.result().unserved().get(0).reason()).isEqualTo("every region is down");
    }

    @Test
    void figuresExplainThemselves() {
        RegionLoad west = REPORT.scenario("region:us-east-1").orElseThrow().initial().region("us-west-2").orElseThrow();
        assertThat(west.tiers().get(0).utilisation().explain())
                .contains("100 × load / (instances × capacity per instance)", "load=7500", "instances=50",
                        "capacity per instance=100");
        assertThat(west.load().inputs()).containsEntry("users requests/s", 7500.0).containsEntry("users share", 1.0);
        assertThat(west.utilisation().inputs()).containsEntry("api-west %", 150.0);
    }

    @Test
    void reportSerializesWithJackson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(REPORT);
        assertThat(json).contains("\"scenarios\"", "\"cascade\"", "\"fallen\"", "\"unservedRps\"", "\"anyRegion\"",
                "\"worstScenarioId\":\"region:us-west-2\"");
    }
}
