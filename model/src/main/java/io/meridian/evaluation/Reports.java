package io.meridian.evaluation;

import io.meridian.availability.AvailabilityReport;
import io.meridian.capacity.CapacityReport;
import io.meridian.consistency.ConsistencyReport;
import io.meridian.cost.CostReport;
import io.meridian.latency.LatencyReport;
import io.meridian.model.Topology;
import io.meridian.recovery.RecoveryReport;
import io.meridian.routing.PopulationRouter;

/** The computations' reports over one topology (and the evaluation's router), handed to the objective checks together. */
record Reports(Topology topology, PopulationRouter router, LatencyReport latency, AvailabilityReport availability, RecoveryReport recovery,
               CapacityReport capacity, CostReport cost, ConsistencyReport consistency) {
}
