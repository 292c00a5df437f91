package io.meridian.consistency;

import java.util.List;

/** Per dataset, in design order: PACELC class, partition behaviour, double-spend and split-brain risk. */
public record ConsistencyReport(List<DatasetConsistency> datasets) {
    public ConsistencyReport {
        datasets = List.copyOf(datasets);
    }
}
