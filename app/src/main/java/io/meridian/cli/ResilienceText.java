package io.meridian.cli;


import io.meridian.availability.AvailabilityFigure;
import io.meridian.availability.AvailabilityReport;
import io.meridian.availability.ImportanceEntry;
import io.meridian.availability.PopulationAvailability;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.InstanceRequirements;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierRequirement;
import io.meridian.model.Figure;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.recovery.DatasetRpo;
import io.meridian.recovery.RecoveryReport;
import io.meridian.recovery.ReplicationLag;
import io.meridian.recovery.RtoBreakdown;
import io.meridian.recovery.WanCutBuffer;
import io.meridian.model.Quantities;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints availability, recovery and capacity for people: nines and downtime side by side, aligned tables. */
final class ResilienceText {
    private static final int IMPORTANCE_SHOWN = 5;
    private final PrintWriter out;

    ResilienceText(PrintWriter out) {
        this.out = out;
    }

    void availability(AvailabilityReport a) {
        out.println("Availability per population (with failover: each failure event also costs the users it "
                + "touches its own recovery time)");
        TextTable t = new TextTable("population", "served by", "static", "nines", "down/yr", "with failover",
                "nines", "down/yr", "method");
        for (PopulationAvailability p : a.populations()) {
            AvailabilityFigure s = p.staticAvailability().requestWeighted();
            AvailabilityFigure f = p.withFailover().requestWeighted();
            t.row(p.name().isBlank() ? p.populationId() : p.name(), String.join(" ", p.servingRegionIds()),
                    percent(s.value()), nines(s), downtime(s.downtimeMinutesPerYear()), percent(f.value()), nines(f),
                    downtime(f.downtimeMinutesPerYear()), p.method().kind().name().toLowerCase(Locale.ROOT));
        }
        AvailabilityFigure s = a.overall();
        AvailabilityFigure f = a.overallWithFailover();
        t.row("all (request-weighted)", "", percent(s.value()), nines(s), downtime(s.downtimeMinutesPerYear()),
                percent(f.value()), nines(f), downtime(f.downtimeMinutesPerYear()), "");
        t.print(out);
        List<String> brownouts = new ArrayList<>();
        for (PopulationAvailability p : a.populations()) {
            if (p.brownout().value() > 0) {
                brownouts.add((p.name().isBlank() ? p.populationId() : p.name()) + " "
                        + downtime(p.brownout().value()));
            }
        }
        if (!brownouts.isEmpty()) {
            out.println("brownout (the survivors shed part of the requests, or autoscaling warms up), time per year: "
                    + String.join("; ", brownouts) + " (the requests shed are in down/yr above)");
        }
        if (!a.importance().isEmpty()) {
            out.println();
            out.println("Most downtime comes from (downtime saved if the element never failed)");
            TextTable imp = new TextTable("rank", "element", "what", "saved");
            for (ImportanceEntry e : a.importance().subList(0, Math.min(IMPORTANCE_SHOWN, a.importance().size()))) {
                imp.row(e.rank(), e.elementId(), e.description(), Quantities.downtimePerYear(e.downtimeSaved().value()));
            }
            imp.print(out);
        }
        a.notes().forEach(n -> out.println("note: " + n));
        out.println();
    }

