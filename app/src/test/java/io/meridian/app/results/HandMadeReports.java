package io.meridian.app.results;

import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.CascadeStep;
import io.meridian.capacity.FallenRegion;
import io.meridian.capacity.InstanceRequirements;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.ScenarioKind;
import io.meridian.capacity.TierRequirement;
import io.meridian.capacity.UnservedLoad;
import io.meridian.evaluation.Evaluation;
import io.meridian.latency.LatencyModel;
import io.meridian.latency.LatencyReport;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.ReadLatency;
import io.meridian.latency.RegionPath;
import io.meridian.latency.ServedLatency;
import io.meridian.latency.WeightedLatency;
import io.meridian.model.Assumptions;
import io.meridian.model.Figure;
import io.meridian.model.SurviveLoss;
import java.util.List;
import java.util.Map;

/**
 * Latency and capacity reports written by hand, so the view tests know every number: the seeds' Virginia–Dublin
 * pair and the seeds' 60/40 split that cascades when either region is lost.
 */
final class HandMadeReports {
    private HandMadeReports() {
    }

    /** The sample evaluation with these two reports in place of the engine's. */
    static Evaluation evaluation() {
        Evaluation e = SampleEvaluations.of(SampleEvaluations.template());
        return new Evaluation(e.variantId(), e.variantName(), latency(), e.availability(), e.recovery(), capacity(),
                e.cost(), e.consistency(), e.findings(), e.objectives(), e.verdict());
    }

    static LatencyReport latency() {
        // Virginia–Dublin 5,700 km: floor RTT 2 × 5700 / 200 = 57 ms, typical 57 × 1.5 + 2 = 87.5 ms.
        // East-coast users 300 km from use1: floor 3 ms, typical 3 × 1.5 + 2 = 6.5 ms; 5,900 km from euw1:
        // floor 59 ms, typical 90.5 ms.
        LatencyTable regions = new LatencyTable(List.of("use1", "euw1"), List.of("use1", "euw1"),
                List.of(List.of(0.0, 5700.0), List.of(5700.0, 0.0)), List.of(List.of(0.0, 57.0), List.of(57.0, 0.0)),
                List.of(List.of(0.0, 87.5), List.of(87.5, 0.0)));
        LatencyTable populations = new LatencyTable(List.of("east-coast"), List.of("use1", "euw1"),
                List.of(List.of(300.0, 5900.0)), List.of(List.of(3.0, 59.0)), List.of(List.of(6.5, 90.5)));
        ReadLatency read = new ReadLatency("east-coast", WeightedLatency.of("read latency", List.of(
                new ServedLatency("use1", 1.0, "served by use1", Figure.of("read", 6.5, "ms", "typicalRtt"),
                        Figure.of("read floor", 3, "ms", "floorRtt"),
                        Figure.of("p99 read", 7.8, "ms", "1.2 × typicalRtt")))), null);
        return new LatencyReport(regions, List.of(), populations, Map.of(), List.of(read), List.of(), List.of(), List.of());
    }

    /**
     * The same with use1 ↔ euw1 measured: a measured-RTT file's median of 87.5 ms (line 2 of rtts.csv), above the
     * 57 ms floor, so it is used as it is.
     */
    static Evaluation measuredEvaluation() {
        Evaluation e = evaluation();
        LatencyReport l = e.latency();
        LatencyTable t = l.regions();
        LatencyTable regions = new LatencyTable(t.rowIds(), t.columnIds(), t.distanceKm(), t.floorRttMs(),
                t.typicalRttMs(), List.of(List.of("estimated", "measured"), List.of("measured", "estimated")));
        RegionPath path = new RegionPath("use1", "euw1",
                new LatencyModel(Assumptions.DEFAULTS).forMeasuredIn(5700, "rtts.csv:2", 87.5));
        LatencyReport measured = new LatencyReport(regions, List.of(path), l.populations(), l.routing(), l.reads(),
                l.writes(), l.datasetReads(), l.problems());
        return new Evaluation(e.variantId(), e.variantName(), measured, e.availability(), e.recovery(), e.capacity(),
                e.cost(), e.consistency(), e.findings(), e.objectives(), e.verdict());
    }

    static CapacityReport capacity() {
        // 7,500 rps split 60/40; each region runs one API tier of 50 instances × 100 rps = 5,000 rps, target 70%.
        // Baseline: use1 4,500 / 5,000 = 90% (above target), euw1 3,000 / 5,000 = 60%.
        // Either region down: the survivor takes 7,500 / 5,000 = 150%, overloads and fails: 7,500 rps unserved.
        LoadState baseline = new LoadState(List.of(), List.of(up("use1", 4500, 90, true, false),
                up("euw1", 3000, 60, false, false)), List.of(), Figure.of("unserved", 0, "rps", "none"));
        LoadState allDown = new LoadState(List.of("use1", "euw1"), List.of(down("use1"), down("euw1")),
                List.of(new UnservedLoad("east-coast", 7500, "no permitted region is up")),
                Figure.of("unserved", 7500, "rps", "Σ unserved populations"));
        return new CapacityReport(List.of(
                new CapacityScenario("baseline", "Baseline", ScenarioKind.BASELINE, List.of(), List.of(), baseline,
                        List.of(), baseline),
                lose("use1", "euw1", allDown), lose("euw1", "use1", allDown)),
                new InstanceRequirements(SurviveLoss.ANY_REGION, List.of("baseline", "region:use1", "region:euw1"),
                        // ceil(7,500 / (100 × 0.7)) = ceil(107.1) = 108 instances: 58 more than the 50 there.
                        List.of(new TierRequirement("api-use1", "use1", 50, Figure.of("needed", 108, "instances",
                                "ceil(peak / (capacity × target))", "peak", 7500, "capacity", 100, "target", 0.7),
                                58, 7500, "region:euw1"))),
                null);
    }

    private static CapacityScenario lose(String lost, String survivor, LoadState allDown) {
        LoadState initial = new LoadState(List.of(lost), List.of(
                lost.equals("use1") ? down("use1") : up("use1", 7500, 150, true, true),
                lost.equals("euw1") ? down("euw1") : up("euw1", 7500, 150, true, true)), List.of(),
                Figure.of("unserved", 0, "rps", "none"));
        FallenRegion fallen = new FallenRegion(survivor, "api-" + survivor, Figure.of("utilisation", 150, "%",
                "load / capacity"), "api-" + survivor + " at 150% (7500 rps on 5000 rps of capacity)");
        return new CapacityScenario("region:" + lost, lost + " down", ScenarioKind.REGION, List.of(lost), List.of(),
                initial, List.of(new CascadeStep(1, List.of(fallen), allDown)), allDown);
    }

    private static RegionLoad up(String region, double rps, double percent, boolean aboveTarget, boolean overloaded) {
        return new RegionLoad(region, false, Figure.of("load", rps, "rps", "Σ routed populations"),
                Figure.of("utilisation", percent, "%", "100 × load / capacity", "load", rps, "capacity", 5000),
                "api-" + region, aboveTarget, overloaded, List.of(), null);
    }

    private static RegionLoad down(String region) {
        return new RegionLoad(region, true, Figure.of("load", 0, "rps", "down"), null, null, false, false, List.of(),
                "down");
    }
}
