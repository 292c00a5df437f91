package io.meridian.cli;

import io.meridian.consistency.ConsistencyReport;
import io.meridian.consistency.DatasetConsistency;
import io.meridian.cost.CategoryCost;
import io.meridian.cost.CostReport;
import io.meridian.cost.VariantCost;
import io.meridian.cost.VersusBaseline;
import io.meridian.evaluation.DesignEvaluation;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.model.Quantities;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints cost, consistency, findings, objectives, the verdict and the comparison of alternatives. */
final class DecisionText {
    private final PrintWriter out;

    DecisionText(PrintWriter out) {
        this.out = out;
    }

    void verdict(Evaluation e) {
        out.println("VERDICT: " + e.verdict().summary());
        out.println();
    }

    void objectives(Evaluation e) {
        if (e.objectives().isEmpty()) {
            return;
        }
        out.println("Objectives");
        TextTable t = new TextTable("objective", "target", "actual", "result", "detail");
        for (ObjectiveResult o : e.objectives()) {
            t.row(o.objective(), value(o.objective(), o.target(), o.unit()),
                    value(o.objective(), o.actual().value(), o.unit()), o.pass() ? "pass" : "FAIL", o.detail());
        }
        t.print(out);
        out.println();
    }

    void cost(CostReport c) {
        out.println("Cost per month, USD (prices: " + c.prices() + ")");
        TextTable t = new TextTable("category", "monthly");
        for (CategoryCost cat : c.byCategory()) {
            t.row(cat.category().name().toLowerCase(Locale.ROOT).replace('_', ' '), usd(cat.monthly().value()));
        }
        t.row("total", usd(c.monthly().value()));
        t.print(out);
        out.printf(Locale.ROOT, "  per year %s + expected downtime %s (%s at %s/h) = %s total%n",
                usd(c.annual().value()), usd(c.downtimeCostPerYear().value()),
                Quantities.downtimePerYear(c.downtimeHoursPerYear().value() * 60), usd(c.downtimeCostPerHour()),
                usd(c.totalAnnualCost().value()));
        c.notes().forEach(n -> out.println("note: " + n));
        out.println();
    }

    void consistency(ConsistencyReport c) {
        if (c.datasets().isEmpty()) {
            return;
        }
        out.println("Consistency under partitions");
        TextTable t = new TextTable("dataset", "strategy", "PACELC", "partition", "double-spend", "split-brain",
                "converges");
        for (DatasetConsistency d : c.datasets()) {
            t.row(d.datasetId(), d.strategy().id(), d.pacelc(),
                    d.partition().name().toLowerCase(Locale.ROOT).replace('_', '-'), d.doubleSpendRisk() ? "RISK" : "no",
                    d.splitBrainRisk() ? "RISK" : "no",
                    d.convergenceSeconds() == null ? "—" : ResilienceText.sec(d.convergenceSeconds()));
        }
        t.print(out);
        out.println();
    }

    void findings(Evaluation e) {
        out.println("Findings: " + (e.findings().isEmpty() ? "none" : e.findings().size()));
        for (Finding f : e.findings()) {
            out.printf("  [%s] %s  %s%n", f.severity(), f.code(), f.title());
            out.println("      why: " + f.explanation());
            out.println("      fix: " + f.fix());
        }
        out.println();
    }

    void comparison(DesignEvaluation d) {
        out.println("== Alternatives side by side");
        out.println();
        TextTable t = new TextTable("variant", "availability", "nines", "monthly", "downtime/yr", "total/yr",
                "verdict");
        for (VariantCost v : d.comparison().variants()) {
            Evaluation e = d.variant(v.id()).orElseThrow();
            t.row(v.name(), ResilienceText.percent(v.availability()),
                    v.nines() == null ? "∞" : Quantities.nines(v.nines().value()), usd(e.cost().monthly().value()),
                    usd(v.downtimeCostPerYear().value()), usd(v.totalAnnualCost().value()),
                    shortVerdict(e.verdict()));
        }
        t.print(out);
        for (VersusBaseline v : d.comparison().versusBaseline()) {
            out.println("  " + v.name() + ": " + v.verdict());
        }
        out.println();
        out.println("RECOMMENDATION: " + d.recommendation());
    }

    /** The comparison's verdict column: objectives and error findings, never "pass" beside an error. */
    static String shortVerdict(io.meridian.evaluation.Verdict v) {
        String errors = v.errors() == 0 ? "" : v.errors() + (v.errors() == 1 ? " error" : " errors");
        return switch (v.state()) {
            case PASS -> "pass";
            case PASS_WITH_ERRORS -> "objectives pass, " + errors;
            case FAIL -> "FAIL (" + v.failed() + ")" + (errors.isEmpty() ? "" : ", " + errors);
            case NO_OBJECTIVES -> "no objectives" + (errors.isEmpty() ? "" : ", " + errors);
        };
    }

    private static String value(String objective, double v, String unit) {
        if (Double.isInfinite(v)) {
            return "unbounded";
        }
        if (objective.equals("availability")) {
            return ResilienceText.percent(v);
        }
        if (unit.equals("USD")) {
            return usd(v);
        }
        return switch (unit) {
            case "s" -> Quantities.duration(v);
            case "ms" -> Quantities.latencyMs(v);
            default -> Quantities.number(v) + " " + unit;
        };
    }

    static String usd(double v) {
        return Quantities.usd(v);
    }
}
