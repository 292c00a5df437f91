package io.meridian.latency;

import io.meridian.model.DatabaseRole;
import io.meridian.model.Dataset;
import io.meridian.model.Figure;
import io.meridian.model.Population;
import io.meridian.model.Problem;
import io.meridian.model.ReadConsistency;
import io.meridian.model.RouteWeight;
import io.meridian.model.Topology;
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

    /** With the region latencies the evaluation worked out once; replica reads are flagged without a bound. */
    public static LatencyReport evaluate(Topology topology, RegionLatencies regions) {
        return evaluate(topology, regions, ReplicationTails.NOT_EVALUATED);
    }

    /**
     * With the region latencies the evaluation worked out once for every engine that needs them, and the recovery
     * engine's replication lags, which bound the staleness of replica reads.
     */
    public static LatencyReport evaluate(Topology topology, RegionLatencies regions, ReplicationTails tails) {
        return evaluate(EvaluationContext.of(topology, regions), tails);
    }

    /** With the evaluation's shared region latencies and router, and the recovery engine's replication lags. */
    public static LatencyReport evaluate(EvaluationContext context, ReplicationTails tails) {
        Topology topology = context.topology();
        RegionLatencies regions = context.regions();
        LatencyModel model = regions.model();
        List<String> populationIds = topology.populations().stream().map(Population::id).toList();
        PopulationRouter router = context.router();
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
        PathMeasures measures = new PathMeasures(regions, topology);

        List<ReadLatency> reads = new ArrayList<>();
        for (Population p : topology.populations()) {
            RegionAssignment a = routing.get(p.id());
            if (a.shares().isEmpty()) {
                reads.add(new ReadLatency(p.id(), null, unserved(p)));
                continue;
            }
            List<ServedLatency> byRegion = a.shares().stream()
                    .map(w -> request(measures, w, clients.path(p.id(), w.regionId()))).toList();
            reads.add(new ReadLatency(p.id(), WeightedLatency.of("read latency", byRegion), null));
        }

        WritePaths writePaths = new WritePaths(measures);
        ReadPaths readPaths = new ReadPaths(measures, topology, tails);
        DataAccess access = DataAccess.of(topology);
        List<WriteLatency> writes = new ArrayList<>();
        List<DatasetRead> datasetReads = new ArrayList<>();
        Map<String, java.util.Set<String>> readIds = new HashMap<>();
        for (Population p : topology.populations()) {
            readIds.put(p.id(), access.reads(p).stream().map(Dataset::id).collect(java.util.stream.Collectors.toSet()));
        }
        for (Dataset d : topology.datasets()) {
            DatasetCopies copies = new DatasetCopies(topology, d);
            WritePaths.DatasetCommits commits = writePaths.commits(d, copies);
            String datasetUnavailable = WritePaths.unavailable(d, copies);
            String unreadable = copies.all().stream().allMatch(c -> c.role() == DatabaseRole.WITNESS)
                    ? "no copy of '" + d.id() + "' holds data" : datasetUnavailable;
            for (Population p : topology.populations()) {
                List<RouteWeight> shares = routing.get(p.id()).shares();
                if (readIds.get(p.id()).contains(d.id())) {
                    datasetReads.add(read(readPaths, d, copies, p, shares, clients,
                            unreadable != null ? unreadable : shares.isEmpty() ? unserved(p) : null));
                }
                if (!access.writes(p, d)) {
                    continue;
                }
                String unavailable = datasetUnavailable != null ? datasetUnavailable
                        : shares.isEmpty() ? unserved(p) : access.cannotWrite(p, d);
                if (unavailable != null) {
                    writes.add(new WriteLatency(d.id(), p.id(), d.strategy(), null, unavailable));
                    continue;
                }
                // The same leader the availability engine judges this population's writes at.
                DatasetCopies.Copy leader = leader(d, copies, p, shares);
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
                toRegions.toTable(populationIds, regions.regionIds()), routing, reads, writes, datasetReads, problems);
    }

    /** A request that reads no dataset: the user's RTT to the serving region + its service tiers, at p50 and p99. */
    private static ServedLatency request(PathMeasures measures, RouteWeight w, PathLatency path) {
        String s = w.regionId();
        double p50Service = measures.entryServiceMs(s, PathMeasures.Percentile.P50);
        double p99Service = measures.entryServiceMs(s, PathMeasures.Percentile.P99);
        double p99Rtt = PathMeasures.clientP99(path);
        return new ServedLatency(s, w.share(), "served by " + s,
                Figure.of("request latency", path.typicalRttMs().value() + p50Service, "ms",
                        "clientRtt + entryService", "clientRtt", path.typicalRttMs().value(), "entryService",
                        p50Service),
                Figure.of("request latency floor", path.floorRttMs().value(), "ms", "clientRtt (floor)",
                        "clientRtt", path.floorRttMs().value()),
                Figure.of("p99 request latency", p99Rtt + p99Service, "ms",
                        "clientRtt × networkP99Factor + entryService (p99)", "clientRtt", path.typicalRttMs().value(),
                        "networkP99Factor", io.meridian.model.Defaults.NETWORK_P99_FACTOR, "entryService",
                        p99Service));
    }

    /** The copy that leads the population's writes: null for strategies without one (multi-primary, 2PC). */
    private static DatasetCopies.Copy leader(Dataset d, DatasetCopies copies, Population p, List<RouteWeight> shares) {
        return switch (d.strategy()) {
            case SINGLE_PRIMARY, HOME_REGION -> copies.placement().leaderFor(p.homeRegionId(), shares)
                    .map(DatasetCopies::copy).orElseThrow();
            case MAJORITY_QUORUM, COMMIT_WAIT -> copies.placement().quorumLeaderFor(p.homeRegionId(), shares)
                    .map(DatasetCopies::copy).orElseThrow();
            case MULTI_PRIMARY, TWO_PHASE_COMMIT -> null;
        };
    }

    private static DatasetRead read(ReadPaths paths, Dataset d, DatasetCopies copies, Population p,
                                    List<RouteWeight> shares, ClientPaths clients, String unavailable) {
        ReadConsistency consistency = d.readConsistencyOrDefault();
        if (unavailable != null) {
            return new DatasetRead(d.id(), p.id(), d.strategy(), consistency, null, false, null, null, unavailable);
        }
        DatasetCopies.Copy leader = leader(d, copies, p, shares);
        List<ServedLatency> byRegion = new ArrayList<>(shares.size());
        boolean stale = false;
        Figure worst = null;
        String note = null;
        boolean unbounded = false;
        for (RouteWeight w : shares) {
            ReadPaths.Served served = paths.served(d, copies, leader, w.regionId(), w.share(),
                    clients.path(p.id(), w.regionId()));
            byRegion.add(served.latency());
            if (!served.stale() || unbounded) {
                continue;
            }
            stale = true;
            if (served.stalenessSeconds() == null) {
                unbounded = true;
                worst = null;
                note = served.stalenessNote();
            } else if (worst == null || served.stalenessSeconds().value() > worst.value()) {
                worst = served.stalenessSeconds();
                note = served.stalenessNote();
            }
        }
        return new DatasetRead(d.id(), p.id(), d.strategy(), consistency, WeightedLatency.of("read latency", byRegion),
                stale, worst, note, null);
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
