package io.meridian.exports;

import io.meridian.cost.CostComparison;
import io.meridian.cost.VariantCost;
import io.meridian.cost.VersusBaseline;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.evaluation.Severity;
import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.exports.ReportTable.Tone;
import io.meridian.model.Assumptions;
import io.meridian.model.Defaults;
import io.meridian.model.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The verdict-level tables: objectives, findings, alternatives side by side and the assumptions with sources. */
final class Tables {
    private Tables() {
    }

    static ReportTable objectives(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ObjectiveResult o : e.objectives()) {
            Kind kind = kindOf(o);
            rows.add(List.of(Cell.of(o.objective()), Cell.of(o.target(), kind), Cell.of(o.actual().value(), kind),
                    Cell.of(o.pass() ? "PASS" : "FAIL", o.pass() ? Tone.GOOD : Tone.BAD), Cell.of(o.detail())));
        }
        return new ReportTable("Objectives", List.of(Column.text("Objective"), new Column("Target", Kind.NUMBER),
                new Column("Actual", Kind.NUMBER), Column.text("Result"), Column.text("Detail")), rows,
                rows.isEmpty() ? "The design states no objectives, so nothing is checked." : "");
    }

    /** How an objective's figures read: availability as a percentage, the rest in their unit. */
    static Kind kindOf(ObjectiveResult o) {
        String unit = o.unit().toLowerCase(Locale.ROOT);
        if (o.objective().startsWith("availability")) {
            return Kind.AVAILABILITY;
        }
        if (unit.equals("ms")) {
            return Kind.MS;
        }
        if (unit.equals("s")) {
            return Kind.SECONDS;
        }
        if (unit.startsWith("usd")) {
            return Kind.USD;
        }
        return Kind.NUMBER;
    }

    static ReportTable findings(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Finding f : e.findings()) {
            rows.add(List.of(Cell.of(f.severity().name(), tone(f.severity())), Cell.of(f.code().name()),
                    Cell.of(f.title()), Cell.of(f.explanation()), Cell.of(f.fix()),
                    Cell.of(String.join(", ", f.elementIds()))));
        }
        return new ReportTable("Findings", List.of(Column.text("Severity"), Column.text("Code"), Column.text("Finding"),
                Column.text("Why it matters"), Column.text("Fix"), Column.text("Elements")), rows,
                rows.isEmpty() ? "No design rule fired." : "");
    }

    static Tone tone(Severity s) {
        return switch (s) {
            case ERROR -> Tone.BAD;
            case WARNING -> Tone.WARN;
            case INFO -> Tone.PLAIN;
        };
    }

    /** The design's assumptions beside Meridian's defaults and where each default comes from. */
    static ReportTable assumptions(Assumptions a) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Defaults.Entry d : Defaults.ALL) {
            Double used = used(a, d.name());
            Tone tone = used != null && used != d.value() ? Tone.WARN : Tone.PLAIN;
            Kind kind = assumptionKind(d.name());
            rows.add(List.of(Cell.of(d.name()), used == null ? Cell.of(d.value(), kind) : new Cell(used, tone, kind),
                    Cell.of(d.value(), kind), Cell.of(d.unit()), Cell.of(d.source())));
        }
        return new ReportTable("Assumptions", List.of(Column.text("Assumption"), new Column("This design", Kind.EXACT),
                new Column("Default", Kind.EXACT), Column.text("Unit"), Column.text("Source")), rows,
                "Values that differ from Meridian's default are highlighted; every other figure in this report "
                        + "follows from these and the design's inputs.");
    }

    /** Availabilities read as percentages with every nine (99.995%), the rest as given. */
    static Kind assumptionKind(String name) {
        return name.toLowerCase(Locale.ROOT).contains("availability") ? Kind.AVAILABILITY : Kind.EXACT;
    }

    /**
     * The design's own inputs that drive the result: downtime cost, each region's and component's availability,
     * the routing layer, capacity per instance and target utilisation, and the common causes.
     */
    static ReportTable inputs(ReportContext ctx, Evaluation e) {
        var t = ctx.topology(e);
        // Inputs with the same value and detail share a row ("API in 30 regions"), so a large design stays short.
        java.util.Map<List<Object>, List<String>> grouped = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<List<Object>, String> add = (key, of) ->
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(of);
        add.accept(List.of("Downtime cost per hour", e.cost().downtimeCostPerHour(), Kind.USD, "USD/h"), "design");
        for (var r : t.regions()) {
            add.accept(List.of("Region availability", r.availability(), Kind.AVAILABILITY, "MTTR "
                    + Kind.EXACT.format(r.mttrHours()) + " h, " + r.zones() + " zones"), r.id());
        }
        if (t.routing() != null) {
            add.accept(List.of("Routing availability", t.routing().reliability().availability(), Kind.AVAILABILITY,
                    "global routing layer"), t.routing().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (var c : t.components()) {
            add.accept(List.of("Instance availability", c.reliability().availability(), Kind.AVAILABILITY,
                    c.name() + ", " + c.instances() + " instance" + (c.instances() == 1 ? "" : "s")), c.id());
            if (c.spec() instanceof io.meridian.model.ComponentSpec.Service s) {
                add.accept(List.of("Capacity per instance", s.capacityPerInstanceRps(), Kind.EXACT,
                        c.name() + ", req/s"), c.id());
                add.accept(List.of("Target utilisation", s.targetUtilization(), Kind.PERCENT, c.name()
                        + ", of capacity"), c.id());
            }
        }
        var causes = t.commonCauses();
        if (causes != null) {
            var g = causes.globalChange();
            add.accept(List.of("Global change events", g.eventsPerYear(), Kind.EXACT, "per year, "
                    + Kind.EXACT.format(g.durationHours()) + " h each, " + g.rolloutWaves() + " waves"), "common cause");
            for (var d : causes.dependencies()) {
                add.accept(List.of("Third-party dependency", d.reliability().availability(), Kind.AVAILABILITY,
                        d.name() + ", used by " + String.join(", ", d.usedBy())), d.id());
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        grouped.forEach((key, ids) -> rows.add(input((String) key.get(0), ids.size() <= 3 ? String.join(", ", ids)
                : ids.get(0) + ", " + ids.get(1) + " and " + (ids.size() - 2) + " more", (Double) key.get(1),
                (Kind) key.get(2), (String) key.get(3))));
        return new ReportTable("Inputs that drive the result", List.of(Column.text("Input"), Column.text("Of"),
                new Column("Value", Kind.EXACT), Column.text("Detail")), rows,
                "The design's own figures (its file), beside the defaults below; elements with the same value share "
                        + "a row.");
    }

    private static List<Cell> input(String what, String of, double value, Kind kind, String detail) {
        return List.of(Cell.of(what), Cell.of(of), Cell.of(value, kind), Cell.of(detail));
    }

    /** The design's own value of a default it can override, or null when the design cannot state it. */
    private static Double used(Assumptions a, String name) {
        return switch (name) {
            case "fiberKmPerMs" -> a.fiberKmPerMs();
            case "routeInflation" -> a.routeInflation();
            case "overheadRttMs" -> a.overheadRttMs();
            case "commitWaitEpsilonMs" -> a.commitWaitEpsilonMs();
            case "reconnectSeconds" -> a.reconnectSeconds();
            case "partitionSeconds" -> a.partitionSeconds();
            case "wanCutHours" -> a.wanCutHours();
            case "transferPricePerGb" -> a.transferPricePerGb();
            default -> null;
        };
    }

    /** Every variant side by side: verdict, availability, downtime and cost, and the trade-off against the baseline. */
    static ReportTable alternatives(ReportContext ctx) {
        CostComparison comparison = ctx.evaluation().comparison();
        List<List<Cell>> rows = new ArrayList<>();
        for (Evaluation e : ctx.variants()) {
            VariantCost vc = comparison.variants().stream().filter(v -> v.id().equals(e.variantId())).findFirst()
                    .orElse(null);
            VersusBaseline vs = comparison.versusBaseline().stream().filter(v -> v.id().equals(e.variantId()))
                    .findFirst().orElse(null);
            boolean recommended = e.variantId().equals(ctx.evaluation().recommendedId());
            boolean cheapest = e.variantId().equals(comparison.cheapestId());
            double a = e.availability().overallWithFailover().value();
            List<String> errors = errorFindings(e);
            rows.add(List.of(
                    Cell.of(e.variantName() + (recommended ? "  ★ recommended" : ""), recommended ? Tone.GOOD : Tone.PLAIN),
                    // The word as the verdict box reads it, unless the summary already starts with it.
                    Cell.of(e.verdict().summary().startsWith(VerdictMarks.word(e.verdict())) ? e.verdict().summary()
                            : VerdictMarks.word(e.verdict()) + " · " + e.verdict().summary(),
                            VerdictMarks.tone(e.verdict())),
                    errors.isEmpty() ? Cell.of("none") : Cell.of(String.join("; ", errors), Tone.BAD),
                    Cell.of(a), Cell.of(e.availability().overallWithFailover().nines()),
                    Cell.of(e.availability().overallWithFailover().downtimeMinutesPerYear()),
                    Cell.of(e.recovery().rto().rto().value()),
                    Cell.of(e.cost().monthly().value()), Cell.of(e.cost().annual().value()),
                    vc == null ? Cell.empty() : Cell.of(vc.downtimeCostPerYear().value()),
                    // Green only when the cheapest is also one to choose; cheapest with errors or misses is amber.
                    vc == null ? Cell.empty() : Cell.of(vc.totalAnnualCost().value(), !cheapest ? Tone.PLAIN
                            : e.verdict().green() || recommended ? Tone.GOOD : Tone.WARN),
                    perExtraNine(vs),
                    figure(vs == null ? null : vs.breakEvenDowntimeCostPerHour()),
                    Cell.of(vs == null ? "baseline" : vs.verdict())));
        }
        return new ReportTable("Alternatives side by side", List.of(Column.text("Variant"), Column.text("Verdict"),
                Column.text("Error findings"),
                new Column("Availability (with failover)", Kind.AVAILABILITY), new Column("Nines", Kind.NINES),
                new Column("Downtime / year", Kind.MINUTES), new Column("RTO", Kind.SECONDS),
                new Column("Monthly cost", Kind.USD), new Column("Annual cost", Kind.USD),
                new Column("Downtime cost / year", Kind.USD), new Column("Total annual cost", Kind.USD),
                new Column("Cost per extra nine", Kind.USD), new Column("Break-even downtime cost / h", Kind.USD),
                Column.text("Against the baseline")), rows, recommendation(ctx));
    }

    /** Column of {@link #alternatives} holding the total annual cost (the workbook writes it as a formula). */
    static final int ALT_MONTHLY = 7;
    static final int ALT_ANNUAL = 8;
    static final int ALT_DOWNTIME = 9;
    static final int ALT_TOTAL = 10;

    /**
     * The cost of one more nine against the baseline; "dominated" when the variant costs no more and is no less
     * available (a negative or zero price of a nine means nothing to trade), "fewer nines" when it is less available.
     */
    private static Cell perExtraNine(VersusBaseline vs) {
        if (vs == null) {
            return Cell.empty();
        }
        double nines = vs.ninesDelta().value();
        double cost = vs.annualCostDelta().value();
        if (nines <= 0 && cost >= 0) {
            return Cell.of("dominated by the baseline", Tone.BAD);
        }
        if (nines >= 0 && cost <= 0) {
            return Cell.of("dominates the baseline", Tone.GOOD);
        }
        if (nines < 0) {
            return Cell.of("fewer nines, cheaper");
        }
        return figure(vs.costPerExtraNine());
    }

    /**
     * The variant's error findings, one entry per rule: "title (CODE)", or "CODE × n, e.g. title" when the rule
     * fires n times (nine datasets never replicated are one problem, not nine lines of the table).
     */
    static List<String> errorFindings(Evaluation e) {
        java.util.Map<String, List<Finding>> byCode = new java.util.LinkedHashMap<>();
        e.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> byCode.computeIfAbsent(f.code().name(), k -> new ArrayList<>()).add(f));
        List<String> out = new ArrayList<>();
        byCode.forEach((code, fs) -> out.add(fs.size() == 1 ? fs.get(0).title() + " (" + code + ")"
                : code + " × " + fs.size() + ", e.g. " + fs.get(0).title()));
        return out;
    }

    /**
     * The engine's recommendation, and why each variant cheaper in total annual cost was passed over: its missed
     * objectives or its error findings.
     */
    static String recommendation(ReportContext ctx) {
        StringBuilder out = new StringBuilder(ctx.evaluation().recommendation());
        for (String reason : passedOver(ctx)) {
            out.append(' ').append(reason);
        }
        return out.toString();
    }

    static List<String> passedOver(ReportContext ctx) {
        String chosen = ctx.evaluation().recommendedId();
        CostComparison comparison = ctx.evaluation().comparison();
        if (chosen == null) {
            return List.of();
        }
        double chosenTotal = comparison.variant(chosen).map(v -> v.totalAnnualCost().value()).orElse(Double.NaN);
        List<String> out = new ArrayList<>();
        for (Evaluation e : ctx.variants()) {
            double total = comparison.variant(e.variantId()).map(v -> v.totalAnnualCost().value())
                    .orElse(Double.NaN);
            if (e.variantId().equals(chosen) || !(total < chosenTotal)) {
                continue;
            }
            List<String> why = new ArrayList<>();
            List<String> missed = e.objectives().stream().filter(o -> !o.pass()).map(o -> o.objective()).toList();
            if (!missed.isEmpty()) {
                why.add("it misses " + String.join(", ", missed));
            }
            List<String> errors = errorFindings(e);
            if (!errors.isEmpty()) {
                why.add("error findings: " + String.join("; ", errors));
            }
            out.add(String.format(Locale.ROOT, "'%s' costs %s a year less in total but is passed over: %s.",
                    e.variantName(), Kind.USD.format(chosenTotal - total), why.isEmpty() ? "see its verdict"
                            : String.join("; ", why)));
        }
        return out;
    }

    private static Cell figure(Figure f) {
        return f == null ? Cell.empty() : Cell.of(f.value());
    }
}
