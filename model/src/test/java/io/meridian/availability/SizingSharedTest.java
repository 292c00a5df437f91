package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.evaluation.BenchmarkDesigns;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import io.meridian.routing.PopulationRouter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link SizingShared} remembers (failure domains, the exact engine's layout, compiled sums, capacity blocks)
 * is found again by key, so a key that leaves out something the work reads would hand one population's, group's or
 * region's sums to another. The oracle: the same evaluation, importance ranking included, with nothing remembered
 * ({@code new SizingShared(false)}) — every figure of the report the same, character for character. The designs
 * go through everything remembered: twelve and sixteen regions whose populations' writes couple all of them (summed
 * out by elimination, several groups of populations with different regions to serve from), tiers sized far apart
 * so that capacity-judged slices take part. {@code StructureReportsTest} checks sharing between sizings.
 */
class SizingSharedTest {
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private String report(Topology t, SizingShared shared) throws Exception {
        CapacityReport capacity = CapacityEngine.evaluate(t);
        return json.writeValueAsString(AvailabilityEngine.evaluate(t, new PopulationRouter(t),
                FailoverTimings.uniform(60), capacity, AvailabilityEngine.EXACT_STATE_LIMIT, true, shared));
    }

    private static Topology resized(Topology t, long seed) {
        Random random = new Random(seed);
        for (Component c : t.components()) {
            if (c.spec() instanceof ComponentSpec.Service) {
                t = t.withComponent(c.withInstances(Math.max(1, (int) Math.round(c.instances()
                        * (0.2 + 2 * random.nextDouble())))));
            }
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 16})
    void rememberingChangesNoFigure(int regions) throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            Topology t = resized(BenchmarkDesigns.large(regions, 6, seed), seed);
            // The design takes the paths remembering serves: groups summed out by elimination, and slices.
            CapacityReport capacity = CapacityEngine.evaluate(t);
            FailureStructure s = new FailureStructure(t, capacity);
            ExactEnumeration exact = new ExactEnumeration(s, FailoverOverloads.of(s, capacity));
            RegionBlocks.Distribution[] blocks = ExactEnumeration.blocks(s, null);
            Set<Integer> eliminated = new HashSet<>();
            int sliced = 0;
            for (int i = 0; i < s.populationNeeds.size(); i++) {
                exact.states(i, blocks);
                if (exact.plans[i] != null) {
                    eliminated.add(exact.representative(i));
                }
                sliced += exact.slices.affecting[i].length;
            }
            assertThat(eliminated).as("groups summed out by elimination").hasSizeGreaterThanOrEqualTo(2);
            assertThat(sliced).as("capacity-judged slices").isPositive();

            String alone = report(t, new SizingShared(false));
            assertThat(alone).contains("\"importance\"").hasSizeGreaterThan(20_000);
            assertThat(report(t, new SizingShared())).as("%d regions, seed %d", regions, seed).isEqualTo(alone);
        }
    }
}
