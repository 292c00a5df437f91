package io.meridian.app.results;

import io.meridian.availability.AvailabilityFigure;
import io.meridian.availability.AvailabilityFigures;
import io.meridian.availability.AvailabilityReport;
import io.meridian.availability.ElementKind;
import io.meridian.availability.ImportanceEntry;
import io.meridian.availability.Method;
import io.meridian.availability.PopulationAvailability;
import io.meridian.capacity.CapacityEngine;
import io.meridian.consistency.ConsistencyReport;
import io.meridian.consistency.DatasetConsistency;
import io.meridian.consistency.PartitionBehaviour;
import io.meridian.cost.CostEngine;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.FindingCode;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.evaluation.Severity;
import io.meridian.evaluation.Verdict;
import io.meridian.latency.LatencyEngine;
import io.meridian.model.Figure;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.recovery.DatasetRpo;
import io.meridian.recovery.FailoverTimings;
import io.meridian.recovery.RecoveryCurve;
import io.meridian.recovery.RecoveryReport;
import io.meridian.recovery.RtoBreakdown;
import io.meridian.templates.Templates;
import java.util.List;

/**
 * Evaluations to render while the availability, recovery and consistency engines are being written: the real
 * latency, capacity and cost engines on the built-in two-region template, and hand-made reports for the rest
 * with round numbers a test can check (99.95% per region, two regions → 1 − 0.0005² = 99.999975%).
 */
final class SampleEvaluations {
    private SampleEvaluations() {
    }

    static Topology template() {
        return Templates.load(Templates.DEFAULT_ID).topology();
    }

    static Evaluation of(Topology t) {
        AvailabilityReport availability = availability();
        return new Evaluation("baseline", "Baseline", LatencyEngine.evaluate(t), availability, recovery(),
                CapacityEngine.evaluate(t), CostEngine.evaluate(t, availability.overallWithFailover().value()),
                consistency(), findings(), objectives(), new Verdict(Verdict.State.FAIL, false, 1, 2,
                1, "FAIL: misses 1 of 2 objectives (rto); 1 error (SPLIT_BRAIN_RISK)"));
    }

    static AvailabilityFigure figure(String name, double a) {
        return AvailabilityFigure.of(Figure.of(name, a, "", "1 − Π (1 − A region)", "A use1", 0.9995,
                "A usw2", 0.9995));
    }

    static AvailabilityReport availability() {
        // Static: 1 − 0.0005² = 0.99999975 → 0.1315 min/yr (0.00000025 × 525,960), 6.6 nines.
        // With failover: 0.9999 → 52.596 min/yr, 4 nines.
        AvailabilityFigures statics = new AvailabilityFigures(figure("read", 0.99999975),
                figure("write", 0.99999975), figure("availability", 0.99999975));
        AvailabilityFigures failover = new AvailabilityFigures(figure("read", 0.9999), figure("write", 0.9999),
                figure("availability with failover", 0.9999));
        Method exact = new Method(Method.Kind.EXACT, "exact: 4 region states", 4, 0.99999975, 0.99999975);
        List<PopulationAvailability> populations = List.of(
                new PopulationAvailability("east-coast", "East Coast users", 0.9, List.of("use1", "usw2"), statics,
                        failover, Figure.of("failover loss", 0.00009975, "", "static − with failover"), exact,
                        List.of()),
                new PopulationAvailability("west-coast", "West Coast users", 0.9, List.of("usw2", "use1"), statics,
                        failover, Figure.of("failover loss", 0.00009975, "", "static − with failover"), exact,
                        List.of()));
        List<ImportanceEntry> importance = List.of(
                new ImportanceEntry(1, ElementKind.REGION, "use1", "US East (N. Virginia)", 0.00005,
                        Figure.of("downtime saved", 26.298, "min/yr", "gain × 525960", "gain", 0.00005)),
                new ImportanceEntry(2, ElementKind.ROUTING, "routing", "latency-based DNS", 0.00001,
                        Figure.of("downtime saved", 5.2596, "min/yr", "gain × 525960", "gain", 0.00001)));
        return new AvailabilityReport(42, populations, figure("overall", 0.99999975),
                figure("overall with failover", 0.9999), importance, List.of());
    }

