package io.meridian.consistency;

import io.meridian.model.Checks;
import io.meridian.model.Figure;
import io.meridian.model.WriteStrategy;

/**
 * How one dataset behaves under partitions and concurrent writes.
 *
 * @param pacelc              e.g. "PC/EC" or "PA/EL"
 * @param partition           what a partition does to writes
 * @param doubleSpendRisk     true when two regions can both accept conflicting updates of a non-commutative value
 * @param convergenceSeconds  CRDT/merge convergence after a partition heals: queued operations / merge throughput
 *                            + RTT; null unless the dataset diverges and merges
 * @param splitBrainRisk      true when automatic failover can promote a second primary without a majority
 * @param explanation         one or two sentences a person can read
 */
public record DatasetConsistency(String datasetId, String name, WriteStrategy strategy, String pacelc,
                                 PartitionBehaviour partition, boolean doubleSpendRisk, Figure convergenceSeconds,
                                 boolean splitBrainRisk, String explanation) {
    public DatasetConsistency {
        Checks.id(datasetId, "datasetId");
        name = Checks.text(name);
        Checks.present(strategy, "strategy");
        pacelc = Checks.text(pacelc);
        Checks.present(partition, "partition");
        explanation = Checks.text(explanation);
    }
}
