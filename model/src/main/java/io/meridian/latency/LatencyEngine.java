package io.meridian.latency;

import io.meridian.model.Dataset;
import io.meridian.model.Population;
import io.meridian.model.Problem;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
import io.meridian.model.WriteStrategy;
import io.meridian.placement.DataAccess;
import io.meridian.routing.PopulationRouter;
import io.meridian.routing.RegionAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The latency computation for a whole design: one entry point, one plain-data report. */
public final class LatencyEngine {
    private LatencyEngine() {
    }

    public static LatencyReport evaluate(Topology topology) {
        return evaluate(topology, RegionLatencies.of(topology));
    }

    /** With the region latencies the evaluation worked out once for every engine that needs them. */
    public static LatencyReport evaluate(Topology topology, RegionLatencies regions) {
        LatencyModel model = regions.model();
        List<String> populationIds = topology.populations().stream().map(Population::id).toList();
        PopulationRouter router = new PopulationRouter(topology);
        Map<String, RegionAssignment> routing = router.assignAll();
        // The router has solved (or now solves) each population's geodesics; the client paths reuse them.
        List<Population> populations = topology.populations();
        int regionCount = topology.regions().size();
        double[] distanceKm = new double[populations.size() * regionCount];
        for (int i = 0; i < populations.size(); i++) {
            for (int j = 0; j < regionCount; j++) {
                distanceKm[i * regionCount + j] = router.distanceKm(populations.get(i), j);
            }
        }
        Zone[] populationZones = populations.stream().map(p -> Zone.of(p.location())).toArray(Zone[]::new);
        Zone[] regionZones = topology.regions().stream().map(r -> Zone.of(r.location())).toArray(Zone[]::new);
        LatencyMatrix toRegions = LatencyMatrix.ofDistances(model, populationZones, regionZones, distanceKm);
        ClientPaths clients = new ClientPaths(model, toRegions, populationIds, regions.regionIds());

        List<ReadLatency> reads = new ArrayList<>();
        for (Population p : topology.populations()) {
            RegionAssignment a = routing.get(p.id());
            if (a.shares().isEmpty()) {
                reads.add(new ReadLatency(p.id(), null, unserved(p)));
                continue;
            }
            List<ServedLatency> byRegion = a.shares().stream().map(w -> {
                PathLatency path = clients.path(p.id(), w.regionId());
                return new ServedLatency(w.regionId(), w.share(), "served by " + w.regionId(), path.typicalRttMs(),
                        path.floorRttMs());
            }).toList();
            reads.add(new ReadLatency(p.id(), WeightedLatency.of("read latency", byRegion), null));
        }

        WritePaths writePaths = new WritePaths(regions);
        DataAccess access = DataAccess.of(topology);
        List<WriteLatency> writes = new ArrayList<>();
        for (Dataset d : topology.datasets()) {
            DatasetCopies copies = new DatasetCopies(topology, d);
            WritePaths.DatasetCommits commits = writePaths.commits(d, copies);
            String datasetUnavailable = WritePaths.unavailable(d, copies);
            boolean leaderBased = d.strategy() == WriteStrategy.SINGLE_PRIMARY
                    || d.strategy() == WriteStrategy.HOME_REGION;
            for (Population p : topology.populations()) {
                if (!access.writes(p, d)) {
                    continue;
                }
                List<RouteWeight> shares = routing.get(p.id()).shares();
                String unavailable = datasetUnavailable != null ? datasetUnavailable
                        : shares.isEmpty() ? unserved(p) : access.cannotWrite(p, d);
                if (unavailable != null) {
                    writes.add(new WriteLatency(d.id(), p.id(), d.strategy(), null, unavailable));
                    continue;
                }
                // The same leader the availability engine judges this population's writes at.
                DatasetCopies.Copy leader = leaderBased ? copies.placement().leaderFor(p.homeRegionId(), shares)
                        .map(DatasetCopies::copy).orElseThrow() : null;
                List<ServedLatency> byRegion = new ArrayList<>(shares.size());
                for (RouteWeight w : shares) {
                    byRegion.add(commits.served(leader, w.regionId(), w.share(), clients.path(p.id(), w.regionId())));
                }
                writes.add(new WriteLatency(d.id(), p.id(), d.strategy(),
                        WeightedLatency.of("write latency", byRegion), null));
            }
        }
        List<Problem> problems = regions.problems();
        return new LatencyReport(regions.table(), regions.measuredPaths(),
                toRegions.toTable(populationIds, regions.regionIds()), routing, reads, writes, problems);
    }

    private static String unserved(Population p) {
        return "population '" + p.id() + "' has no region it may use";
    }

    /** Population → region paths, explained, looked up by id. */
    private static final class ClientPaths {
        private final LatencyModel model;
        private final LatencyMatrix matrix;
        private final Map<String, Integer> rowById = new HashMap<>();
        private final Map<String, Integer> columnById = new HashMap<>();
        private final PathLatency[] paths;

        ClientPaths(LatencyModel model, LatencyMatrix matrix, List<String> populationIds, List<String> regionIds) {
            this.model = model;
            this.matrix = matrix;
            this.paths = new PathLatency[matrix.rows() * matrix.columns()];
            for (int i = 0; i < populationIds.size(); i++) {
                rowById.put(populationIds.get(i), i);
            }
            for (int j = 0; j < regionIds.size(); j++) {
                columnById.put(regionIds.get(j), j);
            }
        }

        PathLatency path(String populationId, String regionId) {
            int row = rowById.get(populationId);
            int column = columnById.get(regionId);
            int cell = row * matrix.columns() + column;
            // Reads and every dataset's writes ask for the same paths; each is explained once.
            if (paths[cell] == null) {
                paths[cell] = matrix.estimate(model, row, column);
            }
            return paths[cell];
        }
    }
}
