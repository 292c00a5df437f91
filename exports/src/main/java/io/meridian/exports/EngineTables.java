package io.meridian.exports;

import io.meridian.availability.AvailabilityFigure;
import io.meridian.availability.PopulationAvailability;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.InstanceRequirements;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierRequirement;
import io.meridian.cost.CategoryCost;
import io.meridian.cost.CostLine;
import io.meridian.cost.CostReport;
import io.meridian.evaluation.Evaluation;
import io.meridian.exports.ReportTable.Cell;
import io.meridian.exports.ReportTable.Column;
import io.meridian.exports.ReportTable.Kind;
import io.meridian.exports.ReportTable.Tone;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.PathLatency;
import io.meridian.latency.ReadLatency;
import io.meridian.latency.RegionPath;
import io.meridian.latency.WriteLatency;
import io.meridian.model.Figure;
import io.meridian.recovery.DatasetRpo;
import io.meridian.recovery.RtoBreakdown;
import java.util.ArrayList;
import java.util.List;

/** The engine's tables of one variant: latency, availability, recovery, capacity and cost. */
final class EngineTables {
    private EngineTables() {
    }

    /** Region ↔ region typical RTT (measured paths applied and starred), coloured as a heat map. */
    static ReportTable regionRtt(Evaluation e) {
        LatencyTable t = e.latency().regions();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("From \\ to"));
        t.columnIds().forEach(id -> columns.add(new Column(id, Kind.MS)));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < t.rowIds().size(); i++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(t.rowIds().get(i)));
            for (int j = 0; j < t.columnIds().size(); j++) {
                double v = t.typicalRttMs().get(i).get(j);
                row.add(t.measured(i, j) ? Cell.of(v, Kind.MS_MEASURED) : Cell.of(v));
            }
            rows.add(row);
        }
        return new ReportTable("Typical round-trip time between regions", columns, rows,
                "Typical RTT = floor RTT × route inflation + overhead, or a measured RTT (starred: a network link "
                        + "of the design, or a measured-RTT file's median); never below the floor (2 × distance / "
                        + "fiber speed).", true);
    }

    /** The {@code n} region pairs with the longest typical RTT (each pair once), slowest first. */
    static ReportTable slowestPairs(Evaluation e, int n) {
        LatencyTable t = e.latency().regions();
        List<int[]> pairs = new ArrayList<>();
        boolean square = t.rowIds().equals(t.columnIds());
        for (int i = 0; i < t.rowIds().size(); i++) {
            for (int j = square ? i + 1 : 0; j < t.columnIds().size(); j++) {
                pairs.add(new int[] {i, j});
            }
        }
        pairs.sort((a, b) -> Double.compare(t.typicalRttMs().get(b[0]).get(b[1]), t.typicalRttMs().get(a[0]).get(a[1])));
        List<List<Cell>> rows = new ArrayList<>();
        for (int[] p : pairs.subList(0, Math.min(n, pairs.size()))) {
            double v = t.typicalRttMs().get(p[0]).get(p[1]);
            rows.add(List.of(Cell.of(t.rowIds().get(p[0])), Cell.of(t.columnIds().get(p[1])),
                    Cell.of(t.distanceKm().get(p[0]).get(p[1]), Kind.INTEGER),
                    Cell.of(t.floorRttMs().get(p[0]).get(p[1])),
                    t.measured(p[0], p[1]) ? Cell.of(v, Kind.MS_MEASURED) : Cell.of(v)));
        }
        return new ReportTable("The " + rows.size() + " slowest region pairs", List.of(Column.text("From"),
                Column.text("To"), new Column("Distance (km)", Kind.INTEGER), new Column("Physical floor", Kind.MS),
                new Column("Typical RTT", Kind.MS)), rows, "Every pair's figure is in the workbook's Latency sheet.");
    }

    /** The region pairs whose typical RTT is measured, and by what: empty when every pair is estimated. */
    static ReportTable measuredRtt(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RegionPath p : e.latency().measuredPaths()) {
            PathLatency l = p.latency();
            rows.add(List.of(Cell.of(p.fromRegionId()), Cell.of(p.toRegionId()),
                    Cell.of(l.typicalRttMs().value(), Kind.MS_MEASURED), Cell.of(l.floorRttMs().value()),
                    Cell.of(l.measuredByLinkId() != null ? "network link '" + l.measuredByLinkId() + "'"
                            : "median in " + l.measuredIn())));
        }
        return new ReportTable("Measured round trips (they replace the estimate)", List.of(Column.text("From"),
                Column.text("To"), new Column("RTT", Kind.MS), new Column("Physical floor", Kind.MS),
                Column.text("Measured by")), rows, "A measurement below the floor is raised to it.");
    }

    static ReportTable reads(Evaluation e, ReportContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ReadLatency r : e.latency().reads()) {
            if (r.latency() == null) {
                rows.add(List.of(Cell.of(ctx.populationName(r.populationId())), Cell.of(r.unavailable(), Tone.BAD),
                        Cell.empty(), Cell.empty(), Cell.empty()));
                continue;
            }
            rows.add(List.of(Cell.of(ctx.populationName(r.populationId())),
                    Cell.of(String.join(", ", r.latency().byRegion().stream()
                            .map(s -> s.regionId() + " " + Kind.PERCENT.format(s.share())).toList())),
                    Cell.of(r.latency().meanMs().value()), Cell.of(r.latency().p99Ms().value()),
                    Cell.of(r.latency().floorSlowestRegionMs().value())));
        }
        return new ReportTable("Read latency per population", List.of(Column.text("Population"),
                Column.text("Served by"), new Column("p50 (mean)", Kind.MS), new Column("p99", Kind.MS),
                new Column("Physical floor", Kind.MS)), rows, "");
    }

    static ReportTable writes(Evaluation e, ReportContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        for (WriteLatency w : e.latency().writes()) {
            boolean none = w.latency() == null;
            rows.add(List.of(Cell.of(w.datasetId()), Cell.of(ctx.populationName(w.populationId())),
                    Cell.of(w.strategy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                    none ? Cell.empty() : Cell.of(w.latency().meanMs().value()),
                    none ? Cell.of(w.unavailable(), Tone.BAD) : Cell.of(w.latency().p99Ms().value()),
                    none ? Cell.empty() : Cell.of(w.latency().floorSlowestRegionMs().value())));
        }
        return new ReportTable("Write latency per dataset and population", List.of(Column.text("Dataset"),
                Column.text("Population"), Column.text("Strategy"), new Column("p50 (mean)", Kind.MS),
                new Column("p99", Kind.MS), new Column("Physical floor", Kind.MS)), rows, "");
    }

    /** Per population: request-weighted availability, nines and downtime, static and with failover time. */
    static ReportTable availability(Evaluation e, ReportContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PopulationAvailability p : e.availability().populations()) {
            AvailabilityFigure s = p.staticAvailability().requestWeighted();
            AvailabilityFigure f = p.withFailover().requestWeighted();
            rows.add(row(p.name().isBlank() ? ctx.populationName(p.populationId()) : p.name(),
                    mayUse(p.servingRegionIds(), ctx), s, f, p.withFailover().write().value(), method(p)));
        }
        rows.add(row("All users (request-weighted)", "", e.availability().overall(),
                e.availability().overallWithFailover(), Double.NaN, ""));
        return new ReportTable("Availability per population", List.of(Column.text("Population"),
                Column.text("May use"), new Column("Static", Kind.AVAILABILITY), new Column("Nines", Kind.NINES),
                new Column("Downtime / year", Kind.MINUTES), new Column("With failover", Kind.AVAILABILITY),
                new Column("Nines", Kind.NINES), new Column("Downtime / year", Kind.MINUTES),
                new Column("Writes, with failover", Kind.AVAILABILITY), Column.text("Method")), rows,
                "Static takes failover as instant; 'with failover' charges every failure event its own recovery "
                        + "(the area above its recovery curve, up to the event's end). Downtime per year = (1 − A) × "
                        + "525,960 min.");
    }

    /** "exact", or "monte carlo, 95% CI 99.991%–99.996%": the sampling interval is part of the figure. */
    static String method(PopulationAvailability p) {
        var m = p.method();
        if (m.kind() == io.meridian.availability.Method.Kind.EXACT) {
            return "exact";
        }
        return "monte carlo, 95% CI " + Kind.AVAILABILITY.format(m.confidenceLow()) + "–"
                + Kind.AVAILABILITY.format(m.confidenceHigh());
    }

    /** The regions a population may use; past six, how many (all of them, or n of the design's). */
    static String mayUse(List<String> ids, ReportContext ctx) {
        if (ids.size() <= 6) {
            return String.join(", ", ids);
        }
        int all = ctx.topology().regions().size();
        return ids.size() == all ? "all " + all + " regions" : ids.size() + " of " + all + " regions";
    }

    private static List<Cell> row(String name, String regions, AvailabilityFigure s, AvailabilityFigure f,
                                  double writes, String method) {
        return List.of(Cell.of(name), Cell.of(regions), Cell.of(s.value()), Cell.of(s.nines()),
                Cell.of(s.downtimeMinutesPerYear()), Cell.of(f.value()), Cell.of(f.nines()),
                Cell.of(f.downtimeMinutesPerYear()), Double.isNaN(writes) ? Cell.empty() : Cell.of(writes),
                Cell.of(method));
    }

    static ReportTable rto(Evaluation e) {
        RtoBreakdown r = e.recovery().rto();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(step("Detection", r.detection()));
        rows.add(step("Routing switch", r.routingSwitch()));
        rows.add(step("Promotion" + (r.promotionDatasetId() == null ? "" : " (" + r.promotionDatasetId() + ")"),
                r.promotion()));
        rows.add(step("Reconnect", r.reconnect()));
        rows.add(step("Reads back (read RTO)", r.readRto()));
        rows.add(step("Reads and writes back (RTO)", r.rto()));
        rows.add(step("Expected read outage per affected user", r.expectedReadOutage()));
        rows.add(step("Expected write outage per affected user", r.expectedWriteOutage()));
        if (r.dnsCacheTail() != null) {
            rows.add(List.of(Cell.of("DNS-cache tail"), Cell.of(r.dnsCacheTail().staleSeconds().value()),
                    Cell.of(Kind.PERCENT.format(r.dnsCacheTail().share().value()) + " of clients keep the dead "
                            + "address this long")));
        }
        return new ReportTable("Recovery time after the worst region failure", List.of(Column.text("Step"),
                new Column("Seconds", Kind.SECONDS), Column.text("How")), rows, r.routing());
    }

    private static List<Cell> step(String name, Figure f) {
        return List.of(Cell.of(name), Cell.of(f.value()), Cell.of(f.formula()));
    }

    static ReportTable rpo(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DatasetRpo d : e.recovery().rpo()) {
            rows.add(List.of(Cell.of(d.datasetId()),
                    Cell.of(d.strategy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                    d.unbounded() ? Cell.of("unbounded", Tone.BAD) : Cell.of(d.rpoSeconds().value()),
                    Cell.of(d.basis())));
        }
        return new ReportTable("Recovery point per dataset", List.of(Column.text("Dataset"), Column.text("Strategy"),
                new Column("RPO", Kind.SECONDS), Column.text("Why")), rows, "");
    }

    /**
     * Failure scenarios × regions: utilisation right after the failure (a region that then falls in the cascade
     * reads "→ down"), and the stable outcome after any cascade: the load no region serves and the share served.
     */
    static ReportTable capacity(Evaluation e) {
        List<CapacityScenario> scenarios = e.capacity().scenarios();
        List<String> regionIds = scenarios.isEmpty() ? List.of()
                : scenarios.get(0).initial().regions().stream().map(RegionLoad::regionId).toList();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Scenario"));
        regionIds.forEach(id -> columns.add(new Column(id, Kind.PERCENT)));
        columns.add(new Column("Unserved after cascade (req/s)", Kind.INTEGER));
        columns.add(new Column("Served", Kind.PERCENT));
        columns.add(Column.text("Outcome"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CapacityScenario s : scenarios) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(s.name()));
            for (String id : regionIds) {
                row.add(s.initial().region(id).map(r -> utilisation(r, s)).orElse(Cell.empty()));
            }
            double unserved = s.result().unservedRps().value();
            double served = s.result().served().value();
            row.add(Cell.of(unserved, unserved > 0 ? Tone.BAD : Tone.GOOD));
            row.add(Cell.of(served, served < 1 ? Tone.BAD : Tone.GOOD));
            row.add(outcome(s));
            rows.add(row);
        }
        return new ReportTable("Utilisation per failure scenario", columns, rows,
                "Busiest service tier per region right after the failure and re-route. Amber: above the tier's "
                        + "target utilisation; red: above 100% or down. 'Unserved after cascade' and 'Served' are the "
                        + "stable state once overloaded regions have failed in turn.");
    }

    /** A region's utilisation right after the failure; marked when the cascade then takes it down. */
    static Cell utilisation(RegionLoad r, CapacityScenario s) {
        boolean fallsLater = !r.down() && s.result().region(r.regionId()).map(RegionLoad::down).orElse(false);
        if (fallsLater) {
            return Cell.of((r.utilisation() == null ? "" : Kind.PERCENT.format(r.utilisation().value() / 100) + " ")
                    + "→ down", Tone.BAD);
        }
        return utilisation(r);
    }

    static Cell utilisation(RegionLoad r) {
        if (r.down()) {
            return Cell.of("down", Tone.BAD);
        }
        if (r.utilisation() == null) {
            return Cell.of("—");
        }
        Tone tone = r.overloaded() ? Tone.BAD : r.aboveTarget() ? Tone.WARN : Tone.GOOD;
        return Cell.of(r.utilisation().value() / 100, tone);
    }

    /** What the scenario ends in, after any cascade: never "holds" while load goes unserved. */
    static Cell outcome(CapacityScenario s) {
        double unserved = s.result().unservedRps().value();
        double served = s.result().served().value();
        List<String> parts = new ArrayList<>();
        if (s.cascades()) {
            parts.add("cascade: " + String.join("; ", s.cascade().stream().flatMap(c -> c.fallen().stream())
                    .map(f -> f.regionId() + " " + f.reason()).toList()));
        }
        if (unserved > 0 && served <= 0) {
            parts.add(0, "total outage: " + Kind.INTEGER.format(unserved) + " req/s unserved");
        } else if (unserved > 0) {
            parts.add(0, "outage: " + Kind.INTEGER.format(unserved) + " req/s unserved ("
                    + Kind.PERCENT.format(served) + " served)");
        } else if (served < 1) {
            parts.add(0, "sheds load: " + Kind.PERCENT.format(served) + " served ("
                    + String.join(", ", s.result().sheddingRegionIds()) + ")");
        }
        if (!parts.isEmpty()) {
            return Cell.of(String.join("; ", parts), Tone.BAD);
        }
        if (!s.result().aboveTargetRegionIds().isEmpty()) {
            return Cell.of("above target: " + String.join(", ", s.result().aboveTargetRegionIds()), Tone.WARN);
        }
        return Cell.of("holds", Tone.GOOD);
    }

    static ReportTable instances(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        addRequirements(rows, "any region", e.capacity().anyRegion());
        if (e.capacity().anyProvider() != null) {
            addRequirements(rows, "any provider", e.capacity().anyProvider());
        }
        return new ReportTable("Instances to survive a loss at target utilisation", List.of(Column.text("Loss of"),
                Column.text("Tier"), Column.text("Region"), new Column("Has", Kind.INTEGER),
                new Column("Needs", Kind.INTEGER), new Column("Add", Kind.INTEGER),
                new Column("Peak load (req/s)", Kind.INTEGER), Column.text("Worst scenario")), rows, "");
    }

    private static void addRequirements(List<List<Cell>> rows, String loss, InstanceRequirements req) {
        for (TierRequirement t : req.tiers()) {
            rows.add(List.of(Cell.of(loss), Cell.of(t.componentId()), Cell.of(t.regionId()), Cell.of(t.instances()),
                    Cell.of(t.needed().value()), Cell.of(Math.max(0, t.delta()), t.delta() > 0 ? Tone.BAD : Tone.GOOD),
                    Cell.of(t.peakLoadRps()), Cell.of(t.worstScenarioId())));
        }
    }

    static ReportTable costLines(Evaluation e) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CostLine l : e.cost().lines()) {
            rows.add(List.of(Cell.of(l.category().id()), Cell.of(l.elementId()),
                    Cell.of(l.regionId() == null ? "global" : l.regionId()), Cell.of(l.description()),
                    Cell.of(l.monthly().value())));
        }
        return new ReportTable("Monthly bill", List.of(Column.text("Category"), Column.text("Element"),
                Column.text("Region"), Column.text("What"), new Column("Monthly", Kind.USD_CENTS)), rows,
                e.cost().prices());
    }

    static ReportTable costSummary(Evaluation e) {
        CostReport c = e.cost();
        List<List<Cell>> rows = new ArrayList<>();
        List<String> unpriced = c.notes().stream().filter(n -> n.contains("not priced")).toList();
        for (CategoryCost cc : c.byCategory()) {
            // A $0 category that the notes say is left unpriced reads so, in amber, not as a free $0.
            boolean missing = cc.monthly().value() == 0 && unpriced.stream().anyMatch(n -> n.toLowerCase(
                    java.util.Locale.ROOT).contains(cc.category().id()));
            rows.add(missing ? List.of(Cell.of(cc.category().id(), Tone.WARN), Cell.of("not priced", Tone.WARN),
                    Cell.of(String.join(" ", unpriced.stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT)
                            .contains(cc.category().id())).toList()), Tone.WARN))
                    : List.of(Cell.of(cc.category().id()), Cell.of(cc.monthly().value()), Cell.of("sum of lines")));
        }
        for (String n : unpriced) {
            boolean shown = c.byCategory().stream().anyMatch(cc -> cc.monthly().value() == 0
                    && n.toLowerCase(java.util.Locale.ROOT).contains(cc.category().id()));
            if (!shown) {
                rows.add(List.of(Cell.of("Not priced", Tone.WARN), Cell.empty(), Cell.of(n, Tone.WARN)));
            }
        }
        rows.add(List.of(Cell.of("Monthly total"), Cell.of(c.monthly().value()), Cell.of("730 h month")));
        rows.add(List.of(Cell.of("Annual"), Cell.of(c.annual().value()), Cell.of(c.annual().formula())));
        rows.add(List.of(Cell.of("Expected downtime cost / year"), Cell.of(c.downtimeCostPerYear().value()),
                Cell.of(String.format(java.util.Locale.ROOT, "(1 − %.6f) × 8,766 h × $%,.0f/h",
                        c.availability(), c.downtimeCostPerHour()))));
        rows.add(List.of(Cell.of("Total annual cost", Tone.GOOD), Cell.of(c.totalAnnualCost().value()),
                Cell.of(c.totalAnnualCost().formula())));
        return new ReportTable("Cost summary", List.of(Column.text("Item"), new Column("USD", Kind.USD),
                Column.text("How")), rows, String.join(" ", c.notes().stream().filter(n -> !n.contains("not priced"))
                .toList()));
    }
}
