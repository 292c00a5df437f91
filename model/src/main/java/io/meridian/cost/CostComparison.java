package io.meridian.cost;

import io.meridian.model.Checks;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import io.meridian.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Alternatives side by side: what each extra nine costs against the baseline, the downtime cost per hour at which an
 * alternative pays off, and which one is cheapest in total at the design's downtime cost. Downtime is priced at the
 * baseline's downtime cost per hour for every alternative, so they are compared on one business assumption.
 *
 * @param baselineId          the first variant, which every other is compared with
 * @param downtimeCostPerHour the baseline's downtime cost per hour, used for every alternative
 * @param cheapestId          the variant with the lowest total annual cost (the earlier one on a tie)
 */
public record CostComparison(String baselineId, double downtimeCostPerHour, List<VariantCost> variants,
                             List<VersusBaseline> versusBaseline, String cheapestId, List<String> notes) {
    /** Availabilities this close are the same: engines may differ in the last bits for equal designs. */
    static final double SAME_AVAILABILITY = 1e-12;
    /** Annual costs this close (USD) are the same. */
    static final double SAME_COST = 1e-6;

    public CostComparison {
        Checks.id(baselineId, "baselineId");
        Checks.nonNegative(downtimeCostPerHour, "downtimeCostPerHour");
        variants = List.copyOf(variants);
        versusBaseline = List.copyOf(versusBaseline);
        Checks.id(cheapestId, "cheapestId");
        notes = List.copyOf(notes);
    }

    /**
     * @param variants the baseline first, then the alternatives (the order of {@code Design.variants()})
     * @throws ModelException when the list is empty or two variants share an id
     */
    public static CostComparison compare(List<CostVariant> variants) {
        if (variants == null || variants.isEmpty()) {
            throw new ModelException("variants", "nothing to compare: give at least the baseline");
        }
        Checks.unique(variants.stream().map(CostVariant::id).toList(), "variants");
        CostVariant baseline = variants.get(0);
        double perHour = baseline.cost().downtimeCostPerHour();
        List<String> notes = new ArrayList<>();
        List<VariantCost> costs = new ArrayList<>();
        for (CostVariant v : variants) {
            costs.add(variantCost(v, perHour));
            if (v.cost().downtimeCostPerHour() != perHour) {
                notes.add(String.format(Locale.ROOT, "'%s' states a downtime cost of $%s/h; the comparison uses the "
                        + "baseline's $%s/h for every alternative.", v.id(), v.cost().downtimeCostPerHour(), perHour));
            }
        }
        List<VersusBaseline> pairs = new ArrayList<>();
        for (int i = 1; i < costs.size(); i++) {
            pairs.add(versus(costs.get(0), costs.get(i)));
        }
        return new CostComparison(baseline.id(), perHour, costs, pairs, cheapest(costs), notes);
    }

    /** One variant's summary row. */
    public Optional<VariantCost> variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** An alternative against the baseline; empty for the baseline itself and unknown ids. */
    public Optional<VersusBaseline> versus(String id) {
        return versusBaseline.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Lowest total annual cost; totals within {@link #SAME_COST} are a tie, which the earlier variant wins. */
    private static String cheapest(List<VariantCost> costs) {
        VariantCost best = costs.get(0);
        for (VariantCost c : costs) {
            if (c.totalAnnualCost().value() < best.totalAnnualCost().value() - SAME_COST) {
                best = c;
            }
        }
        return best.id();
    }

    /** −log10(1 − A): 0.999 → 3, 0.9995 → 3.3; null for A = 1, which has no finite number of nines. */
    static Figure nines(double availability) {
        if (availability >= 1) {
            return null;
        }
        return Figure.of("nines", -Math.log10(1 - availability), "nines", "−log10(1 − A)", "A", availability);
    }

    private static VariantCost variantCost(CostVariant v, double perHour) {
        double a = v.cost().availability();
        Figure annual = v.cost().annual();
        Figure downtime = CostEngine.downtimeCostPerYear(a, perHour);
        Figure total = Figure.of("total annual cost", annual.value() + downtime.value(), "USD/year",
                "annual cost + expected downtime cost", "annual cost", annual.value(),
                "expected downtime cost", downtime.value());
        return new VariantCost(v.id(), v.name(), a, nines(a), v.cost().monthly(), v.cost().byCategory(), annual,
                CostEngine.downtimeHoursPerYear(a), downtime, total);
    }

    private static VersusBaseline versus(VariantCost base, VariantCost alt) {
        double costDelta = alt.annualCost().value() - base.annualCost().value();
        double availabilityDelta = alt.availability() - base.availability();
        Figure annualDelta = Figure.of("annual cost delta", costDelta, "USD/year", "annual cost B − annual cost A",
                "annual cost A", base.annualCost().value(), "annual cost B", alt.annualCost().value());
        Figure hoursAvoided = Figure.of("downtime hours avoided", availabilityDelta * Defaults.HOURS_PER_YEAR,
                "h/year", "(A_B − A_A) × 8766 h", "A_A", base.availability(), "A_B", alt.availability(),
                "hours per year", Defaults.HOURS_PER_YEAR);
        Figure ninesDelta = null;
        Figure perNine = null;
        if (base.nines() != null && alt.nines() != null) {
            double dn = alt.nines().value() - base.nines().value();
            ninesDelta = Figure.of("nines delta", dn, "nines", "nines B − nines A", "nines A", base.nines().value(),
                    "nines B", alt.nines().value());
            if (Math.abs(availabilityDelta) > SAME_AVAILABILITY) {
                perNine = Figure.of("cost per extra nine", costDelta / dn, "USD/year per nine",
                        "(annual cost B − annual cost A) / (nines B − nines A)", "annual cost delta", costDelta,
                        "nines delta", dn);
            }
        }
        Figure breakEven = null;
        double breakEvenValue = costDelta / (availabilityDelta * Defaults.HOURS_PER_YEAR);
        boolean tradeOff = Math.abs(availabilityDelta) > SAME_AVAILABILITY && Math.abs(costDelta) > SAME_COST
                && breakEvenValue > 0;
        if (tradeOff) {
            breakEven = Figure.of("break-even downtime cost", breakEvenValue, "USD/h",
                    "(annual cost B − annual cost A) / ((A_B − A_A) × 8766 h)", "annual cost A",
                    base.annualCost().value(), "annual cost B", alt.annualCost().value(), "A_A", base.availability(),
                    "A_B", alt.availability(), "hours per year", Defaults.HOURS_PER_YEAR);
        }
        return new VersusBaseline(alt.id(), alt.name(), annualDelta, hoursAvoided, ninesDelta, perNine, breakEven,
                verdict(base, alt, costDelta, availabilityDelta, breakEvenValue));
    }

    private static String verdict(VariantCost base, VariantCost alt, double costDelta, double availabilityDelta,
                                  double breakEven) {
        // Names, as people read them ("75 API instances in each region", not 'n-plus-one').
        String a = "'" + base.name() + "'";
        String b = "'" + alt.name() + "'";
        boolean sameCost = Math.abs(costDelta) <= SAME_COST;
        if (Math.abs(availabilityDelta) <= SAME_AVAILABILITY) {
            return sameCost ? b + " has the same availability and annual cost as " + a + "."
                    : String.format(Locale.ROOT, "Same availability, so no break-even: %s costs $%,.0f/year less "
                    + "at any downtime cost.", costDelta < 0 ? b : a, Math.abs(costDelta));
        }
        if (availabilityDelta > 0) {
            return costDelta > SAME_COST
                    ? String.format(Locale.ROOT, "%s costs $%,.0f/year more than %s for higher availability; it pays "
                    + "off when downtime costs more than $%,.0f/h.", b, costDelta, a, breakEven)
                    : b + " is more available and costs no more than " + a + ": better at any downtime cost.";
        }
        return costDelta < -SAME_COST
                ? String.format(Locale.ROOT, "%s saves $%,.0f/year against %s but is less available; it pays off "
                + "only while downtime costs less than $%,.0f/h.", b, -costDelta, a, breakEven)
                : b + " is less available and costs no less than " + a + ": worse at any downtime cost.";
    }
}
