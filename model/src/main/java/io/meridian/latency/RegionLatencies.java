package io.meridian.latency;

import io.meridian.model.Checks;
import io.meridian.model.Link;
import io.meridian.model.Problem;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Region ↔ region latencies of a design: floor and typical RTT for every pair, with measured RTTs replacing the
 * estimate (never below the floor). Precedence per pair: the design's own {@code network} link, else a measured-RTT
 * file's median for the two regions' catalogue places ({@link MeasuredRtts}: the run's file over the user's global
 * one), else the estimate. Within one region the RTT is 0.
 */
public final class RegionLatencies {
    private final LatencyModel model;
    private final NetworkOverrides overrides;
    private final List<String> regionIds;
    private final Map<String, Integer> indexById;
    private final LatencyMatrix matrix;
    /** Pairs measured by a file, keyed {@code lower index × n + higher index}, in that order. */
    private final SortedMap<Long, MeasuredRtt> fromFiles;
    private final List<Problem> problems;

    private RegionLatencies(LatencyModel model, NetworkOverrides overrides, List<String> regionIds,
                            Map<String, Integer> indexById, LatencyMatrix matrix, SortedMap<Long, MeasuredRtt> fromFiles,
                            List<Problem> problems) {
        this.model = model;
        this.overrides = overrides;
        this.regionIds = regionIds;
        this.indexById = indexById;
        this.matrix = matrix;
        this.fromFiles = fromFiles;
        this.problems = List.copyOf(problems);
    }

    public static RegionLatencies of(Topology topology) {
        return of(topology, MeasuredRtts.none());
    }

    /** With the user's measured RTTs ({@link MeasuredRtts#none()} for none). */
    public static RegionLatencies of(Topology topology, MeasuredRtts files) {
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
        SortedMap<Long, MeasuredRtt> fromFiles = matchFiles(topology, files, overrides);
        int count = measured.size() + fromFiles.size();
        int[] rows = new int[count];
        int[] columns = new int[count];
        double[] rtts = new double[count];
        for (int k = 0; k < measured.size(); k++) {
            rows[k] = index.get(measured.get(k).from());
            columns[k] = index.get(measured.get(k).to());
            rtts[k] = model.measuredRttMs(matrix.distanceKm(rows[k], columns[k]), measured.get(k).rttMs());
        }
        int n = ids.size();
        List<Problem> problems = new ArrayList<>(NetworkOverrides.problems(topology));
        int k = measured.size();
        for (Map.Entry<Long, MeasuredRtt> e : fromFiles.entrySet()) {
            rows[k] = (int) (e.getKey() / n);
            columns[k] = (int) (e.getKey() % n);
            double distance = matrix.distanceKm(rows[k], columns[k]);
            double floor = model.floorRttMs(distance);
            MeasuredRtt m = e.getValue();
            rtts[k] = model.measuredRttMs(distance, m.rttMs());
            if (m.rttMs() < floor) {
                // The file's row passed the floor at the catalogue's coordinates and the default fiber speed; this
                // design moves a region or assumes slower fiber.
                problems.add(new Problem("regions[" + rows[k] + "]", "measured RTT " + NetworkOverrides.ms(m.rttMs())
                        + " ms to '" + ids.get(columns[k]) + "' (" + m.measuredIn() + ") is below the physical floor of "
                        + NetworkOverrides.ms(floor) + " ms for " + NetworkOverrides.km(distance) + " km at this "
                        + "design's coordinates and fiber speed; the floor is used"));
            }
            k++;
        }
        if (count > 0) {
            matrix = matrix.withTypicals(rows, columns, rtts);
        }
        // A HashMap, not Map.copyOf: the immutable map probes linearly, and ids that differ in a counter ("r1" … "r999")
        // hash into runs that made each lookup compare dozens of strings (a third of a 1,000-region latency report).
        return new RegionLatencies(model, overrides, ids, java.util.Collections.unmodifiableMap(index), matrix,
                fromFiles, problems);
    }

    /**
     * The design region pairs a file measures: every pair of regions built from the row's two catalogue places
     * (two regions of the design on aws:us-east-1 both take its measurements), except pairs a network link measures.
     */
    private static SortedMap<Long, MeasuredRtt> matchFiles(Topology topology, MeasuredRtts files,
                                                           NetworkOverrides overrides) {
        SortedMap<Long, MeasuredRtt> out = new TreeMap<>();
        if (files.isEmpty()) {
            return out;
        }
        List<Region> regions = topology.regions();
        long n = regions.size();
        Map<String, List<Integer>> byCatalog = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            String c = regions.get(i).catalogId();
            if (c != null) {
                byCatalog.computeIfAbsent(c.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(i);
            }
        }
        if (byCatalog.size() < 2) {
            return out;
        }
        for (MeasuredRtt m : files.all()) {
            List<Integer> as = byCatalog.get(m.placeA());
            List<Integer> bs = as == null ? null : byCatalog.get(m.placeB());
            if (bs == null) {
                continue;
            }
            for (int a : as) {
                for (int b : bs) {
                    if (overrides.between(regions.get(a).id(), regions.get(b).id()).isEmpty()) {
                        out.put(Math.min(a, b) * n + Math.max(a, b), m);
                    }
                }
            }
        }
        return out;
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

    /** The RTT to plan with: the estimate, or the measured RTT (at least the floor). */
    public double typicalRttMs(String fromRegionId, String toRegionId) {
        return matrix.typicalRttMs(index(fromRegionId), index(toRegionId));
    }

    /** Whether the pair's typical RTT is measured (a network link or a measured-RTT file), not estimated. */
    public boolean measured(String fromRegionId, String toRegionId) {
        int i = index(fromRegionId);
        int j = index(toRegionId);
        return i != j && matrix.measured(i, j);
    }

    /** One pair, explained. */
    public RegionPath path(String fromRegionId, String toRegionId) {
        int i = index(fromRegionId);
        int j = index(toRegionId);
        if (i == j) {
            return new RegionPath(fromRegionId, toRegionId, model.sameRegion());
        }
        double distance = matrix.distanceKm(i, j);
        MeasuredRtt file = fromFiles.get((long) Math.min(i, j) * regionIds.size() + Math.max(i, j));
        PathLatency latency = overrides.between(fromRegionId, toRegionId)
                .map(l -> model.forMeasured(distance, l.id(), l.rttMs()))
                .orElseGet(() -> file != null ? model.forMeasuredIn(distance, file.measuredIn(), file.rttMs())
                        : matrix.estimate(model, i, j));
        return new RegionPath(fromRegionId, toRegionId, latency);
    }

    /** The pairs whose typical RTT is measured (a network link or a file), each once, in region order. */
    public List<RegionPath> measuredPaths() {
        SortedSet<Long> pairs = new TreeSet<>(fromFiles.keySet());
        long n = regionIds.size();
        for (Link l : overrides.links()) {
            Integer a = indexById.get(l.from());
            Integer b = indexById.get(l.to());
            if (a != null && b != null && !a.equals(b)) {
                pairs.add(Math.min(a, b) * n + Math.max(a, b));
            }
        }
        return pairs.stream().map(p -> path(regionIds.get((int) (p / n)), regionIds.get((int) (p % n)))).toList();
    }

    /**
     * Measurements that cannot be right: a network link below the floor or repeating a pair
     * ({@link NetworkOverrides#problems}), and a file's measurement below the floor at this design's coordinates and
     * fiber speed (raised to the floor).
     */
    public List<Problem> problems() {
        return problems;
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
