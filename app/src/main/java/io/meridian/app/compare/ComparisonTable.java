package io.meridian.app.compare;

import io.meridian.cost.VariantCost;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The side-by-side comparison as text, free of controls: one column per variant (baseline first), one row per
 * measure, with the best value of each numeric row marked. The money rows price every variant's downtime at the
 * baseline's cost per hour, as the recommendation does, so the table and the recommendation never disagree.
 */
public final class ComparisonTable {
    /** One variant's column. */
    public record Column(String id, String name, String verdictStyle, boolean recommended) {
    }

    /**
     * One measure across the variants.
     *
     * @param numbers the values as numbers (same order); empty for a text row
     * @param best    index of the column with the best value; −1 when there is none to prefer (text rows, ties)
     */
    public record Row(String measure, List<String> values, List<Double> numbers, int best, String help) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final String recommendation;

    public ComparisonTable(DesignEvaluation d) {
        List<Evaluation> es = d.variants();
        List<VariantCost> costs = es.stream().map(e -> d.comparison().variant(e.variantId()).orElseThrow()).toList();
        for (Evaluation e : es) {
            columns.add(new Column(e.variantId(), e.variantId().equals(Design.BASELINE_ID)
                    ? "Baseline: " + e.variantName() : e.variantName(),
                    io.meridian.app.results.VerdictStyle.of(e.verdict()),
                    e.variantId().equals(d.recommendedId())));
        }
        rows.add(text("Verdict", es, ComparisonTable::verdict,
                "Objectives of the variant, all of which must pass, and its error findings: a variant with an error "
                        + "finding is never shown as a plain pass"));
        rows.add(number("Availability", costs, VariantCost::availability, true,
                v -> io.meridian.model.Quantities.availability(v.availability()),
                "With failover time charged (what the downtime cost uses)"));
        rows.add(number("Nines", costs, v -> v.nines() == null ? Double.POSITIVE_INFINITY : v.nines().value(), true,
                v -> v.nines() == null ? "∞" : io.meridian.model.Quantities.nines(v.nines().value()),
                "−log10(1 − availability)"));
        rows.add(number("Downtime / year", costs, v -> v.downtimeHoursPerYear().value(), false,
                v -> hours(v.downtimeHoursPerYear().value()), "(1 − availability) × 8,766 h"));
        rows.add(number("RTO", es, e -> rto(e), false, e -> seconds(rto(e)),
                "Detection + routing switch + promotion + reconnect, worst single-region failure"));
        rows.add(number("Monthly cost", costs, v -> v.monthlyCost().value(), false,
                v -> usd(v.monthlyCost().value()), "The monthly bill (730 h)"));
        rows.add(number("Downtime cost / year", costs, v -> v.downtimeCostPerYear().value(), false,
                v -> usd(v.downtimeCostPerYear().value()), String.format(Locale.ROOT,
                        "Downtime hours × the baseline's $%,.0f per hour", d.comparison().downtimeCostPerHour())));
        rows.add(number("Total annual cost", costs, v -> v.totalAnnualCost().value(), false,
                v -> usd(v.totalAnnualCost().value()), "12 × monthly + downtime cost per year"));
        List<String> versus = new ArrayList<>();
        for (Evaluation e : es) {
            versus.add(d.comparison().versus(e.variantId()).map(v -> v.verdict()).orElse("—"));
        }
        rows.add(new Row("Against the baseline", versus, List.of(), -1, "Cost per extra nine and break-even downtime cost"));
        recommendation = d.recommendation();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public Row row(String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + measure));
    }

    public String recommendation() {
        return recommendation;
    }

    private static double rto(Evaluation e) {
        return e.recovery().rto().rto().value();
    }

    private static String verdict(Evaluation e) {
        var v = e.verdict();
        String errors = v.errors() == 0 ? "" : v.errors() + (v.errors() == 1 ? " error finding" : " error findings");
        return switch (v.state()) {
            case PASS -> "✔ meets " + objectives(v.total());
            case PASS_WITH_ERRORS -> "⚠ meets " + objectives(v.total()) + ", but " + errors;
            case NO_OBJECTIVES -> "– no objectives" + (errors.isEmpty() ? "" : "; " + errors);
            case FAIL -> "✖ " + v.summary().replaceFirst("^FAIL:\\s*", "");
        };
    }

    private static String objectives(int n) {
        return n == 0 ? "(no objectives)" : n == 1 ? "its objective" : "all " + n + " objectives";
    }

    private static <T> Row text(String measure, List<T> items, Function<T, String> show, String help) {
        return new Row(measure, items.stream().map(show).toList(), List.of(), -1, help);
    }

    private static <T> Row number(String measure, List<T> items, ToDoubleFunction<T> value, boolean higherIsBetter,
                                  Function<T, String> show, String help) {
        int best = -1;
        boolean tie = false;
        for (int i = 0; i < items.size(); i++) {
            double v = value.applyAsDouble(items.get(i));
            if (Double.isNaN(v)) {
                continue;
            }
            if (best < 0) {
                best = i;
                continue;
            }
            double b = value.applyAsDouble(items.get(best));
            // Equal as shown is a tie: a difference in the tenth decimal is not a reason to prefer a variant.
            if (v == b || show.apply(items.get(i)).equals(show.apply(items.get(best)))) {
                tie = true;
            } else if (higherIsBetter ? v > b : v < b) {
                best = i;
                tie = false;
            }
        }
        // No mark when there is a single variant, or the best value is shared.
        List<Double> numbers = items.stream().map(i -> value.applyAsDouble(i)).toList();
        return new Row(measure, items.stream().map(show).toList(), numbers, items.size() < 2 || tie ? -1 : best,
                help);
    }

    static String usd(double v) {
        return io.meridian.model.Quantities.usd(v);
    }

    static String hours(double h) {
        return io.meridian.model.Quantities.duration(h * 3600);
    }

    static String seconds(double s) {
        if (Double.isInfinite(s) || Double.isNaN(s)) {
            return "no failover";
        }
        return io.meridian.model.Quantities.duration(s);
    }
}
