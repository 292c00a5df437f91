package io.meridian.latency;

import io.meridian.model.Problem;
import io.meridian.routing.RegionAssignment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the latency engine says about a design, as plain data (serializes with Jackson as is).
 *
 * @param regions       region ↔ region distance, floor RTT and typical RTT (measured paths applied)
 * @param measuredPaths the region pairs whose typical RTT comes from a network link, explained
 * @param populations   population → region distance, floor RTT and typical RTT
 * @param routing       the serving regions of each population, keyed by population id
 * @param reads         read latency per population
 * @param writes        write latency per dataset × population
 * @param datasetReads  read latency per dataset × population that reads it, under the dataset's read consistency
 * @param problems      measurements that contradict physics or each other
 */
public record LatencyReport(LatencyTable regions, List<RegionPath> measuredPaths, LatencyTable populations,
                            Map<String, RegionAssignment> routing, List<ReadLatency> reads,
                            List<WriteLatency> writes, List<DatasetRead> datasetReads, List<Problem> problems) {
    public LatencyReport {
        measuredPaths = List.copyOf(measuredPaths);
        routing = Collections.unmodifiableMap(new LinkedHashMap<>(routing));
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        datasetReads = List.copyOf(datasetReads);
        problems = List.copyOf(problems);
    }
}
