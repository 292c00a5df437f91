package io.meridian.cost;

import static io.meridian.cost.CostDesigns.region;
import static io.meridian.cost.CostDesigns.service;
import static io.meridian.cost.CostDesigns.topology;
import static io.meridian.cost.CostDesigns.withDowntimeCost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.meridian.model.Figure;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;
import io.meridian.model.Topology;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The seed's trade-off: one region at 99.95% with 75 m5.large against two regions of 50 each, statically available
 * at 1 − 0.0005² = 0.99999975, with downtime at $1M/h.
 */
class CostComparisonTest {
    private static final double ONE_REGION = 0.9995;
    private static final double TWO_REGIONS = 1 - 0.0005 * 0.0005; // 0.99999975
    private static final double MILLION = 1_000_000;
    private static final Offset<Double> CENT = within(0.005);
    private static final Offset<Double> TINY = within(1e-6);

    /** instances × m5.large at $0.096/h, downtime at {@code perHour}, availability {@code a}. */
    private static CostVariant variant(String id, int instances, double a, double perHour) {
        Topology t = withDowntimeCost(topology(List.of(region("r", Provider.AWS)),
                List.of(service("api", "API", "r", instances, 0.096)), List.of(), List.of()), perHour);
        return new CostVariant(id, id, CostEngine.evaluate(t, a));
    }

    @Test
    void theVerdictNamesVariantsByTheirNamesNotTheirIds() {
        CostVariant one = variant("one", 75, ONE_REGION, MILLION);
        CostVariant two = variant("two", 100, TWO_REGIONS, MILLION);
        CostComparison c = CostComparison.compare(List.of(new CostVariant("one", "One region", one.cost()),
                new CostVariant("n-plus-one", "Two regions, N+1", two.cost())));
        assertThat(c.versusBaseline().get(0).verdict()).startsWith("'Two regions, N+1' costs $")
                .contains("more than 'One region'").doesNotContain("n-plus-one");
    }

