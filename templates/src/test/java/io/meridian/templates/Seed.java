package io.meridian.templates;

import io.meridian.capacity.CapacityEngine;
import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.RegionLoad;
import io.meridian.cost.CostEngine;
import io.meridian.cost.CostLine;
import io.meridian.cost.CostReport;
import io.meridian.latency.LatencyEngine;
import io.meridian.latency.LatencyReport;
import io.meridian.latency.LatencyTable;
import io.meridian.latency.WeightedLatency;
import io.meridian.latency.WriteLatency;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.Topology;
import java.util.List;
import org.assertj.core.data.Offset;

/**
 * One template's variant run through the engines that the seed tests read, with lookups by id. Expected values in
 * the tests are worked out by hand: distances with an independent Vincenty computation on WGS84, the rest with the
 * arithmetic in the comment beside each assertion.
 */
final class Seed {
    /** Tolerance for latencies computed by hand from distances rounded to 0.1 km. */
    static final Offset<Double> MS = Offset.offset(0.05);
    static final Offset<Double> EXACT = Offset.offset(1e-6);

    final Topology topology;
    private LatencyReport latency;
    private CapacityReport capacity;

    private Seed(Topology topology) {
        this.topology = topology;
    }

    static Seed of(String templateId) {
        return of(templateId, Design.BASELINE_ID);
    }

    static Seed of(String templateId, String variantId) {
        Design design = Templates.load(templateId);
        Topology t = design.variants().stream().filter(v -> v.id().equals(variantId)).map(Alternative::topology)
                .findFirst().orElseThrow(() -> new AssertionError("no variant " + variantId + " in " + templateId));
        return new Seed(t);
    }

    static Seed of(Topology topology) {
        return new Seed(topology);
    }

    LatencyReport latency() {
        if (latency == null) {
            latency = LatencyEngine.evaluate(topology);
        }
        return latency;
    }

    CapacityReport capacity() {
        if (capacity == null) {
            capacity = CapacityEngine.evaluate(topology);
        }
        return capacity;
    }

    CostReport cost(double availability) {
        return CostEngine.evaluate(topology, availability);
    }

    WeightedLatency write(String datasetId, String populationId) {
        WriteLatency w = latency().writes().stream()
                .filter(x -> x.datasetId().equals(datasetId) && x.populationId().equals(populationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no write latency " + datasetId + " × " + populationId));
        if (w.latency() == null) {
            throw new AssertionError(w.unavailable());
        }
        return w.latency();
    }

    /** Typical write latency (ms) of a population's writes to a dataset, share-weighted over its serving regions. */
    double writeMs(String datasetId, String populationId) {
        return write(datasetId, populationId).meanMs().value();
    }

    double writeFloorMs(String datasetId, String populationId) {
        return write(datasetId, populationId).floorMeanMs().value();
    }

    /** Longest 2PC lock hold (ms) over a population's serving regions for its writes to a dataset. */
    double lockHoldMs(String datasetId, String populationId) {
        return write(datasetId, populationId).byRegion().stream().mapToDouble(r -> r.lockHoldMs().value()).max()
                .orElseThrow();
    }

    /** Typical read latency (ms) of a population's reads of a dataset under its read consistency, share-weighted. */
    double readMs(String datasetId, String populationId) {
        return latency().datasetReads().stream()
                .filter(r -> r.datasetId().equals(datasetId) && r.populationId().equals(populationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no read " + datasetId + " × " + populationId))
                .latency().meanMs().value();
    }

    double readMs(String populationId) {
        return latency().reads().stream().filter(r -> r.populationId().equals(populationId)).findFirst()
                .orElseThrow().latency().meanMs().value();
    }

    double distanceKm(String fromRegion, String toRegion) {
        return cell(latency().regions(), fromRegion, toRegion, latency().regions().distanceKm());
    }

    double floorRttMs(String fromRegion, String toRegion) {
        return cell(latency().regions(), fromRegion, toRegion, latency().regions().floorRttMs());
    }

    double typicalRttMs(String fromRegion, String toRegion) {
        return cell(latency().regions(), fromRegion, toRegion, latency().regions().typicalRttMs());
    }

    /** The region's state right after the scenario's failure (before any cascade). */
    RegionLoad load(String scenarioId, String regionId) {
        return capacity().scenario(scenarioId).orElseThrow(() -> new AssertionError("no scenario " + scenarioId))
                .initial().region(regionId).orElseThrow();
    }

    /** Utilisation in percent of the region's busiest tier right after the scenario's failure. */
    double utilisation(String scenarioId, String regionId) {
        return load(scenarioId, regionId).utilisation().value();
    }

    static String region(String regionId) {
        return CapacityEngine.regionScenarioId(regionId);
    }

    static double monthly(CostReport cost, List<String> elementIds) {
        return cost.lines().stream().filter(l -> elementIds.contains(l.elementId()))
                .mapToDouble(l -> l.monthly().value()).sum();
    }

    static List<CostLine> lines(CostReport cost, String elementId) {
        return cost.lines().stream().filter(l -> l.elementId().equals(elementId)).toList();
    }

    private static double cell(LatencyTable table, String row, String column, List<List<Double>> grid) {
        int i = table.rowIds().indexOf(row);
        int j = table.columnIds().indexOf(column);
        if (i < 0 || j < 0) {
            throw new AssertionError("no latency cell " + row + " → " + column);
        }
        return grid.get(i).get(j);
    }
}
