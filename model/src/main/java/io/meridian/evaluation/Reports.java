package io.meridian.evaluation;

import io.meridian.availability.AvailabilityReport;
import io.meridian.capacity.CapacityReport;
import io.meridian.consistency.ConsistencyReport;
import io.meridian.cost.CostReport;
import io.meridian.latency.LatencyReport;
import io.meridian.model.Topology;
import io.meridian.recovery.RecoveryReport;

/** The computations' reports over one topology, handed to the rules and the objective checks together. */
record Reports(Topology topology, LatencyReport latency, AvailabilityReport availability, RecoveryReport recovery,
               CapacityReport capacity, CostReport cost, ConsistencyReport consistency) {
}
