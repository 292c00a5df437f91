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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link SizingShared} remembers for the sizings of one structure (failure domains, the exact engine's layout,
 * compiled sums, capacity blocks) is found again by key, so a key that leaves out something the work reads would hand
 * one sizing's, population's or region's sums to another. The oracle: each sizing evaluated on its own with nothing
 * remembered ({@code new SizingShared(false)}), importance ranking included — the report the same, character for
 * character, as when it is evaluated after the sizings before it with one {@code SizingShared}. The sizings change
 * one region's tiers (instance counts down to one, so pools' event combinations and zones in use change too) and
 * another region's capacity per instance (so the instances needed, k); the designs are summed out by elimination
 * in several groups of populations, and capacity-judged slices take part. {@code StructureReportsTest} checks the
 * whole evaluation through the design search's path.
 */
class SizingSharedTest {
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private String report(Topology t, SizingShared shared) throws Exception {
        CapacityReport capacity = CapacityEngine.evaluate(t);
        return json.writeValueAsString(AvailabilityEngine.evaluate(t, new PopulationRouter(t),
                FailoverTimings.uniform(60), capacity, AvailabilityEngine.EXACT_STATE_LIMIT, true, shared));
    }

    /** The drawn design with r0's service tiers at these instance counts and r1's capacity per instance scaled. */
    private static Topology sized(Topology drawn, int[] r0Instances, double r1Capacity) {
        Topology t = drawn;
        int k = 0;
        for (Component c : drawn.components()) {
            if (c.spec() instanceof ComponentSpec.Service s) {
                if (c.regionId().equals("r0")) {
                    t = t.withComponent(c.withInstances(r0Instances[k++ % r0Instances.length]));
                } else if (c.regionId().equals("r1")) {
                    t = t.withComponent(c.withSpec(new ComponentSpec.Service(s.capacityPerInstanceRps() * r1Capacity,
                            s.targetUtilization(), s.overload(), s.maxInstances(), s.warmupMinutes())));
                }
            }
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 16})
    void sizingsOfOneStructureRememberingChangesNoFigure(int regions) throws Exception {
        Random random = new Random(regions);
        Topology drawn = BenchmarkDesigns.large(regions, 6, 3);
        // Tiers far apart: some regions overload when another fails, so slices carry partial shares.
        for (Component c : drawn.components()) {
            if (c.spec() instanceof ComponentSpec.Service && !c.regionId().equals("r0")) {
                drawn = drawn.withComponent(c.withInstances(20 + random.nextInt(600)));
            }
        }
        assertPathsTaken(drawn);
        // r0's tiers around what riding out the loss of a region needs (so that r0 is at risk, serving in part, when
        // another region fails), far below it (r0 overloads), far above; r1's capacity per instance halved, doubled.
        int needed = CapacityEngine.evaluate(drawn).anyRegion().tiers().stream()
                .filter(t -> t.componentId().startsWith("r0-")).mapToInt(t -> t.instances() + t.delta()).max()
                .orElseThrow();
        int[][] counts = {{needed}, {needed - 2, needed + 1}, {needed - 1}, {1}, {needed + 2, needed},
                {600}, {needed - 3, 2, needed}, {needed}};
        double[] capacities = {1, 1, 0.5, 2, 1, 0.25, 1, 2};
        List<Topology> sizings = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            sizings.add(sized(drawn, counts[k], capacities[k]));
        }
        SizingShared shared = new SizingShared();
        Set<String> reports = new HashSet<>();
        for (int k = 0; k < sizings.size(); k++) {
            String alone = report(sizings.get(k), new SizingShared(false));
            assertThat(alone).contains("\"importance\"").hasSizeGreaterThan(20_000);
            assertThat(report(sizings.get(k), shared)).as("%d regions, sizing %d", regions, k).isEqualTo(alone);
            reports.add(alone);
        }
        // The sizings differ where it shows, and the later ones found what the earlier ones worked out.
        assertThat(reports).hasSizeGreaterThanOrEqualTo(6);
        assertThat(shared.hits()).isGreaterThan(100);
    }

    /** Groups of populations summed out by elimination, and capacity-judged slices. */
    private static void assertPathsTaken(Topology t) {
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
    }
}
