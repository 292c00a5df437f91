package io.meridian.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.meridian.cost.PriceCatalog;
import io.meridian.model.Design;
import org.junit.jupiter.api.Test;

/**
 * On the single-region design of {@link UncertainDesigns}, availability = A_region × A_service exactly (no zones,
 * providers and common causes that never fail), and the transfer price moves nothing (one region, no data).
 */
class UncertaintyEngineTest {
    static final String REGION = "{\"low\": 0.999, \"likely\": 0.9995, \"high\": 0.9999}";
    static final String PRICE = "{\"low\": 0.01, \"likely\": 0.02, \"high\": 0.05}";
    static final UncertaintySettings SETTINGS = UncertaintySettings.DEFAULTS;

    /** The 500-sample report at target 0.9894, computed once for the tests that only read it. */
    private static UncertaintyReport passing;

    static synchronized UncertaintyReport passing() {
        if (passing == null) {
            passing = report("{\"availability\": 0.9894}", SETTINGS);
        }
        return passing;
    }

    static UncertaintyReport report(String objectives, UncertaintySettings settings) {
        Design design = UncertainDesigns.read(UncertainDesigns.singleRegion(REGION, "0.99", PRICE, objectives));
        return UncertaintyEngine.evaluate(design, Design.BASELINE_ID, settings, UncertainDesigns.NO_CATALOG,
                PriceCatalog.builtin());
    }

    @Test
    void theDominantInputLeadsTheTornadoWithTheSwingWorkedOutByHand() {
        UncertaintyReport r = passing();
        Tornado availability = r.tornado("availability").orElseThrow();
        // Point: 0.9995 × 0.99 = 0.989505.
        assertThat(availability.base()).isCloseTo(0.989505, within(1e-12));
        TornadoBar first = availability.bars().get(0);
        assertThat(first.path()).isEqualTo("$.regions[0].availability");
        assertThat(first.label()).isEqualTo("Region one · availability");
        // Low: 0.999 × 0.99 = 0.98901; high: 0.9999 × 0.99 = 0.989901; swing 0.000891.
        assertThat(first.atLow()).isCloseTo(0.98901, within(1e-12));
        assertThat(first.atHigh()).isCloseTo(0.989901, within(1e-12));
        assertThat(first.swing()).isCloseTo(0.000891, within(1e-12));
        TornadoBar second = availability.bars().get(1);
        assertThat(second.path()).isEqualTo("$.assumptions.transferPricePerGb");
        assertThat(second.swing()).isZero();

        // Total annual cost: bill 1 $/h × 8,760 h = 8,760, plus (1 − A) × 8,766 h × 1,000 $/h of downtime.
        // Swing = 0.000891 × 8,766 × 1,000 = 7,810.506.
        Tornado cost = r.tornado("total-annual-cost").orElseThrow();
        assertThat(cost.bars().get(0).path()).isEqualTo("$.regions[0].availability");
        assertThat(cost.bars().get(0).swing()).isCloseTo(7810.506, within(1e-6));
        // At the point value: 8,760 + 0.010495 × 8,766 × 1,000 = 8,760 + 91,999.17 = 100,759.17.
        assertThat(cost.base()).isCloseTo(100_759.17, within(1e-6));
    }

    @Test
    void theVarianceRankingPutsTheDominantInputFirstAndTheInertOneAtChanceLevel() {
        UncertaintyReport r = passing();
        SensitivityRanking ranking = r.ranking("availability").orElseThrow();
        assertThat(ranking.indices()).extracting(FirstOrderIndex::path)
                .containsExactly("$.regions[0].availability", "$.assumptions.transferPricePerGb");
        // The output is a function of the region's availability alone: its correlation ratio is 1 less the
        // within-class variance of ⌈√500⌉ = 23 classes (≈ 1/23² of the total for a near-linear function).
        assertThat(ranking.indices().get(0).index()).isGreaterThan(0.99);
        // The inert input scores the chance level (23 − 1)/(500 − 1) ≈ 0.044 on average; well below 0.15.
        assertThat(ranking.indices().get(1).index()).isLessThan(0.15);
    }

    @Test
    void theCrossingFoundByBisectionIsTheAnalyticOne() {
        UncertaintyReport r = passing();
        // Passes as written (0.989505 ≥ 0.9894) and fails at the low end (0.98901): it flips where
        // A_region × 0.99 = 0.9894, A_region = 0.9894 / 0.99 = 0.999393939…
        assertThat(r.flips()).singleElement().satisfies(f -> {
            assertThat(f.objective()).isEqualTo("availability");
            assertThat(f.path()).isEqualTo("$.regions[0].availability");
            assertThat(f.passesAsWritten()).isTrue();
            assertThat(f.failsAbove()).isFalse();
            // Bisection to 1e-7 of the 0.0009 width: within 1e-10.
            assertThat(f.crossing()).isCloseTo(0.9894 / 0.99, within(1e-10));
            assertThat(f.sentence()).isEqualTo("passes unless Region one · availability is below 99.9393%");
        });
    }

