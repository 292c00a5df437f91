package io.meridian.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.evaluation.BenchmarkDesigns;
import io.meridian.model.Region;
import io.meridian.model.Reliability;
import io.meridian.model.Topology;
import io.meridian.recovery.FailoverTimings;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The importance ranking's gain for an element is, by its definition, the overall static availability of the same
 * design with that element never failing minus the actual one. The ranking gets it from runs that reuse the
 * unperturbed run's sums (derivatives, rescaled capacity slices); here each gain is checked against a plain
 * evaluation of the design rewritten so that the element cannot fail: the region's availability set to 1, or the
 * pool's instances made perfect (only in regions without zones, where a zone outage cannot take them down).
 *
 * <p>The ranking lists gains above {@link ImportanceRanking#NEGLIGIBLE} only. A perfect element can make a design
 * worse: it turns a double failure (judged plainly: served if any region is whole) into a single one (judged by
 * capacity), so a negative difference is expected to be left out.
 */
class RankingGainTest {
    @Test
    void aRegionsGainIsTheDesignWithThatRegionPerfectMinusTheDesign() {
        assertGainsOnRandomDesigns(77, t -> t.regions().stream()
                .map(r -> new Perfected(r.id(), t.withRegion(r.withAvailability(1)))).toList());
    }

    @Test
    void aPoolsGainIsTheDesignWithThatComponentPerfectMinusTheDesign() {
        assertGainsOnRandomDesigns(78, t -> t.components().stream()
                .filter(c -> t.region(c.regionId()).orElseThrow().zones() <= 1)
                .map(c -> new Perfected(c.id(), t.withComponent(c.withReliability(Reliability.ofSla(1))))).toList());
    }

    /** An element and the design rewritten so that it cannot fail. */
    private record Perfected(String id, Topology design) {
    }

    private static void assertGainsOnRandomDesigns(long seed, Function<Topology, List<Perfected>> perfect) {
        Random random = new Random(seed);
        int checked = 0;
        for (int d = 0; checked < 25 && d < 500; d++) {
            Topology t = CapacityOracleTest.randomDesign(random);
            AvailabilityReport base = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0));
            for (Perfected p : perfect.apply(t)) {
                double expected = shown(overall(p.design()) - base.overall().value());
                assertThat(gain(base, p.id())).as("design %d, %s", d, p.id()).isCloseTo(expected, within(1e-12));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(25);
    }

    /**
     * Twelve regions over three providers, every population writing every dataset (the rescaled slices' case), with
     * regions at 99% so that each one's gain is well above rounding.
     */
    @Test
    void theLargeDesignsRegionGainsAreThePerfectRegionDesignsMinusTheDesign() {
        Topology t = BenchmarkDesigns.large(12, 8, 5);
        for (Region r : List.copyOf(t.regions())) {
            t = t.withRegion(r.withAvailability(0.99));
        }
        AvailabilityReport base = AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0));
        for (int r = 0; r < t.regions().size(); r += 3) {
            Region region = t.regions().get(r);
            double expected = overall(t.withRegion(region.withAvailability(1))) - base.overall().value();
            assertThat(expected).as("region %s matters", region.id()).isGreaterThan(1e-7);
            assertThat(gain(base, region.id())).as("region %s", region.id()).isCloseTo(expected, within(1e-12));
        }
    }

    private static double shown(double gain) {
        return gain > ImportanceRanking.NEGLIGIBLE ? gain : 0;
    }

    private static double overall(Topology t) {
        return AvailabilityEngine.evaluate(t, FailoverTimings.uniform(0)).overall().value();
    }

    /** The ranking's gain for the element, 0 when it is left out as negligible. */
    private static double gain(AvailabilityReport report, String id) {
        return report.importance().stream().filter(e -> e.elementId().equals(id)).mapToDouble(
                ImportanceEntry::availabilityGain).findFirst().orElse(0);
    }
}
