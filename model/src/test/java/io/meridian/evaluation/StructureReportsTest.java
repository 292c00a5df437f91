package io.meridian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.cost.PriceCatalog;
import io.meridian.model.Component;
import io.meridian.model.ComponentSpec;
import io.meridian.model.Link;
import io.meridian.model.ReplicationMode;
import io.meridian.model.Topology;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The design search evaluates every sizing of a structure with the structure's latency, recovery and consistency
 * reports worked out once ({@link Evaluator.StructureReports}). The oracle is the plain evaluation: for sizings far
 * apart — tiers cut below what the load needs (overload, cascades, findings), doubled, repriced, with other capacities
 * per instance — the whole evaluation, serialised, is the same character for character.
 */
class StructureReportsTest {
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private String plain(Topology t) throws Exception {
        return json.writeValueAsString(Evaluator.figures(t, "v", "V", PriceCatalog.builtin()));
    }

    private String reusing(Topology t, Evaluator.StructureReports structure) throws Exception {
        return json.writeValueAsString(Evaluator.figures(t, "v", "V", PriceCatalog.builtin(), structure));
    }

    /** Every service tier with its own instance count, price and capacity per instance, drawn from the seed. */
    private static Topology resized(Topology t, long seed) {
        Random random = new Random(seed);
        for (Component c : t.components()) {
            if (c.spec() instanceof ComponentSpec.Service s) {
                int instances = Math.max(1, (int) Math.round(c.instances() * (0.2 + 2 * random.nextDouble())));
                ComponentSpec.Service spec = new ComponentSpec.Service(s.capacityPerInstanceRps()
                        * (0.5 + random.nextDouble()), s.targetUtilization(), s.overload(), s.maxInstances(),
                        s.warmupMinutes());
                t = t.withComponent(c.withInstances(instances).withHourlyPrice(c.hourlyPrice()
                        * (0.5 + random.nextDouble())).withSpec(spec));
            }
        }
        return t;
    }

    @Test
    void everySizingOfTheThreeRegionDesignEvaluatesAsIfOnItsOwn() throws Exception {
        Topology drawn = BenchmarkDesigns.threeRegions();
        Evaluator.StructureReports structure = Evaluator.structure(drawn);
        int overloaded = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Topology t = resized(drawn, seed);
            Evaluation alone = Evaluator.figures(t, "v", "V", PriceCatalog.builtin());
            overloaded += alone.findings().isEmpty() ? 0 : 1;
            String whole = plain(t);
            // Every report is in it, with its figures (not empty objects).
            assertThat(whole).contains("\"latency\"", "\"recovery\"", "\"consistency\"", "\"formula\"")
                    .hasSizeGreaterThan(50_000);
            assertThat(reusing(t, structure)).as("seed %d", seed).isEqualTo(whole);
        }
        // The sizings reach the findings' territory, not only comfortable ones.
        assertThat(overloaded).isPositive();
    }

    @Test
    void aSixRegionDesignWithPopulationsAndDatasetsToo() throws Exception {
        Topology drawn = BenchmarkDesigns.large(6, 5, 7);
        Evaluator.StructureReports structure = Evaluator.structure(resized(drawn, 99));
        for (long seed = 1; seed <= 4; seed++) {
            Topology t = resized(drawn, seed);
            assertThat(reusing(t, structure)).as("seed %d", seed).isEqualTo(plain(t));
        }
    }

    /**
     * As the design search does: one structure's reports for many sizings that differ in one region's tiers, so the
     * other regions' capacity blocks, the structure's failure domains and the compiled sums are worked out by the
     * first sizing and found again by the next ones. The regions are sized far apart (some overload when another
     * fails), so the blocks carry partial shares. Six regions are walked state by state; twelve are summed out by
     * elimination (each population's writes couple all twelve).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {6, 12})
    void sizingsThatChangeOneRegionShareWhatTheOthersWorkedOutAndEvaluateAsIfOnTheirOwn(int regions)
            throws Exception {
        Topology drawn = resized(BenchmarkDesigns.large(regions, 5, 7), 99);
        Evaluator.StructureReports structure = Evaluator.structure(drawn);
        Random random = new Random(5);
        int differentAvailability = 0;
        double first = Double.NaN;
        for (int k = 0; k < 8; k++) {
            Topology t = drawn;
            for (Component c : drawn.components()) {
                if (c.regionId().equals("r0") && c.spec() instanceof ComponentSpec.Service) {
                    t = t.withComponent(c.withInstances(1 + random.nextInt(2 * c.instances() + 1)));
                }
            }
            String alone = plain(t);
            assertThat(reusing(t, structure)).as("sizing %d", k).isEqualTo(alone);
            double a = Evaluator.figures(t, "v", "V", PriceCatalog.builtin()).availability().overallWithFailover()
                    .value();
            first = k == 0 ? a : first;
            differentAvailability += a != first ? 1 : 0;
        }
        // The sizings differ where it shows: not eight evaluations of one availability.
        assertThat(differentAvailability).isPositive();
    }

    /**
     * The same with the sizings taking turns between the first region and the last one, so that what one sizing
     * worked out meets another that differs in another region: a key that left out any region's part (its capacity
     * blocks, its table in an elimination, the failure events in it) would hand one sizing's figures to the other.
     */
    @Test
    void sizingsThatTakeTurnsBetweenTwoRegionsEvaluateAsIfOnTheirOwn() throws Exception {
        Topology drawn = resized(BenchmarkDesigns.large(12, 5, 7), 99);
        Evaluator.StructureReports structure = Evaluator.structure(drawn);
        Random random = new Random(11);
        java.util.Set<Double> availabilities = new java.util.HashSet<>();
        for (int k = 0; k < 10; k++) {
            String region = k % 2 == 0 ? "r0" : "r11";
            Topology t = drawn;
            for (Component c : drawn.components()) {
                if (c.regionId().equals(region) && c.spec() instanceof ComponentSpec.Service) {
                    t = t.withComponent(c.withInstances(1 + random.nextInt(2 * c.instances() + 1)));
                }
            }
            String alone = plain(t);
            assertThat(reusing(t, structure)).as("sizing %d (%s)", k, region).isEqualTo(alone);
            availabilities.add(Evaluator.figures(t, "v", "V", PriceCatalog.builtin()).availability()
                    .overallWithFailover().value());
        }
        assertThat(availabilities).hasSizeGreaterThan(3);
    }

    @Test
    void aStructuralChangeIsNotASizingAndShows() throws Exception {
        // The negative control: the reports of a design whose replication is synchronous are not the asynchronous
        // design's, and the comparison above would see it.
        Topology drawn = BenchmarkDesigns.threeRegions();
        Link rep = drawn.links().stream().filter(l -> l.id().equals("rep-usw2")).findFirst().orElseThrow();
        Topology sync = drawn.withLink(new Link(rep.id(), rep.kind(), rep.from(), rep.to(), rep.hard(),
                ReplicationMode.SYNC, rep.lagMs(), rep.via(), rep.rttMs(), rep.ackTimeoutMs(), rep.lagP50Ms(),
                rep.lagP99Ms()));
        assertThat(reusing(drawn, Evaluator.structure(sync))).isNotEqualTo(plain(drawn));
    }
}
