package io.meridian.exports;

import io.meridian.availability.ImportanceEntry;
import io.meridian.capacity.CapacityScenario;
import io.meridian.consistency.DatasetConsistency;
import io.meridian.cost.CostLine;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.exports.ReportTable.Tone;
import io.meridian.model.Component;
import io.meridian.model.Link;
import io.meridian.model.Quantities;
import io.meridian.model.Topology;
import io.meridian.recovery.WanCutBuffer;
import io.meridian.risk.RiskReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reviewer asks beyond the engine's tables: the executive summary, the risk register, what each alternative
 * changes, the prices per region, and the engine's results that had no table (importance, consistency per dataset,
 * WAN-cut buffers).
 */
final class ReviewTables {
    /** Causes of downtime in the risk register. */
    static final int TOP_CAUSES = 8;

    private ReviewTables() {
    }

    /** A paragraph written from the figures: what is proposed, what it costs, how it fails, what to decide. */
    static String executiveSummary(ReportContext ctx, Evaluation e) {
        Topology t = ctx.topology(e);
        Set<String> providers = new TreeSet<>();
        t.regions().forEach(r -> providers.add(r.provider().id()));
        var a = e.availability().overallWithFailover();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "'%s' runs %d component%s in %d region%s on %s. "
                        + "With failover it is available %s of the year (%s down), at %s a month; with the expected "
                        + "downtime priced at %s an hour the total cost is %s a year.", e.variantName(),
                t.components().size(), t.components().size() == 1 ? "" : "s", t.regions().size(),
                t.regions().size() == 1 ? "" : "s", String.join(", ", providers), Kind.AVAILABILITY.format(a.value()),
                Quantities.downtimePerYear(a.downtimeMinutesPerYear()), Kind.USD.format(e.cost().monthly().value()),
                Kind.USD.format(e.cost().downtimeCostPerHour()), Kind.USD.format(e.cost().totalAnnualCost().value())));
        List<String> missed = e.objectives().stream().filter(o -> !o.pass()).map(ObjectiveResult::objective).toList();
        s.append(e.objectives().isEmpty() ? " It states no objectives." : missed.isEmpty()
                ? " It meets all " + e.objectives().size() + " objectives."
                : " It misses " + missed.size() + " of " + e.objectives().size() + " objectives (" + String.join(", ",
                        missed) + ").");
        long errors = e.findings().stream().filter(f -> f.severity() == io.meridian.evaluation.Severity.ERROR).count();
        if (errors > 0) {
            s.append(" ").append(errors).append(" error finding").append(errors == 1 ? "" : "s").append(" stand")
                    .append(errors == 1 ? "s" : "").append(", first: ").append(e.findings().stream()
                            .filter(f -> f.severity() == io.meridian.evaluation.Severity.ERROR).findFirst()
                            .orElseThrow().title()).append(".");
        }
        worstScenario(e).ifPresent(w -> s.append(" Worst single failure: ").append(w.name()).append(", ")
                .append(EngineTables.outcome(w).value()).append("."));
        if (!e.availability().importance().isEmpty()) {
            ImportanceEntry top = e.availability().importance().get(0);
            s.append(" Most downtime comes from ").append(top.description()).append(" (")
                    .append(Quantities.downtimePerYear(top.downtimeSaved().value() * 60)).append(").");
        }
        ctx.risk(e).ifPresent(r -> s.append(" ").append(RiskTables.headline(r)));
        s.append(" To decide: ").append(ctx.hasAlternatives() ? Tables.recommendation(ctx)
                : missed.isEmpty() && errors == 0 ? "accept the design as it stands, or name an objective it should meet."
                : "accept the misses and errors above, or change the design (the fixes follow).");
        return s.toString();
    }

    /** The scenario that leaves the most load unserved, then the least served share; empty when all hold. */
    static Optional<CapacityScenario> worstScenario(Evaluation e) {
        return e.capacity().scenarios().stream()
                .filter(s -> s.result().unservedRps().value() > 0 || s.result().served().value() < 1 || s.cascades())
                .max((x, y) -> x.result().unservedRps().value() != y.result().unservedRps().value()
                        ? Double.compare(x.result().unservedRps().value(), y.result().unservedRps().value())
                        : Double.compare(y.result().served().value(), x.result().served().value()));
    }

    /**
     * The risk register: the elements whose failure costs most downtime, each with its share of the expected
     * downtime (the downtime that would go if it never failed, over the total: shares overlap, they need not add up
     * to 100%), then the breach probability when the years were simulated.
     */
    static ReportTable riskRegister(ReportContext ctx, Evaluation e) {
        double total = e.availability().overallWithFailover().downtimeMinutesPerYear();
        List<List<Cell>> rows = new ArrayList<>();
        for (ImportanceEntry i : e.availability().importance().subList(0, Math.min(TOP_CAUSES,
                e.availability().importance().size()))) {
            double saved = i.downtimeSaved().value();
            double share = total > 0 ? saved / total : Double.NaN;
            rows.add(List.of(Cell.of((double) i.rank(), Kind.INTEGER), Cell.of(i.description()),
                    Cell.of(i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')), Cell.of(saved),
                    Cell.of(share, share >= 0.25 ? Tone.BAD : share >= 0.1 ? Tone.WARN : Tone.PLAIN)));
        }
        Optional<RiskReport> risk = ctx.risk(e);
        String note = "Share = downtime saved if the element never failed ÷ the expected downtime ("
                + Quantities.downtimePerYear(total) + "). " + risk.map(r -> "Breach probability: "
                + RiskTables.headline(r)).orElse("Breach probability: not simulated for this report (export "
                + "without --no-risk).") + " " + tornado(ctx, e).orElse("");
        return new ReportTable("Risk register: where the downtime comes from", List.of(new Column("Rank", Kind.INTEGER),
                Column.text("Cause"), Column.text("Kind"), new Column("Downtime / year", Kind.MINUTES),
                new Column("Share of downtime", Kind.PERCENT)), rows, note.trim());
    }

    /**
     * What the ranges on the inputs do, in a sentence: what flips each objective (or that nothing single does), and
     * the input that moves the total annual cost most; the tornado charts are on the Risk page.
     */
    static Optional<String> tornado(ReportContext ctx, Evaluation e) {
        return ctx.ranges(e).map(u -> {
            StringBuilder b = new StringBuilder();
            if (u.flips().isEmpty()) {
                b.append("No single range on the inputs flips an objective.");
            } else {
                u.flips().forEach(f -> b.append(f.objective()).append(": ").append(f.sentence()).append(". "));
            }
            u.tornado("total-annual-cost").flatMap(t -> UncertaintyTables.moving(t).stream().findFirst())
                    .ifPresent(bar -> b.append(" The total annual cost moves most with ").append(bar.label())
                            .append(" (").append(ReportTable.Kind.USD.format(bar.atLow())).append(" … ")
                            .append(ReportTable.Kind.USD.format(bar.atHigh())).append(", Risk page)."));
            return b.toString().trim();
        });
    }

    /** What an alternative changes against the baseline: regions, components (and instance counts), links. */
    static List<String> changes(Topology base, Topology alt) {
        List<String> out = new ArrayList<>();
        diff("region", base.regions().stream().map(r -> r.id()).toList(), alt.regions().stream().map(r -> r.id())
                .toList(), out);
        Map<String, Component> before = new LinkedHashMap<>();
        base.components().forEach(c -> before.put(c.id(), c));
        Map<String, Component> after = new LinkedHashMap<>();
        alt.components().forEach(c -> after.put(c.id(), c));
        diff("component", List.copyOf(before.keySet()), List.copyOf(after.keySet()), out);
        for (Component c : alt.components()) {
            Component b = before.get(c.id());
            if (b != null && b.instances() != c.instances()) {
                out.add(c.id() + ": " + b.instances() + " → " + c.instances() + " instances");
            } else if (b != null && !b.equals(c)) {
                out.add(c.id() + " changed");
            }
        }
        diff("link", base.links().stream().map(Link::id).toList(), alt.links().stream().map(Link::id).toList(), out);
        if (!base.objectives().equals(alt.objectives())) {
            out.add("objectives changed");
        }
        if (!java.util.Objects.equals(base.routing(), alt.routing())) {
            out.add("global routing changed");
        }
        if (out.isEmpty()) {
            out.add("no structural change (assumptions or prices only)");
        }
        return out;
    }

    private static void diff(String what, List<String> before, List<String> after, List<String> out) {
        List<String> added = after.stream().filter(id -> !before.contains(id)).toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).toList();
        if (!added.isEmpty()) {
            out.add("+ " + added.size() + " " + what + (added.size() == 1 ? "" : "s") + ": " + shortList(added));
        }
        if (!removed.isEmpty()) {
            out.add("− " + removed.size() + " " + what + (removed.size() == 1 ? "" : "s") + ": " + shortList(removed));
        }
    }

    private static String shortList(List<String> ids) {
        return ids.size() <= 6 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + " and "
                + (ids.size() - 5) + " more";
    }

    /** Each alternative's changes against the baseline, one row per variant. */
    static ReportTable alternativeChanges(ReportContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        Topology base = ctx.topology();
        for (Evaluation e : ctx.variants()) {
            if (e == ctx.baseline()) {
                continue;
            }
            rows.add(List.of(Cell.of(e.variantName()), Cell.of(String.join("; ", changes(base, ctx.topology(e))))));
        }
        return new ReportTable("What each alternative changes", List.of(Column.text("Variant"),
                Column.text("Against the baseline")), rows, "");
    }

    /**
     * Unit prices as billed, each with the regions that pay it (regions at the same price share a row), with the
     * price list they come from and its date.
     */
    static ReportTable pricesPerRegion(Evaluation e) {
        Map<List<Object>, List<String>> regions = new LinkedHashMap<>();
        Map<List<Object>, Set<String>> elements = new LinkedHashMap<>();
        for (CostLine line : e.cost().lines()) {
            for (XlsxCost.Row r : XlsxCost.rows(line)) {
                if (r.unit().equals("month")) {
                    continue; // a line the sheet could not take apart: no unit price to show
                }
                String region = line.regionId() == null ? "global" : line.regionId();
                List<Object> key = List.of(line.category().id(), r.unit(), r.price());
                List<String> rs = regions.computeIfAbsent(key, k -> new ArrayList<>());
                if (!rs.contains(region)) {
                    rs.add(region);
                }
                elements.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(line.elementId());
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        regions.forEach((k, rs) -> rows.add(List.of(Cell.of(shortList(rs)), Cell.of((String) k.get(0)),
                Cell.of((Double) k.get(2), Kind.PRICE), Cell.of("per " + k.get(1)),
                Cell.of(shortList(List.copyOf(elements.get(k)))))));
        return new ReportTable("Unit prices by region", List.of(Column.text("Regions"), Column.text("Category"),
                new Column("Unit price", Kind.PRICE), Column.text("Unit"), Column.text("Elements")), rows,
                "Source: " + e.cost().prices() + ".");
    }

    /** The elements whose failure costs most downtime (the importance ranking). */
    static ReportTable importance(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ImportanceEntry i : e.availability().importance()) {
            rows.add(List.of(Cell.of((double) i.rank(), Kind.INTEGER), Cell.of(i.elementId()), Cell.of(i.description()),
                    Cell.of(i.downtimeSaved().value())));
        }
        return new ReportTable("Most downtime comes from", List.of(new Column("Rank", Kind.INTEGER),
                Column.text("Element"), Column.text("What"), new Column("Downtime saved / year", Kind.MINUTES)), rows,
                "Downtime saved = the expected downtime a year that would go if the element never failed.");
    }

    /** Per dataset: consistency under partition, double-spend and split-brain risk, convergence. */
    static ReportTable consistency(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DatasetConsistency d : e.consistency().datasets()) {
            rows.add(List.of(Cell.of(d.datasetId()), Cell.of(d.pacelc()),
                    Cell.of(d.partition().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                            d.partition().name().equals("LOSES_WRITES") ? Tone.BAD : Tone.PLAIN),
                    Cell.of(d.doubleSpendRisk() ? "yes" : "no", d.doubleSpendRisk() ? Tone.BAD : Tone.GOOD),
                    Cell.of(d.splitBrainRisk() ? "yes" : "no", d.splitBrainRisk() ? Tone.BAD : Tone.GOOD),
                    d.convergenceSeconds() == null ? Cell.empty() : Cell.of(d.convergenceSeconds().value()),
                    Cell.of(d.explanation())));
        }
        return new ReportTable("Consistency per dataset", List.of(Column.text("Dataset"), Column.text("PACELC"),
                Column.text("Under partition"), Column.text("Double spend"), Column.text("Split brain"),
                new Column("Converges in", Kind.SECONDS), Column.text("Why")), rows, "");
    }

    /** Per dataset: what a WAN cut must buffer, and whether the queue holds it. */
    static ReportTable wanCut(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (WanCutBuffer w : e.recovery().wanCut()) {
            rows.add(List.of(Cell.of(w.datasetId()), Cell.of(w.queueId() == null ? "none" : w.queueId()),
                    Cell.of(Quantities.bytes(w.bytes().value())), Cell.of(w.retentionHoursNeeded() == null ? ""
                            : Kind.EXACT.format(w.retentionHoursNeeded().value()) + " h"),
                    Cell.of(w.sufficient() ? "holds" : "short", w.sufficient() ? Tone.GOOD : Tone.BAD),
                    Cell.of(w.explanation())));
        }
        return new ReportTable("What a WAN cut must buffer", List.of(Column.text("Dataset"), Column.text("Queue"),
                Column.text("Bytes"), Column.text("Retention needed"), Column.text("Buffer"), Column.text("Why")),
                rows, "");
    }
}