    void recovery(RecoveryReport r) {
        RtoBreakdown rto = r.rto();
        out.println("Recovery after the worst single-region failure (" + rto.routing() + ")");
        out.printf(Locale.ROOT, "  RTO %s (99%% of the affected users have reads and writes back); steps: "
                        + "detection %s, routing switch %s, promotion %s, reconnect %s%n",
                sec(rto.rto()), sec(rto.detection()), sec(rto.routingSwitch()), sec(rto.promotion()),
                sec(rto.reconnect()));
        out.printf(Locale.ROOT, "  99%% of reads back after %s; all reads and writes after %s; expected outage of "
                        + "an affected user %s for reads, %s for writes%n", sec(rto.readRto()),
                sec(r.writes().secondsTo100Percent()), sec(rto.expectedReadOutage()), sec(rto.expectedWriteOutage()));
        if (rto.dnsCacheTail() != null) {
            out.printf(Locale.ROOT, "  DNS-cache tail: %s%% of clients keep the dead address for %s%n",
                    Quantities.number(100 * rto.dnsCacheTail().share().value()), sec(rto.dnsCacheTail().staleSeconds()));
        }
        if (!r.rpo().isEmpty()) {
            TextTable t = new TextTable("dataset", "strategy", "RPO", "typical lag", "fencing", "why");
            for (DatasetRpo d : r.rpo()) {
                t.row(d.datasetId(), d.strategy().id(), d.unbounded() ? "unbounded" : sec(d.rpoSeconds()),
                        d.typicalLag() == null ? "—" : sec(d.typicalLag()), d.fencing() == null ? "—" : sec(d.fencing()),
                        d.basis());
            }
            out.println();
            t.print(out);
        }
        if (!r.lags().isEmpty()) {
            TextTable t = new TextTable("replication", "mode", "to", "writes/s", "apply/s", "behind/s", "lag p50",
                    "p99", "burst lag", "tail");
            for (ReplicationLag l : r.lags()) {
                t.row(l.linkId(), l.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), l.toRegionId(),
                        Quantities.number(l.writeLoad().value()),
                        l.applyCapacity() == null ? "—" : Quantities.number(l.applyCapacity().value()),
                        Quantities.number(l.backlogGrowthPerSecond().value()),
                        l.unbounded() ? "unbounded" : sec(l.lagSeconds()),
                        l.unbounded() ? "unbounded" : sec(l.lagP99Seconds()),
                        l.burst() == null ? "—" : sec(l.burst().lag()),
                        l.unbounded() ? "unbounded" : sec(l.tailSeconds()));
            }
            out.println();
            t.print(out);
        }
        for (WanCutBuffer w : r.wanCut()) {
            out.printf(Locale.ROOT, "  WAN cut of %s on %s: buffer %s%s%n", Quantities.duration(w.retentionHoursNeeded()
                    .value() * 3600), w.datasetId(), Quantities.bytes(w.bytes().value()), w.sufficient() ? " (covered)"
                    : " — NOT covered: " + w.explanation());
        }
        r.notes().forEach(n -> out.println("note: " + n));
        out.println();
    }

    void capacity(Topology topology, CapacityReport c) {
        if (topology.regions().size() > LatencyText.MATRIX_REGIONS) {
            capacitySummary(c);
        } else {
            capacityMatrix(topology, c);
        }
        instances("any one region", c.anyRegion());
        if (c.anyProvider() != null) {
            instances("any one provider", c.anyProvider());
        }
        out.println();
    }

    /** Scenarios × regions, one utilisation per cell: readable up to a dozen regions. */
    private void capacityMatrix(Topology topology, CapacityReport c) {
        out.println("Capacity: busiest tier's utilisation per region, % (! above target, !! overloaded, x down); served: share "
                + "of all requests served (shedding, or autoscaling before → after its warm-up)");
        List<String> header = new ArrayList<>(List.of("scenario"));
        topology.regions().stream().map(Region::id).forEach(header::add);
        header.add("unserved rps");
        header.add("served");
        header.add("cascade");
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (CapacityScenario s : c.scenarios()) {
            List<Object> row = new ArrayList<>(List.of(s.name()));
            for (Region region : topology.regions()) {
                row.add(s.initial().region(region.id()).map(ResilienceText::utilisation).orElse("—"));
            }
            row.add(Quantities.number(s.result().unservedRps().value()));
            row.add(served(s));
            row.add(s.cascades() ? s.cascade().size() + " round(s), ends with " + s.result().downRegionIds() + " down" : "");
            t.row(row.toArray());
        }
        t.print(out);
    }

    /**
     * One line per scenario instead of a scenarios × regions matrix (a million cells at 1,000 regions): the busiest
     * region left up and how many regions run above target or overloaded; each region's figure is in --json.
     */
    private void capacitySummary(CapacityReport c) {
        out.println("Capacity per failure scenario: the busiest region left up, % of its busiest tier "
                + "(! above target, !! overloaded; every region's figure is in --json, capacity.scenarios)");
        TextTable t = new TextTable("scenario", "down", "busiest region", "utilisation", "above target",
                "overloaded", "unserved rps", "served", "cascade");
        for (CapacityScenario s : c.scenarios()) {
            RegionLoad busiest = null;
            int above = 0;
            int overloaded = 0;
            for (RegionLoad r : s.initial().regions()) {
                if (r.down() || r.utilisation() == null) {
                    continue;
                }
                above += r.aboveTarget() ? 1 : 0;
                overloaded += r.overloaded() ? 1 : 0;
                if (busiest == null || r.utilisation().value() > busiest.utilisation().value()) {
                    busiest = r;
                }
            }
            t.row(s.name(), s.initial().downRegionIds().size(), busiest == null ? "—" : busiest.regionId(),
                    busiest == null ? "—" : utilisation(busiest), above, overloaded,
                    Quantities.number(s.result().unservedRps().value()), served(s),
                    s.cascades() ? s.cascade().size() + " round(s), ends with "
                            + s.result().downRegionIds().size() + " regions down" : "");
        }
        t.print(out);
    }

    private void instances(String loss, InstanceRequirements req) {
        if (req.tiers().isEmpty()) {
            return;
        }
        out.println();
        out.println("Instances to survive the loss of " + loss + " at target utilisation");
        TextTable t = new TextTable("tier", "region", "has", "needs", "change", "worst scenario");
        for (TierRequirement tier : req.tiers()) {
            t.row(tier.componentId(), tier.regionId(), tier.instances(), Quantities.number(tier.needed().value()),
                    (tier.delta() > 0 ? "+" : "") + tier.delta(), tier.worstScenarioId());
        }
        t.print(out);
    }

    /** Share of all requests served once autoscaling is warm (and before, when it differs). */
    private static String served(CapacityScenario s) {
        String after = Quantities.percent(100 * s.result().served().value());
        return s.result().warmupServed() < s.result().served().value() - 1e-9
                ? Quantities.percent(100 * s.result().warmupServed()) + " → " + after : after;
    }

    private static String utilisation(RegionLoad r) {
        if (r.down()) {
            return "x";
        }
        if (r.utilisation() == null) {
            return "—";
        }
        return Quantities.percent(r.utilisation().value()) + (r.overloaded() ? " !!" : r.aboveTarget() ? " !" : "");
    }

    /** An availability, by the shared rule ({@link Quantities}). */
    static String percent(double availability) {
        return Quantities.availability(availability);
    }

    static String nines(AvailabilityFigure f) {
        return Quantities.nines(f.nines());
    }

    /** Downtime per year; the column heading says "/yr". */
    static String downtime(double minutesPerYear) {
        return Quantities.duration(minutesPerYear * 60);
    }

    static String sec(Figure f) {
        return Quantities.duration(f.value());
    }
}