    @Test
    void twoRegionsAgainstOneCostPerExtraNineAndBreakEven() {
        // one region: 75 × 0.096 × 730 = 5,256/month = 63,072/year
        // two regions: 100 × 0.096 × 730 = 7,008/month = 84,096/year; delta 21,024/year
        CostComparison c = CostComparison.compare(List.of(variant("one", 75, ONE_REGION, MILLION),
                variant("two", 100, TWO_REGIONS, MILLION)));

        VersusBaseline two = c.versus("two").orElseThrow();
        assertThat(two.annualCostDelta().value()).isCloseTo(21_024, CENT);
        // nines: −log10(0.0005) = 3.30103, −log10(2.5e-7) = 6.60206 (squaring the unavailability doubles them)
        assertThat(c.variant("one").orElseThrow().nines().value()).isCloseTo(3.3010300, TINY);
        assertThat(c.variant("two").orElseThrow().nines().value()).isCloseTo(6.6020600, TINY);
        assertThat(two.ninesDelta().value()).isCloseTo(3.3010300, TINY);
        // 21,024 / 3.30103 = $6,368.92 a year per extra nine
        assertThat(two.costPerExtraNine().value()).isCloseTo(6368.92, CENT);
        // hours avoided: (0.99999975 − 0.9995) × 8,766 = 0.00049975 × 8,766 = 4.3808085 h a year
        assertThat(two.downtimeHoursAvoided().value()).isCloseTo(4.3808085, TINY);
        // break-even: 21,024 / 4.3808085 = $4,799.11 per hour of downtime
        assertThat(two.breakEvenDowntimeCostPerHour().value()).isCloseTo(4799.11, CENT);
        assertThat(two.verdict()).isEqualTo("'two' costs $21,024/year more than 'one' for higher availability; "
                + "it pays off when downtime costs more than $4,799/h.");
        // at $1M/h: one 63,072 + 0.0005 × 8,766 × 1e6 = 63,072 + 4,383,000 = 4,446,072;
        // two 84,096 + 2.5e-7 × 8,766 × 1e6 = 84,096 + 2,191.50 = 86,287.50
        assertThat(c.variant("one").orElseThrow().totalAnnualCost().value()).isCloseTo(4_446_072, CENT);
        assertThat(c.variant("two").orElseThrow().totalAnnualCost().value()).isCloseTo(86_287.5, CENT);
        assertThat(c.cheapestId()).isEqualTo("two");
        assertThat(c.baselineId()).isEqualTo("one");
        assertThat(c.versus("one")).isEmpty();
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void theSeedsTwoMillionDollarsAYearPaysOffAboveAboutFourHundredFiftySixThousandDollarsAnHour() {
        // seed: "Worth $2M/year infrastructure cost" at $1M/h. Break-even: 2,000,000 / 4.3808085 = $456,536.73/h,
        // well under $1M/h, so the second region pays.
        CostVariant one = new CostVariant("one", "One region", report(0, ONE_REGION, MILLION));
        CostVariant two = new CostVariant("two", "Two regions", report(2_000_000 / 12.0, TWO_REGIONS, MILLION));

        VersusBaseline v = CostComparison.compare(List.of(one, two)).versusBaseline().get(0);

        assertThat(v.breakEvenDowntimeCostPerHour().value()).isCloseTo(456_536.73, CENT);
        assertThat(v.breakEvenDowntimeCostPerHour().value()).isLessThan(MILLION);
        assertThat(v.name()).isEqualTo("Two regions");
    }

    @Test
    void aCheaperLessAvailableAlternativePaysOnlyBelowTheBreakEven() {
        CostComparison c = CostComparison.compare(List.of(variant("two", 100, TWO_REGIONS, MILLION),
                variant("one", 75, ONE_REGION, MILLION)));

        VersusBaseline one = c.versusBaseline().get(0);
        // −21,024 / (−0.00049975 × 8,766) = the same $4,799.11/h
        assertThat(one.annualCostDelta().value()).isCloseTo(-21_024, CENT);
        assertThat(one.downtimeHoursAvoided().value()).isCloseTo(-4.3808085, TINY);
        assertThat(one.breakEvenDowntimeCostPerHour().value()).isCloseTo(4799.11, CENT);
        assertThat(one.costPerExtraNine().value()).isCloseTo(6368.92, CENT); // −21,024 / −3.30103
        assertThat(one.verdict()).isEqualTo("'one' saves $21,024/year against 'two' but is less available; it pays "
                + "off only while downtime costs less than $4,799/h.");
        assertThat(c.cheapestId()).isEqualTo("two");
    }

    @Test
    void sameAvailabilityHasNoBreakEvenAndNoCostPerNine() {
        CostComparison c = CostComparison.compare(List.of(variant("a", 100, TWO_REGIONS, MILLION),
                variant("b", 75, TWO_REGIONS, MILLION)));

        VersusBaseline b = c.versusBaseline().get(0);
        assertThat(b.breakEvenDowntimeCostPerHour()).isNull();
        assertThat(b.costPerExtraNine()).isNull();
        assertThat(b.ninesDelta().value()).isCloseTo(0, TINY);
        assertThat(b.verdict()).isEqualTo("Same availability, so no break-even: 'b' costs $21,024/year less at any "
                + "downtime cost.");
        assertThat(c.cheapestId()).isEqualTo("b");
    }

    @Test
    void moreAvailableAndNoDearerIsBetterAtAnyDowntimeCost() {
        CostComparison c = CostComparison.compare(List.of(variant("a", 100, ONE_REGION, MILLION),
                variant("b", 75, TWO_REGIONS, MILLION)));

        VersusBaseline b = c.versusBaseline().get(0);
        assertThat(b.breakEvenDowntimeCostPerHour()).isNull();
        // −21,024 / 3.30103 = −6,368.92: extra nines that save money
        assertThat(b.costPerExtraNine().value()).isCloseTo(-6368.92, CENT);
        assertThat(b.verdict()).isEqualTo("'b' is more available and costs no more than 'a': better at any "
                + "downtime cost.");
    }

    @Test
    void perfectAvailabilityHasNoNinesButStillABreakEven() {
        CostComparison c = CostComparison.compare(List.of(variant("one", 75, ONE_REGION, MILLION),
                variant("perfect", 100, 1.0, MILLION)));

        VersusBaseline p = c.versusBaseline().get(0);
        assertThat(c.variants().get(1).nines()).isNull();
        assertThat(p.ninesDelta()).isNull();
        assertThat(p.costPerExtraNine()).isNull();
        // 21,024 / (0.0005 × 8,766) = 21,024 / 4.383 = $4,796.71/h
        assertThat(p.breakEvenDowntimeCostPerHour().value()).isCloseTo(4796.71, CENT);
    }

    @Test
    void everyVariantIsPricedAtTheBaselinesDowntimeCostWithANote() {
        CostComparison c = CostComparison.compare(List.of(variant("one", 75, ONE_REGION, MILLION),
                variant("two", 100, TWO_REGIONS, 5_000)));

        // two at the baseline's $1M/h: 2.5e-7 × 8,766 × 1e6 = 2,191.50 (not 2.5e-7 × 8,766 × 5,000 = 10.96)
        assertThat(c.downtimeCostPerHour()).isEqualTo(MILLION);
        assertThat(c.variants().get(1).downtimeCostPerYear().value()).isCloseTo(2191.5, CENT);
        assertThat(c.notes()).containsExactly("'two' states a downtime cost of $5000.0/h; the comparison uses the "
                + "baseline's $1000000.0/h for every alternative.");
    }

    @Test
    void theSummaryRowCarriesTheBillAndTheDowntime() {
        VariantCost one = CostComparison.compare(List.of(variant("one", 75, ONE_REGION, MILLION))).variants().get(0);

        assertThat(one.monthlyCost().value()).isCloseTo(5256, CENT);
        assertThat(one.monthly(CostCategory.COMPUTE)).isCloseTo(5256, CENT);
        assertThat(one.monthly(CostCategory.TRANSFER)).isZero();
        assertThat(one.annualCost().value()).isCloseTo(63_072, CENT);
        assertThat(one.downtimeHoursPerYear().value()).isCloseTo(4.383, TINY); // 0.0005 × 8,766
        assertThat(one.downtimeCostPerYear().value()).isCloseTo(4_383_000, CENT);
        assertThat(one.name()).isEqualTo("one");
    }

    @Test
    void aTieGoesToTheEarlierVariant() {
        CostComparison c = CostComparison.compare(List.of(variant("a", 75, ONE_REGION, MILLION),
                variant("b", 75, ONE_REGION, MILLION)));

        assertThat(c.cheapestId()).isEqualTo("a");
        assertThat(c.versusBaseline().get(0).verdict()).isEqualTo("'b' has the same availability and annual cost "
                + "as 'a'.");
    }

    @Test
    void nothingOrDuplicatesToCompareIsOneClearError() {
        assertThatThrownBy(() -> CostComparison.compare(List.of())).isInstanceOf(ModelException.class)
                .hasMessage("variants: nothing to compare: give at least the baseline");
        assertThatThrownBy(() -> CostComparison.compare(List.of(variant("a", 1, ONE_REGION, 0),
                variant("a", 2, ONE_REGION, 0)))).isInstanceOf(ModelException.class)
                .hasMessage("variants: duplicate id 'a'");
    }

    /** A report with just a monthly bill, an availability and a downtime cost, for figures no fleet gives. */
    private static CostReport report(double monthly, double a, double perHour) {
        Figure m = Figure.of("monthly cost", monthly, "USD/month", "");
        Figure annual = Figure.of("annual cost", monthly * 12, "USD/year", "12 × monthly cost");
        Figure downtime = CostEngine.downtimeCostPerYear(a, perHour);
        return new CostReport("test", List.of(), List.of(), List.of(), List.of(), m, annual, a, perHour,
                CostEngine.downtimeHoursPerYear(a), downtime,
                Figure.of("total annual cost", monthly * 12 + downtime.value(), "USD/year", ""), List.of());
    }
}
