package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Link;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Region ↔ region latencies of a design: floor and typical RTT for every pair, with measured network paths
 * replacing the estimate (never below the floor). Within one region the RTT is 0.
 */
public final class RegionLatencies {
    private final LatencyModel model;
    private final NetworkOverrides overrides;
    private final List<String> regionIds;
    private final Map<String, Integer> indexById;
    private final LatencyMatrix matrix;

    private RegionLatencies(LatencyModel model, NetworkOverrides overrides, List<String> regionIds,
                            Map<String, Integer> indexById, LatencyMatrix matrix) {
        this.model = model;
        this.overrides = overrides;
        this.regionIds = regionIds;
        this.indexById = indexById;
        this.matrix = matrix;
    }

    public static RegionLatencies of(Topology topology) {
        LatencyModel model = new LatencyModel(topology.assumptions());
        NetworkOverrides overrides = NetworkOverrides.of(topology);
        List<String> ids = topology.regions().stream().map(Region::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        LatencyMatrix matrix = LatencyMatrix.square(model, topology.regions().stream().map(Region::location).toList());
        // The measured pairs, applied in one copy (not a scan of every pair, nor a copy per measurement).
        List<Link> measured = overrides.links().stream()
                .filter(l -> index.containsKey(l.from()) && index.containsKey(l.to()) && !l.from().equals(l.to()))
                .toList();
        int[] rows = new int[measured.size()];
        int[] columns = new int[measured.size()];
        double[] rtts = new double[measured.size()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = index.get(measured.get(k).from());
            columns[k] = index.get(measured.get(k).to());
            rtts[k] = model.measuredRttMs(matrix.distanceKm(rows[k], columns[k]), measured.get(k).rttMs());
        }
        if (rows.length > 0) {
            matrix = matrix.withTypicals(rows, columns, rtts);
        }
        return new RegionLatencies(model, overrides, ids, Map.copyOf(index), matrix);
    }

    public LatencyModel model() {
        return model;
    }

    public List<String> regionIds() {
        return regionIds;
    }

    public double floorRttMs(String fromRegionId, String toRegionId) {
        return matrix.floorRttMs(index(fromRegionId), index(toRegionId));
    }

    /** The RTT to plan with: the estimate, or the measured RTT of a network link (at least the floor). */
    public double typicalRttMs(String fromRegionId, String toRegionId) {
        return matrix.typicalRttMs(index(fromRegionId), index(toRegionId));
    }

    /** One pair, explained. */
    public RegionPath path(String fromRegionId, String toRegionId) {
        int i = index(fromRegionId);
        int j = index(toRegionId);
        if (i == j) {
            return new RegionPath(fromRegionId, toRegionId, model.sameRegion());
        }
        double distance = matrix.distanceKm(i, j);
        PathLatency latency = overrides.between(fromRegionId, toRegionId)
                .map(l -> model.forMeasured(distance, l.id(), l.rttMs()))
                .orElseGet(() -> matrix.estimate(model, i, j));
        return new RegionPath(fromRegionId, toRegionId, latency);
    }

    /** The pairs whose typical RTT comes from a network link, each once (in region order). */
    public List<RegionPath> measuredPaths() {
        List<int[]> pairs = new ArrayList<>();
        for (Link l : overrides.links()) {
            Integer a = indexById.get(l.from());
            Integer b = indexById.get(l.to());
            if (a != null && b != null && !a.equals(b)) {
                pairs.add(new int[] {Math.min(a, b), Math.max(a, b)});
            }
        }
        pairs.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        return pairs.stream().map(p -> path(regionIds.get(p[0]), regionIds.get(p[1]))).toList();
    }

    public LatencyTable table() {
        return matrix.toTable(regionIds, regionIds);
    }

    private int index(String regionId) {
        Integer i = indexById.get(Checks.present(regionId, "regionId"));
        if (i == null) {
            throw new IllegalArgumentException("no region with id '" + regionId + "'");
        }
        return i;
    }
}