    static RecoveryReport recovery() {
        // 30 s detection + 60 s TTL + 2 s reconnect = 92 s for reads; + 30 s promotion = 122 s for writes.
        RtoBreakdown rto = new RtoBreakdown("latency-based DNS, TTL 60 s",
                Figure.of("detection", 30, "s", "interval × failures", "interval", 10, "failures", 3),
                Figure.of("routing switch", 60, "s", "DNS TTL", "ttl", 60),
                Figure.of("promotion", 30, "s", "promoteSeconds", "promoteSeconds", 30), "orders",
                Figure.of("reconnect", 2, "s", "reconnect"),
                Figure.of("read RTO", 92, "s", "detection + switch + reconnect"),
                Figure.of("RTO", 122, "s", "read RTO + promotion", "read RTO", 92, "promotion", 30), null,
                Figure.of("expected read outage", 62, "s", "area above the read curve"),
                Figure.of("expected write outage", 70, "s", "area above the write curve"));
        RecoveryCurve reads = curve("reads", 92);
        RecoveryCurve writes = curve("writes", 122);
        List<DatasetRpo> rpo = List.of(
                new DatasetRpo("orders", WriteStrategy.SINGLE_PRIMARY, Figure.of("RPO", 30.705, "s", "p99 + fencing"),
                        Figure.of("replication lag", 0.235, "s", "lag"), Figure.of("fencing", 30, "s", "default"),
                        false, "repl.db-use1.db-usw2", "asynchronous replica trails by the one-way trip"),
                new DatasetRpo("sessions", WriteStrategy.MULTI_PRIMARY, null, null, null, true, null, "no bound"));
        return new RecoveryReport(rto, reads, writes, FailoverTimings.uniform(92), rpo, List.of(), List.of(), List.of(),
                List.of());
    }

    private static RecoveryCurve curve(String name, double full) {
        List<RecoveryCurve.Point> points = List.of(new RecoveryCurve.Point(0, 0.5), new RecoveryCurve.Point(30, 0.5),
                new RecoveryCurve.Point(full, 1));
        return new RecoveryCurve(name, points, Figure.of("99%", full - 1, "s", "first second at 99%"),
                Figure.of("100%", full, "s", "first second at 100%"));
    }

    static ConsistencyReport consistency() {
        return new ConsistencyReport(List.of(
                new DatasetConsistency("orders", "Orders and accounts", WriteStrategy.SINGLE_PRIMARY, "PC/EC",
                        PartitionBehaviour.BLOCKS_WRITES, false, null, true,
                        "The primary's side keeps writing; the replica's side cannot."),
                new DatasetConsistency("sessions", "Sessions", WriteStrategy.MULTI_PRIMARY, "PA/EL",
                        PartitionBehaviour.LOSES_WRITES, false,
                        Figure.of("convergence", 12.5, "s", "queued / merge throughput + RTT"), false,
                        "Both sides write; last-writer-wins drops the losers.")));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(FindingCode.SPLIT_BRAIN_RISK, Severity.ERROR, List.of("db-use1", "db-usw2"),
                        "Automatic failover of 'orders' without a majority",
                        "Two regions cannot tell a dead primary from a cut link.",
                        "Add a witness in a third region."),
                new Finding(FindingCode.DNS_TTL_EXCEEDS_RTO, Severity.WARNING, List.of("routing"),
                        "DNS TTL of 60 s against an RTO objective of 60 s",
                        "Clients keep the dead address for the whole TTL.", "Lower the TTL to 20 s."));
    }

    static List<ObjectiveResult> objectives() {
        return List.of(
                new ObjectiveResult("availability", 0.9999, figure("availability with failover", 0.9999)
                        .availability(), "", true, "worst population 'east-coast'"),
                new ObjectiveResult("rto", 60, Figure.of("RTO", 122, "s", "read RTO + promotion", "read RTO", 92,
                        "promotion", 30), "s", false, "RTO after the worst single-region failure"));
    }
}