    @Test
    void failingAsWrittenTheSentenceSaysWhatItWouldTakeToPass() {
        // Target 0.9897: as written 0.989505 fails; at the high end 0.989901 passes; crossing 0.9897 / 0.99 =
        // 0.999696969…
        UncertaintyReport r = report("{\"availability\": 0.9897}", SETTINGS);
        assertThat(r.flips()).singleElement().satisfies(f -> {
            assertThat(f.passesAsWritten()).isFalse();
            assertThat(f.failsAbove()).isFalse();
            assertThat(f.crossing()).isCloseTo(0.9897 / 0.99, within(1e-10));
            assertThat(f.sentence()).isEqualTo("fails unless Region one · availability is above 99.9696%");
        });
    }

    @Test
    void theIntervalsAreTheTriangularQuantilesScaledByTheServiceAvailability() {
        UncertaintyReport r = passing();
        FigureInterval a = r.interval("availability").orElseThrow();
        // Tri(a = 0.999, c = 0.9995, b = 0.9999): F(c) = (c − a)/(b − a) = 0.5/0.9 = 0.556.
        // P10 = a + √(0.1 (b − a)(c − a)) = 0.999 + √(0.1 × 0.0009 × 0.0005) = 0.999 + 0.000212132 = 0.999212132
        // P50 = a + √(0.5 × 0.0009 × 0.0005) = 0.999 + 0.000474342 = 0.999474342
        // P90 = b − √(0.1 (b − a)(b − c)) = 0.9999 − √(0.1 × 0.0009 × 0.0004) = 0.9999 − 0.000189737 = 0.999710263
        // Each × 0.99. Latin-hypercube strata of 1/500 keep each sample quantile within ~2e-6 of the true one.
        assertThat(a.p10()).isCloseTo(0.999212132 * 0.99, within(4e-6));
        assertThat(a.p50()).isCloseTo(0.999474342 * 0.99, within(4e-6));
        assertThat(a.p90()).isCloseTo(0.999710263 * 0.99, within(4e-6));
        // Mean (a + b + c)/3 = 0.9994667 × 0.99 = 0.98947200.
        assertThat(a.mean()).isCloseTo(0.99946667 * 0.99, within(2e-6));
        assertThat(a.point()).isCloseTo(0.989505, within(1e-12));
        // The population is the whole design: the same figure.
        assertThat(r.interval("availability:users").orElseThrow().p50()).isEqualTo(a.p50());
        // The bill does not move: 1 $/h × 730 h.
        FigureInterval bill = r.interval("monthly-bill").orElseThrow();
        assertThat(bill.p10()).isEqualTo(730.0);
        assertThat(bill.p90()).isEqualTo(730.0);
        assertThat(r.evaluated()).isEqualTo(500);
        assertThat(r.rejected()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameReportOnOneThreadOrTwo() {
        UncertaintySettings small = SETTINGS.withSamples(60);
        UncertaintyReport one = report("{\"availability\": 0.9894}", small.withThreads(1));
        UncertaintyReport two = report("{\"availability\": 0.9894}", small.withThreads(2));
        assertThat(two.intervals()).isEqualTo(one.intervals());
        assertThat(two.rankings()).isEqualTo(one.rankings());
        assertThat(two.tornadoes()).isEqualTo(one.tornadoes());
        assertThat(two.flips()).isEqualTo(one.flips());
        UncertaintyReport otherSeed = report("{\"availability\": 0.9894}", small.withSeed(7));
        assertThat(otherSeed.intervals().get(0).p50()).isNotEqualTo(one.intervals().get(0).p50());
    }

    @Test
    void aDesignWithoutRangesReportsItsPointValues() {
        Design design = UncertainDesigns.read(UncertainDesigns.singleRegion("0.9995", "0.99", "0.02",
                "{\"availability\": 0.9894}"));
        UncertaintyReport r = UncertaintyEngine.evaluate(design, Design.BASELINE_ID, SETTINGS,
                UncertainDesigns.NO_CATALOG, PriceCatalog.builtin());
        FigureInterval a = r.interval("availability").orElseThrow();
        assertThat(a.p10()).isEqualTo(a.p90()).isCloseTo(0.989505, within(1e-12));
        assertThat(r.tornadoes()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("no uncertain inputs");
    }
}
